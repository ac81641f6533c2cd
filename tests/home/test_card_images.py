"""Cards rendered after a publish find their pictures' renditions in one round trip, not two a card."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from core.card_images import CARD_RENDITION_SPECS, prefetch_card_renditions
from core.cards import render_card
from storefront.models import ProductPage
from tests.storefront.factories import make_catalogue, make_image, make_producer, make_product

pytestmark = pytest.mark.django_db


@pytest.fixture
def products(home_page):
    catalogue, index = make_catalogue(home_page)
    producer = make_producer(index)
    products = [make_product(catalogue, producer, title=f"Dao {n}", image=make_image()) for n in range(3)]
    request = RequestFactory().get("/")
    for product in ProductPage.load_cards([p.pk for p in products]):
        render_card(request, product)  # the renditions exist from now on
    return [p.pk for p in products]


def _render_all(ids):
    pages = list(ProductPage.load_cards(ids))
    with CaptureQueriesContext(connection) as prefetching:
        prefetch_card_renditions(pages)
    request = RequestFactory().get("/")
    Site.find_for_request(request)  # the page cache's middleware gives every request its site
    with CaptureQueriesContext(connection) as queries:
        html = [render_card(request, page) for page in pages]
    return pages, html, len(prefetching) + len(queries)


def test_renditions_come_prefetched_and_rendering_asks_nothing(products, monkeypatch):
    reads = []
    get_many = cache.get_many
    monkeypatch.setattr(cache, "get_many", lambda keys, **kw: reads.append(keys) or get_many(keys, **kw))

    pages, html, queries = _render_all(products)

    assert len(reads) == 1  # every picture's renditions in one round trip
    assert all(
        {r.filter_spec for r in page.card_image.prefetched_renditions} == set(CARD_RENDITION_SPECS) for page in pages
    )
    assert queries == 0
    assert all("fill-480x360.format-webp" in card and "fill-960x720.format-webp" in card for card in html)


def test_renditions_missing_from_the_cache_are_read_in_one_query(products):
    pages = list(ProductPage.load_cards(products))
    cache.clear()  # the rendition cache lost (a Redis restart)

    with CaptureQueriesContext(connection) as queries:
        prefetch_card_renditions(pages)

    assert len(queries) == 1
    assert all(
        {r.filter_spec for r in page.card_image.prefetched_renditions} == set(CARD_RENDITION_SPECS) for page in pages
    )

    # and are kept in the cache again: the cards rendered after the next publish ask no query for them
    again = list(ProductPage.load_cards(products))
    with CaptureQueriesContext(connection) as queries_again:
        prefetch_card_renditions(again)
    assert len(queries_again) == 0
    assert all(
        {r.filter_spec for r in page.card_image.prefetched_renditions} == set(CARD_RENDITION_SPECS) for page in again
    )
