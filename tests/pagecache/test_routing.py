"""Wagtail routes a path to a page by translated slugs, loading only the children that may match."""
import pytest
from django.db.models.signals import post_init
from wagtail.models import Page

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
    from pagecache import routing

    monkeypatch.setattr(routing, "_local", {"token": None, "values": {}, "large": 0})
    monkeypatch.setattr(routing, "LOCAL_LARGE_VALUES", 2)
    for n in range(3):
        routing.remember_locally("t1", f"page:{n}", f"page {n}", large=True)
        routing.remember_locally("t1", f"route:{n}", f"route {n}")

    assert [routing.memo("t1", f"page:{n}") for n in range(3)] == ["page 0", "page 1", None]
    assert [routing.memo("t1", f"route:{n}") for n in range(3)] == ["route 0", "route 1", "route 2"]
    routing.remember_locally("t2", "page:2", "page 2, new token", large=True)
    assert routing.memo("t1", "page:0") is None and routing.memo("t2", "page:2") == "page 2, new token"
