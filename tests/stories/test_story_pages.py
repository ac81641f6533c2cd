import pytest
from django.utils import translation
from wagtail.rich_text import RichText

from stories.models import StoryPage
from tests.storefront.factories import make_catalogue, make_image, make_producer, make_product, url_in
from tests.stories.factories import make_story, make_story_index, paragraph, producer_card, product_card

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(home_page):
    catalogue, producers = make_catalogue(home_page)
    producer = make_producer(producers)
    return catalogue, producer


def every_block(product, producer, image, text):
    return [
        paragraph(f"<p>{text}</p>"),
        {
            "type": "image",
            "value": {"image": image.pk, "alt_text": "Lò rèn", "caption": "Lò rèn ở Pác Rằng", "credit": "Demo"},
        },
        {"type": "quote", "value": {"text": "Búa không nghỉ", "attribution": "Thợ rèn"}},
        {
            "type": "gallery",
            "value": {"images": [{"image": image.pk, "alt_text": "a", "caption": "", "credit": ""}] * 2},
        },
        {"type": "map_point", "value": {"latitude": "22.667000", "longitude": "106.260000", "label": "Phúc Sen"}},
        {"type": "video", "value": "https://www.youtube.com/watch?v=abcDEF12345"},
        product_card(product),
        producer_card(producer),
    ]


def test_story_renders_every_block_in_four_languages(client, home_page, catalogue):
    catalogue_page, producer = catalogue
    product = make_product(catalogue_page, producer, title="Dao rèn Phúc Sen")
    image = make_image()
    texts = {"vi": "Tiếng búa vang", "en": "The hammers ring", "lo": "ສຽງຄ້ອນດັງ", "zh_hans": "锤声回荡"}
    story = make_story(
        make_story_index(home_page),
        community="nung_an",
        bodies={language: every_block(product, producer, image, text) for language, text in texts.items()},
    )

    for language, text in texts.items():
        code = language.replace("_", "-")
        response = client.get(url_in(story, code))
        html = response.content.decode()
        assert response.status_code == 200, code
        assert text in html
        assert "https://www.youtube-nocookie.com/embed/abcDEF12345" in html
        assert "Búa không nghỉ" in html and "Lò rèn ở Pác Rằng" in html and "© Demo" in html
        assert "&quot;lat&quot;: 22.667, &quot;lon&quot;: 106.26" in html  # the map point, as the map's JSON
        assert url_in(product, code) in html and url_in(producer, code) in html
        assert "block-card--productpage" in html and "block-card--producerpage" in html


def test_story_falls_back_to_english_for_a_missing_lao_body(client, home_page):
    story = make_story(
        make_story_index(home_page),
        bodies={"vi": [paragraph("<p>Tiếng Việt</p>")], "en": [paragraph("<p>English text</p>")]},
    )

    html = client.get(url_in(story, "lo")).content.decode()

    assert "English text" in html


def test_reading_time_counts_words_or_characters():
    story = StoryPage(
        body_vi=[("paragraph", RichText("<p>" + "từ " * 450 + "</p>"))],
        body_zh_hans=[("paragraph", RichText("<p>" + "字" * 650 + "</p>"))],
    )

    assert story.reading_minutes("vi") == 3  # 450 words / 200 per minute, rounded up
    assert story.reading_minutes("zh-hans") == 3  # 650 characters / 300 per minute
    assert story.reading_minutes("en") == 3  # no English body: the Vietnamese one is read


def test_unpublished_story_is_not_served(client, home_page):
    story = make_story(make_story_index(home_page), publish=False)

    with translation.override("en"):
        assert client.get(url_in(story, "en")).status_code == 404
