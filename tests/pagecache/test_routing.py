"""Wagtail routes a path to a page by translated slugs, loading only the children that may match;
a route kept across publishes is used only while it is still the page's address."""

import pytest
from django.db import connection
from django.db.models.signals import post_init
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from core import memo
from tests.storefront.factories import make_catalogue, make_producer, make_product, url_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def products(home_page, settings):
    settings.PAGE_CACHE_ENABLED = False
    catalogue, index = make_catalogue(home_page)
    producer = make_producer(index)
    return [make_product(catalogue, producer, title=f"Dao {n}", slug=f"dao-{n}") for n in range(25)]


@pytest.fixture
def pages_loaded():
    loaded = []

    def count(sender, instance, **kwargs):
        if isinstance(instance, Page):
            loaded.append(instance)

    post_init.connect(count)
    yield loaded
    post_init.disconnect(count)


def test_a_first_view_loads_the_page_not_its_siblings(client, products, pages_loaded):
    response = client.get(url_in(products[7], "en"))  # no route cached yet: Wagtail routes it

    assert response.status_code == 200 and "Dao 7 EN" in response.content.decode()
    assert len(pages_loaded) < 25


def test_a_missing_translated_slug_falls_back_as_the_page_url_does(client, products):
    product = products[3]
    product.slug_lo = None  # Lao falls back to English, then Vietnamese
    product.save_revision().publish()

    lao_url = url_in(product, "lo")
    assert lao_url.endswith("/dao-3-en/")
    assert client.get(lao_url).status_code == 200
    assert client.get(lao_url.replace("/dao-3-en/", "/dao-3/")).status_code == 404
    assert client.get(url_in(product, "en").replace("/dao-3-en/", "/dao-3-lo/")).status_code == 404


def test_a_process_keeps_a_bounded_number_of_pages_and_forgets_them_with_the_token(monkeypatch):
    monkeypatch.setattr(memo, "_local", {"token": None, "values": {}, "large": 0})
    monkeypatch.setattr(memo, "LOCAL_LARGE_VALUES", 2)
    for n in range(3):
        memo.remember_locally("t1", f"page:{n}", f"page {n}", large=True)
        memo.remember_locally("t1", f"route:{n}", f"route {n}")

    assert [memo.memo("t1", f"page:{n}") for n in range(3)] == ["page 0", "page 1", None]
    assert [memo.memo("t1", f"route:{n}") for n in range(3)] == ["route 0", "route 1", "route 2"]
    memo.remember_locally("t2", "page:2", "page 2, new token", large=True)
    assert memo.memo("t1", "page:0") is None and memo.memo("t2", "page:2") == "page 2, new token"


def _walks_the_tree(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, any('"slug_vi" =' in query["sql"] for query in queries.captured_queries)


def _fresh(page):
    return Page.objects.get(pk=page.pk).specific


def test_a_route_outlives_a_publish_elsewhere(client, products):
    url = url_in(products[5], "en")
    client.get(url)
    products[6].save_revision().publish()

    response, walked = _walks_the_tree(client, url)
    assert response.status_code == 200 and "Dao 5 EN" in response.content.decode()
    assert not walked


def test_a_kept_route_is_not_used_once_the_slug_changes(client, products):
    product = products[4]
    english, vietnamese = url_in(product, "en"), url_in(product, "vi")
    assert client.get(english).status_code == 200 and client.get(vietnamese).status_code == 200
    product.slug_en = "dao-4-renamed"
    product.save_revision().publish()

    assert client.get(english).status_code == 404
    assert "Dao 4 EN" in client.get(url_in(_fresh(product), "en")).content.decode()
    assert client.get(vietnamese).status_code == 200  # its Vietnamese slug did not change


def test_a_kept_route_is_not_used_once_an_ancestors_slug_changes(client, products):
    catalogue = products[0].get_parent().specific
    old = url_in(products[1], "en")
    assert client.get(old).status_code == 200
    catalogue.slug_en = "shop"
    catalogue.save_revision().publish()

    assert client.get(old).status_code == 404
    new = url_in(_fresh(products[1]), "en")
    assert "/shop/" in new and client.get(new).status_code == 200


def test_a_kept_route_is_not_used_once_the_page_moves_or_goes(client, products):
    moved, gone, unpublished = products[8], products[9], products[10]
    urls = [url_in(page, "en") for page in (moved, gone, unpublished)]
    assert [client.get(url).status_code for url in urls] == [200, 200, 200]
    moved.move(moved.get_parent().get_parent(), pos="last-child")  # to the home page
    gone.delete()
    unpublished.unpublish()

    assert [client.get(url).status_code for url in urls] == [301, 404, 404]  # Wagtail redirects a moved page
    assert client.get(url_in(_fresh(moved), "en")).status_code == 200


def test_a_view_restriction_added_after_a_route_was_kept_applies(client, products):
    url = url_in(products[2], "en")
    assert "Dao 2 EN" in client.get(url).content.decode()
    PageViewRestriction.objects.create(page=products[0].get_parent(), restriction_type="password", password="s3cret")

    response = client.get(url)
    assert "Dao 2 EN" not in response.content.decode() and 'name="password"' in response.content.decode()
