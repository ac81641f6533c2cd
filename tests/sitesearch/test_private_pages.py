"""A page made private in the admin's Privacy dialog leaves search at once; made public again, it returns.

As in production, the admin's requests commit as they go (no test transaction around them), so the
index is updated by the same request, and the view restrictions a visitor's page view kept are there.
"""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from storefront.models import ProductPage
from tests.storefront.factories import url_in

pytestmark = pytest.mark.django_db(
    transaction=True, serialized_rollback=True
)  # the Wagtail root page comes back after a flush

LANGUAGES = ("vi", "en", "lo", "zh-hans")


def _found(client, page, *, query):
    """Where `page` shows up: its title or its address, in any of the four search endpoints and languages."""
    page = ProductPage.objects.get(pk=page.pk)
    marks = {page.title_vi, page.title_en, *(url_in(page, lang) for lang in LANGUAGES)}
    responses = {}
    for lang in LANGUAGES:
        responses[f"/{lang}/search/"] = client.get(f"/{lang}/search/", {"q": query})
        responses[f"/{lang}/search/api/"] = client.get(f"/{lang}/search/api/", {"q": query})
        responses[f"/{lang}/search/suggest/"] = client.get(f"/{lang}/search/suggest/", {"q": query})
        responses[f"/api/v1/search/?lang={lang}"] = client.get("/api/v1/search/", {"q": query, "lang": lang})
    found = set()
    for name, response in responses.items():
        assert response.status_code == 200, (name, response.status_code)
        body = response.content.decode().replace("http://testserver", "").replace("\\/", "/")
        if any(mark in body for mark in marks):
            found.add(name)
    return found


def _set_privacy(admin, page, restriction_type):
    response = admin.post(
        reverse("wagtailadmin_pages:set_privacy", args=[page.pk]), {"restriction_type": restriction_type}
    )
    assert response.status_code == 200 and response.json()["step"] == "set_privacy_done", response.content[:300]


@pytest.fixture
def admin(shop):
    from django.test import Client

    client = Client()
    client.force_login(get_user_model().objects.create_superuser("admin", "admin@example.com", "pw"))
    return client


def test_a_product_made_login_only_in_the_admin_leaves_every_search_at_once(client, admin, shop):
    noodles = shop["noodles"]
    assert client.get(url_in(noodles, "vi")).status_code == 200  # a visitor's page view keeps the (empty) restrictions
    public = _found(client, noodles, query="mien dong")
    assert {"/vi/search/", "/vi/search/api/", "/vi/search/suggest/", "/api/v1/search/?lang=vi"} <= public

    _set_privacy(admin, noodles, "login")
    assert _found(client, noodles, query="mien dong") == set()
    assert _found(client, noodles, query="phja") == set()
    assert _found(client, shop["chestnuts"], query="hat de")  # other products stay

    _set_privacy(admin, noodles, "none")
    assert _found(client, noodles, query="mien dong") == public


def test_a_restriction_on_the_catalogue_takes_every_product_out_of_search(client, admin, shop):
    # Queries without the titles' accents: a search echoes its query back.
    products = {"mien dong": shop["noodles"], "hat de": shop["chestnuts"], "dao ren": shop["knives"]}
    assert client.get(url_in(shop["catalogue"], "vi")).status_code == 200
    public = {query: _found(client, product, query=query) for query, product in products.items()}
    assert all("/vi/search/api/" in found for found in public.values())

    _set_privacy(admin, shop["catalogue"], "login")
    for query, product in products.items():
        assert _found(client, product, query=query) == set(), query
    # The producers are not under the catalogue: still found.
    assert client.get("/vi/search/api/", {"q": "htx minh tuan"}).json()["hits"][0]["title"] == "HTX Minh Tuấn"

    _set_privacy(admin, shop["catalogue"], "none")
    assert {query: _found(client, product, query=query) for query, product in products.items()} == public
