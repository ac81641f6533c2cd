"""Rendered cards are shared by the listings that show them, and never outlive what they show."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core import cards
from storefront.models import ProductVariant
from tests.factories import card_titles
from tests.storefront.factories import make_catalogue, make_producer, make_product, url_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def shop(home_page, settings):
    settings.PAGE_CACHE_ENABLED = False  # every view renders; only cards may come from the cache
    catalogue, index = make_catalogue(home_page)
    producer = make_producer(index)
    products = [make_product(catalogue, producer, title=f"Dao {n}", prices=[(100000 * (n + 1), 5)]) for n in range(3)]
    return catalogue, producer, products


@pytest.fixture
def rendered(monkeypatch):
    """The pages whose card was rendered (rather than read from the cache), in order."""
    pages = []
    render_card = cards.render_card

    def counting(request, item):
        pages.append(item.pk)
        return render_card(request, item)

    monkeypatch.setattr(cards, "render_card", counting)
    return pages


def test_a_card_is_rendered_once_for_every_listing_that_shows_it(client, shop, rendered):
    catalogue, producer, products = shop

    first = client.get(url_in(catalogue, "en"))
    assert sorted(rendered) == sorted(product.pk for product in products)
    rendered.clear()
    second = client.get(url_in(catalogue, "en") + "?sort=price_desc")
    producer_page = client.get(url_in(producer, "en"))

    assert rendered == []
    assert card_titles(second.context["products"]) == ["Dao 2 EN", "Dao 1 EN", "Dao 0 EN"]
    assert card_titles(producer_page.context["products"]) == ["Dao 0 EN", "Dao 1 EN", "Dao 2 EN"]
    assert first.context["products"][0].html in first.content.decode()


def test_a_published_edit_shows_on_the_next_view(client, shop):
    catalogue, _producer, products = shop
    client.get(url_in(catalogue, "en"))

    products[0].title_en = "Dao rèn mới EN"
    products[0].save_revision().publish()

    assert "Dao rèn mới EN" in card_titles(client.get(url_in(catalogue, "en")).context["products"])


def test_a_new_price_shows_on_the_next_view(client, shop):
    catalogue, _producer, products = shop
    assert "100.000" in client.get(url_in(catalogue, "vi")).content.decode()

    variant = ProductVariant.objects.get(product=products[0])
    variant.price_vnd = 90000
    variant.save()

    html = client.get(url_in(catalogue, "vi")).content.decode()
    assert "90.000" in html and "100.000" not in html


def test_cards_differ_by_language_and_display_currency(client, shop, rendered):
    catalogue, _producer, _products = shop

    assert card_titles(client.get(url_in(catalogue, "vi")).context["products"])[0] == "Dao 2"
    assert card_titles(client.get(url_in(catalogue, "en")).context["products"])[0] == "Dao 2 EN"
    client.cookies["display_currency"] = "USD"
    in_dollars = client.get(url_in(catalogue, "en")).content.decode()

    assert "US$" in in_dollars
    assert len(rendered) == 9  # three products, each in Vietnamese, English, and English with dollars


def test_without_the_card_cache_every_view_renders_its_cards(client, shop, rendered, settings):
    catalogue, _producer, _products = shop
    settings.CARD_CACHE_ENABLED = False

    client.get(url_in(catalogue, "en"))
    client.get(url_in(catalogue, "en"))

    assert len(rendered) == 6


def test_a_kept_listing_reads_its_ids_once_and_shows_a_new_page_after_its_publish(client, shop):
    catalogue, producer, _products = shop
    url = url_in(producer, "en")
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        again = client.get(url + "?from=newsletter")
    listing_queries = [query for query in queries if '"storefront_productpage"."producer_id" =' in query["sql"]]

    make_product(catalogue, producer, title="Dao 3", prices=[(50000, 5)])
    after_publish = client.get(url)

    assert listing_queries == [] and card_titles(again.context["products"]) == ["Dao 0 EN", "Dao 1 EN", "Dao 2 EN"]
    assert card_titles(after_publish.context["products"]) == ["Dao 0 EN", "Dao 1 EN", "Dao 2 EN", "Dao 3 EN"]
    assert card_titles(client.get(url_in(producer, "vi")).context["products"]) == ["Dao 0", "Dao 1", "Dao 2", "Dao 3"]


def test_catalogue_counts_and_results_are_kept_per_filters_until_a_publish(client, shop):
    catalogue, producer, _products = shop
    url = url_in(catalogue, "en") + "?group=handicrafts&sort=price_asc"
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        again = client.get(url)

    make_product(catalogue, producer, title="Dao 3", prices=[(50000, 5)])
    after_publish = client.get(url)

    assert not [query for query in queries if "cheapest_price" in query["sql"]]  # neither the counts nor the ids
    assert again.context["products"].paginator.count == 3
    assert card_titles(after_publish.context["products"]) == ["Dao 3 EN", "Dao 0 EN", "Dao 1 EN", "Dao 2 EN"]
    handicrafts = [option for option in after_publish.context["facets"]["group"] if option.value == "handicrafts"]
    assert after_publish.context["products"].paginator.count == 4 and handicrafts[0].count == 4


def test_the_catalogue_api_keeps_its_items_apart_and_as_fresh(client, shop):
    _catalogue, _producer, products = shop
    client.get("/vi/san-pham/")  # the web cards are cached; the API's items are not the same thing
    url = "/api/v1/catalogue/products/?lang=en&sort=price_asc"
    first = client.get(url).json()["results"]

    products[0].title_en = "Dao rèn mới EN"
    products[0].save_revision().publish()
    second = client.get(url).json()["results"]

    assert [item["title"] for item in first] == ["Dao 0 EN", "Dao 1 EN", "Dao 2 EN"]
    assert [item["title"] for item in second] == ["Dao rèn mới EN", "Dao 1 EN", "Dao 2 EN"]
    assert second[0]["price_from_vnd"] == 100000 and second[0]["html_url"].startswith("http://testserver/en/")


def test_several_listings_read_their_ids_together_each_in_its_own_order(shop):
    from storefront.models import ProductPage

    _catalogue, _producer, products = shop
    pages = ProductPage.objects.live()
    listings = [
        pages.order_by("-title")[:2],
        pages.filter(pk__in=[]),  # nothing to ask the database
        cards.Kept("by-price", lambda: pages.order_by("title")),
        pages.filter(title__startswith="Dao 1"),
    ]
    expected = [[products[2].pk, products[1].pk], [], [product.pk for product in products], [products[1].pk]]
    with CaptureQueriesContext(connection) as queries:
        ids = cards._id_lists(listings)

    assert ids == expected
    assert len(queries) == 1
    with CaptureQueriesContext(connection) as none_asked:
        assert cards._id_lists([pages.filter(pk__in=[]), pages.none()]) == [[], []]
    assert len(none_asked) == 0
