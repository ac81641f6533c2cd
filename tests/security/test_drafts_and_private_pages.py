"""Drafts, unpublished and private pages never leak through any public route.

PUBLIC_ROUTES is a list on purpose: a new public endpoint (the Wagtail API under /api/v2/, the
DRF endpoints under /api/) is one more line, and every hidden page is tried against it.
"""

import pytest
from wagtail.models import PageViewRestriction

from storefront.models import CartLine
from tests.storefront.factories import make_catalogue, make_producer, make_product, url_in
from tests.stories.factories import make_story, make_story_index

pytestmark = pytest.mark.django_db

LANGUAGES = ("vi", "en", "lo", "zh-hans")


class World:
    """The hidden pages, each with a word found nowhere else, and the public pages around them."""

    def __init__(self, home):
        self.home = home
        self.catalogue, producers = make_catalogue(home)
        self.producer = make_producer(producers)
        self.stories = make_story_index(home)
        self.hidden = {}

    def add(self, name, page):
        self.hidden[name] = page
        return page


# (name, function(client, world, hidden page, its secret word) → list of responses)
PUBLIC_ROUTES = [
    ("the page itself", lambda c, w, p, s: [c.get(url_in(p, lang) or f"/{lang}/{p.slug}/") for lang in LANGUAGES]),
    ("search page", lambda c, w, p, s: [c.get(f"/{lang}/search/", {"q": s}) for lang in LANGUAGES]),
    ("search JSON", lambda c, w, p, s: [c.get(f"/{lang}/search/api/", {"q": s}) for lang in LANGUAGES]),
    ("type-ahead", lambda c, w, p, s: [c.get(f"/{lang}/search/suggest/", {"q": s[:6]}) for lang in LANGUAGES]),
    ("search API", lambda c, w, p, s: [c.get("/api/v1/search/", {"q": s, "lang": lang}) for lang in LANGUAGES]),
    ("sitemap", lambda c, w, p, s: [c.get("/sitemap.xml"), c.get("/sitemap-pages.xml")]),
    ("story feed", lambda c, w, p, s: [c.get(f"/{lang}/stories/feed/") for lang in LANGUAGES]),
    ("home page", lambda c, w, p, s: [c.get(f"/{lang}/") for lang in LANGUAGES]),
    ("catalogue", lambda c, w, p, s: [c.get(url_in(w.catalogue, lang)) for lang in LANGUAGES]),
    ("producer page", lambda c, w, p, s: [c.get(url_in(w.producer, lang)) for lang in LANGUAGES]),
    ("story listing", lambda c, w, p, s: [c.get(url_in(w.stories, lang)) for lang in LANGUAGES]),
    # After merging the API: ("wagtail API", lambda c, w, p, s: [c.get("/api/v2/pages/", {"search": s}),
    #                                                               c.get(f"/api/v2/pages/{p.pk}/")]),
]


MARKER = "Vbnmhidden"  # in every hidden title, never in a query: a search echoes its query back


def _hide(world, kind, secret, index_callbacks):
    """A product or story named `secret` (and MARKER), hidden in the way `kind` says."""
    with index_callbacks(execute=True):
        if kind.startswith("product"):
            page = make_product(world.catalogue, world.producer, title=f"Dao {secret} {MARKER}")
        else:
            page = make_story(world.stories, title=f"Chuyện {secret} {MARKER}")
    with index_callbacks(execute=True):
        if kind.endswith("unpublished"):
            page.unpublish()
        elif kind.endswith("draft"):
            page.unpublish()
            page.title_vi = f"Bản nháp {secret} {MARKER}"
            page.save_revision()
        elif kind.endswith("password"):
            PageViewRestriction.objects.create(page=page, restriction_type="password", password="s3cret")
        elif kind.endswith("login"):
            PageViewRestriction.objects.create(page=page, restriction_type="login")
    return world.add(kind, page)


def _assert_hidden(client, world, page, secret, *, kind, route):
    for response in dict(PUBLIC_ROUTES)[route](client, world, page, secret):
        body = response.content.decode() if not getattr(response, "streaming", False) else ""
        assert response.status_code in (200, 302, 400, 401, 403, 404), response.status_code
        assert MARKER.lower() not in body.lower(), f"{route} shows the {kind} page"
        for lang in LANGUAGES:
            assert (url_in(page, lang) or "/nowhere/") not in body.replace(
                "http://testserver", ""
            ) or route == "the page itself"


HIDDEN = [
    "product unpublished",
    "product draft",
    "product private password",
    "product private login",
    "story unpublished",
    "story private password",
    "story private login",
]


@pytest.mark.parametrize("kind", HIDDEN)
@pytest.mark.parametrize("route", [name for name, _fn in PUBLIC_ROUTES])
def test_hidden_pages_never_leak_through_a_public_route(
    client, home_page, django_capture_on_commit_callbacks, kind, route
):
    world = World(home_page)
    secret = "Zyxkwoq" + kind.split()[-1].capitalize()
    page = _hide(world, kind, secret, django_capture_on_commit_callbacks)
    _assert_hidden(client, world, page, secret, kind=kind, route=route)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)  # the admin's requests commit, as in production
@pytest.mark.parametrize("kind", ["product made private in the admin", "story made private in the admin"])
def test_a_page_made_private_in_the_admins_privacy_dialog_leaks_through_no_public_route(client, home_page, kind):
    from django.contrib.auth import get_user_model
    from django.test import Client
    from django.urls import reverse

    world = World(home_page)
    secret = "Zyxkwoq" + kind.split()[-1].capitalize()
    if kind.startswith("product"):
        page = make_product(world.catalogue, world.producer, title=f"Dao {secret} {MARKER}")
    else:
        page = make_story(world.stories, title=f"Chuyện {secret} {MARKER}")
    world.add(kind, page)
    assert client.get(url_in(page, "vi")).status_code == 200  # a visitor's page view keeps the view restrictions
    assert MARKER in client.get("/vi/search/api/", {"q": secret}).content.decode()

    admin = Client()
    admin.force_login(get_user_model().objects.create_superuser("admin", "admin@example.com", "pw"))
    response = admin.post(reverse("wagtailadmin_pages:set_privacy", args=[page.pk]), {"restriction_type": "login"})
    assert response.json()["step"] == "set_privacy_done"

    for route, _fetch in PUBLIC_ROUTES:
        _assert_hidden(client, world, page, secret, kind=kind, route=route)


def test_a_hidden_products_variant_cannot_be_put_in_the_cart(client, home_page, django_capture_on_commit_callbacks):
    world = World(home_page)
    for kind in ("product unpublished", "product private login"):
        page = _hide(world, kind, "Zyxkwoq" + kind.split()[-1], django_capture_on_commit_callbacks)
        variant = page.variants.first()
        response = client.post("/en/cart/add/", {"variant": variant.pk, "quantity": "1"})
        assert response.status_code in (400, 404), kind
    assert not CartLine.objects.exists()
