import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from stories.relations import stories_mentioning
from tests.factories import card_titles
from tests.storefront.factories import make_catalogue, make_producer, make_product, url_in
from tests.stories.factories import make_story, make_story_index, paragraph, producer_card, product_card

pytestmark = pytest.mark.django_db


@pytest.fixture
def shop(home_page):
    catalogue, producers = make_catalogue(home_page)
    producer = make_producer(producers)
    return catalogue, producer


def test_product_page_lists_the_stories_that_embed_it(client, home_page, shop):
    catalogue, producer = shop
    knife, noodles = make_product(catalogue, producer, title="Dao"), make_product(catalogue, producer, title="Miến")
    index = make_story_index(home_page)
    forge = make_story(index, title="Lò rèn", bodies={"vi": [paragraph("<p>x</p>")], "en": [product_card(knife)]})
    make_story(index, title="Miến dong", bodies={"vi": [product_card(noodles)]})
    make_story(index, title="Bản nháp", bodies={"vi": [product_card(knife)]}, publish=False)

    html = client.get(url_in(knife, "en")).content.decode()

    assert list(stories_mentioning(knife)) == [forge]  # found through the English body; the draft is not live
    assert "Lò rèn EN" in html and "Miến dong EN" not in html and "Bản nháp" not in html


def test_producer_page_lists_the_stories_that_embed_it(client, home_page, shop):
    _catalogue, producer = shop
    story = make_story(make_story_index(home_page), title="Hợp tác xã", bodies={"vi": [producer_card(producer)]})

    html = client.get(url_in(producer, "vi")).content.decode()

    assert list(stories_mentioning(producer)) == [story]
    assert "Hợp tác xã" in html


def test_stories_mentioning_costs_constant_queries(home_page, shop):
    catalogue, producer = shop
    knife = make_product(catalogue, producer)
    index = make_story_index(home_page)
    make_story(index, bodies={"vi": [product_card(knife)]})
    stories_mentioning(knife)  # content types cached
    with CaptureQueriesContext(connection) as few:
        list(stories_mentioning(knife))
    for _ in range(8):
        make_story(index, bodies={"vi": [product_card(knife)]})
    stories_mentioning(knife)  # view restrictions are cached again after the edits (pagecache)
    with CaptureQueriesContext(connection) as many:
        found = list(stories_mentioning(knife))

    assert len(found) == 6
    assert len(few) == len(many) <= 3


def test_story_index_filters_by_theme_and_community_and_paginates(client, home_page):
    index = make_story_index(home_page)
    for n in range(14):
        make_story(index, title=f"Rèn {n}", community="nung_an", tags=["thu-cong"] if n % 2 else ["am-thuc"])
    make_story(index, title="Sáp ong", community="dao_tien", tags=["thu-cong"])

    first = client.get(url_in(index, "vi")).context
    second = client.get(url_in(index, "vi") + "?page=2").context
    crafts = client.get(url_in(index, "vi") + "?theme=thu-cong").context
    crafts_dao = client.get(url_in(index, "vi") + "?theme=thu-cong&community=dao_tien").context
    unknown = client.get(url_in(index, "vi") + "?community=martian").context

    assert first["stories"].paginator.count == 15 and len(first["stories"]) == 12
    assert len(second["stories"]) == 3
    assert crafts["stories"].paginator.count == 8
    assert card_titles(crafts_dao["stories"]) == ["Sáp ong"]
    assert unknown["selected_community"] == "" and unknown["stories"].paginator.count == 15


@pytest.mark.parametrize(
    ("language", "title"), [("vi", "Lò rèn"), ("en", "Lò rèn EN"), ("lo", "Lò rèn LO"), ("zh-hans", "Lò rèn ZH")]
)
def test_feed_per_language(client, home_page, language, title):
    story = make_story(make_story_index(home_page), title="Lò rèn")

    response = client.get(f"/{language}/stories/feed/")
    xml = response.content.decode()

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    assert f"<title>{title}</title>" in xml
    assert url_in(story, language) in xml
    assert f'xml:lang="{ {"zh-hans": "zh-Hans"}.get(language, language) }"' in xml


def test_feed_falls_back_to_english_where_lao_is_missing(client, home_page):
    story = make_story(make_story_index(home_page), title="Khuổi Ky")
    story.title_lo = ""
    story.save_revision().publish()

    xml = client.get("/lo/stories/feed/").content.decode()

    assert "<title>Khuổi Ky EN</title>" in xml
