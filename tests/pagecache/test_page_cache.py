"""Anonymous visitors get whole pages from the cache; edits, stock and seats make them stale at once."""

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail import hooks

from storefront.checkout import start_checkout
from storefront.models import ExchangeRates, StockLevel
from tests.storefront.factories import checkout_details, make_cart, make_catalogue, make_producer, make_product, url_in
from tests.tourism.factories import make_experience, make_session, make_village
from tourism.bookings import Traveller, hold_session_seats

pytestmark = pytest.mark.django_db


@pytest.fixture
def product(home_page):
    catalogue, index = make_catalogue(home_page)
    return make_product(catalogue, make_producer(index), title="Dao rèn", prices=[(185000, 40)])


def get(client, url, **extra):
    response = client.get(url, **extra)
    assert response.status_code == 200
    return response


def test_second_view_comes_from_the_cache_without_queries(client, product):
    url = url_in(product, "en")
    first = get(client, url)
    with CaptureQueriesContext(connection) as queries:
        second = get(client, url)

    assert first["X-Page-Cache"] == "miss" and second["X-Page-Cache"] == "hit"
    assert len(queries) == 0
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert second["Content-Language"] == "en"


def test_links_from_a_livestream_share_one_copy_whatever_their_click_identifiers(client, product):
    url = url_in(product, "en")
    first = get(client, url + "?fbclid=IwAR0first&utm_source=facebook&utm_medium=live")
    second = get(client, url + "?fbclid=IwAR1second")
    plain = get(client, url)

    assert first["X-Page-Cache"] == "miss" and second["X-Page-Cache"] == "hit" and plain["X-Page-Cache"] == "hit"
    assert "IwAR0first" not in first.content.decode() and "utm_" not in first.content.decode()


def test_a_search_keeps_its_own_parameters_and_drops_click_identifiers(
    client, home_page, django_capture_on_commit_callbacks
):
    catalogue, index = make_catalogue(home_page)
    with django_capture_on_commit_callbacks(execute=True):  # the search index is written after commit
        make_product(catalogue, make_producer(index), title="Dao rèn", prices=[(185000, 40)])
    html = get(client, "/vi/search/?q=dao&utm_campaign=tet&gclid=abc").content.decode()

    assert "Dao rèn" in html and "gclid" not in html and "utm_campaign" not in html
    assert get(client, "/vi/search/?q=dao")["X-Page-Cache"] == "hit"
    assert get(client, "/vi/search/?q=rèn")["X-Page-Cache"] == "miss"  # a different search is a different page


def test_page_urls_asked_for_without_a_request_read_the_site_root_paths_once(client, product, monkeypatch):
    for n in range(3):
        make_product(product.get_parent(), product.producer, title=f"P{n}", prices=[(1000, 1)])
    reads = []
    read = cache.get
    monkeypatch.setattr(cache, "get", lambda key, *args, **kwargs: reads.append(key) or read(key, *args, **kwargs))

    listing = client.get("/api/v2/pages/?type=storefront.ProductPage&fields=title")  # each item's URL, no request

    assert listing.status_code == 200 and len(listing.json()["items"]) == 4
    assert sum(key.startswith("wagtail_site_root_paths") for key in reads) <= 1


def test_headers_let_a_shared_cache_keep_the_page(client, product):
    response = get(client, url_in(product, "en"))
    control = {part.strip() for part in response["Cache-Control"].split(",")}

    assert {"public", "max-age=0", "s-maxage=60"} <= control
    assert "cookie" not in response.get("Vary", "").lower()
    assert "Accept-Encoding" in response["Vary"]
    assert not response.cookies  # nothing per visitor: no session, no CSRF cookie


def test_each_language_and_display_currency_has_its_own_copy(client, product):
    ExchangeRates.load()  # created on first use, which counts as an edit
    vietnamese = get(client, url_in(product, "vi")).content.decode()
    english = get(client, url_in(product, "en")).content.decode()
    client.cookies["display_currency"] = "USD"
    dollars = get(client, url_in(product, "en"))
    del client.cookies["display_currency"]
    plain = get(client, url_in(product, "en"))

    assert 'lang="vi"' in vietnamese and 'lang="en"' in english
    assert "≈ US$" in dollars.content.decode() and "≈" not in plain.content.decode()
    assert plain["X-Page-Cache"] == "hit"
    # A shared cache must not hand the dollar page to others (it only knows the URL).
    assert "private" in dollars["Cache-Control"] and "public" not in dollars["Cache-Control"]


def test_a_routed_page_is_loaded_once_for_every_query_string_and_display_currency(client, product):
    ExchangeRates.load()  # created on first use, which counts as an edit
    url = url_in(product, "en")
    get(client, url)  # routed by Wagtail; the route is kept
    get(client, url + "?from=newsletter")  # another page-cache entry: the page is loaded by its route, and kept
    client.cookies["display_currency"] = "USD"
    with CaptureQueriesContext(connection) as queries:
        dollars = get(client, url)

    assert dollars["X-Page-Cache"] == "miss" and "Dao rèn" in dollars.content.decode()
    assert not [query for query in queries if f'"page_ptr_id" = {product.pk}' in query["sql"]]


def test_published_edit_is_seen_on_the_next_view(client, product):
    url = url_in(product, "en")
    get(client, url)
    product.title_en = "Forged knife, new edition"
    product.save_revision().publish()

    response = get(client, url)
    assert response["X-Page-Cache"] == "miss"
    assert "Forged knife, new edition" in response.content.decode()


def test_unpublished_page_is_gone_at_once(client, product):
    url = url_in(product, "en")
    get(client, url)
    product.unpublish()

    assert client.get(url).status_code == 404


def test_a_change_to_one_product_also_refreshes_listings(client, product, home_page):
    catalogue_url = url_in(product.get_parent(), "en")
    get(client, catalogue_url)
    product.title_en = "Renamed in the catalogue"
    product.save_revision().publish()

    assert "Renamed in the catalogue" in get(client, catalogue_url).content.decode()


def test_stock_change_refreshes_the_page_only_when_its_label_changes(client, product, settings):
    settings.CART_MAX_LINE_QUANTITY = 50
    url = url_in(product, "en")
    variant = product.variants.get()
    assert "In stock" in get(client, url).content.decode()

    _checkout(variant, 30)  # 40 → 10: still "In stock", so the cached page stays during a livestream sale
    assert get(client, url)["X-Page-Cache"] == "hit"
    _checkout(variant, 7)  # 10 → 3: "Only 3 left"
    response = get(client, url)
    assert response["X-Page-Cache"] == "miss"
    assert "Only 3 left" in response.content.decode()


def _checkout(variant, quantity):
    start_checkout(cart=make_cart((variant, quantity)), details=checkout_details())


def test_stock_edited_in_the_admin_refreshes_the_page(client, product):
    url = url_in(product, "en")
    get(client, url)
    level = StockLevel.objects.get(variant=product.variants.get())
    level.quantity = 0
    level.save()

    assert "Sold out" in get(client, url).content.decode()


def test_a_booking_refreshes_the_experience_calendar(client, home_page):
    experience = make_experience(make_village(home_page), max_group=8)
    session = make_session(experience, days_ahead=3, capacity=8)
    url = url_in(experience, "en")
    assert "8 seats left" in get(client, url).content.decode()

    hold_session_seats(
        session=session,
        people=3,
        traveller=Traveller(name="Lan", email="lan@example.com", phone="0900", language="en"),
        now=timezone.now(),
    )
    assert "5 seats left" in get(client, url).content.decode()


def test_signed_in_editors_are_never_served_or_stored(client, product):
    url = url_in(product, "en")
    get(client, url)  # cached for anonymous visitors
    user = get_user_model().objects.create_user("editor", password="x")
    client.force_login(user)

    response = get(client, url)
    assert "X-Page-Cache" not in response
    client.logout()
    assert get(client, url)["X-Page-Cache"] == "hit"


def test_a_page_that_used_a_csp_nonce_is_not_stored(client, product):
    def uses_nonce(page, request, args, kwargs):
        request._csp_nonce_used = True  # the security middleware's contract

    url = url_in(product, "en")
    with hooks.register_temporarily("before_serve_page", uses_nonce):
        get(client, url)
        response = get(client, url)
    assert "X-Page-Cache" not in response


def test_cart_badge_and_cart_are_never_cached(client, product):
    for url in ("/en/cart/badge/", "/en/cart/"):
        client.get(url)
        assert "X-Page-Cache" not in client.get(url)


def test_search_results_are_cached_and_refreshed_by_publishing(client, home_page, django_capture_on_commit_callbacks):
    """The index is updated after commit; the last invalidation is queued after it (see pagecache.invalidation)."""
    catalogue, index = make_catalogue(home_page)
    with django_capture_on_commit_callbacks(execute=True):
        product = make_product(catalogue, make_producer(index), title="Dao rèn", prices=[(185000, 40)])
    url = "/en/search/?q=forged"
    assert "Forged knife" not in get(client, url).content.decode()
    assert get(client, url)["X-Page-Cache"] == "hit"

    product.title_en = "Forged knife"
    with django_capture_on_commit_callbacks(execute=True):
        product.save_revision().publish()
    assert "Forged knife" in get(client, url).content.decode()
