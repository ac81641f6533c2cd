"""Wagtail API v2 at /api/v2/: ?lang=, api_fields, and never a draft, a private page or an unpublished change."""

import json

import pytest
from django.contrib.auth import get_user_model

from tests.api.conftest import SECRET_WORD
from tests.factories import make_standard_page


def _get(client, url, **params):
    response = client.get(url, params)
    return response, response.json()


def _ids(client, url, **params):
    response, body = _get(client, url, **params)
    assert response.status_code == 200, body
    return {item["id"] for item in body["items"]}


def test_a_product_page_in_lao_with_prices_stock_relations_and_renditions(client, content):
    response, page = _get(client, f"/api/v2/pages/{content.product.pk}/", lang="lo")

    assert response.status_code == 200 and response["Content-Language"] == "lo"
    assert page["title"] == "Dao rèn Phúc Sen LO" and page["summary"] == "ສະຫຼຸບ"
    assert page["meta"]["html_url"].endswith("/lo/phalittaphan/" + content.product.slug_lo + "/")
    assert page["translation"] == {"requested": "lo", "shown": "lo", "fallback": False}
    assert page["producer"]["id"] == content.producer.pk and page["producer"]["title"].endswith("(lo)")
    assert [(v["price_vnd"], v["stock_status"], v["available"]) for v in page["variants"]] == [
        (185000, "in_stock", 7),
        (350000, "sold_out", 0),
    ]
    assert page["facts"]["price_from_vnd"] == 185000 and page["facts"]["current_stars"] == 3
    gallery = page["gallery_images"][0]
    assert gallery["alt"] == "ຮູບ" and "fill-480x360" in gallery["image"]["url"] and gallery["image"]["width"] == 64


def test_homestay_experience_and_package_carry_their_availability(client, content):
    _response, homestay = _get(client, f"/api/v2/pages/{content.homestay.pk}/", lang="en")
    _response, experience = _get(client, f"/api/v2/pages/{content.experience.pk}/")
    _response, package = _get(client, f"/api/v2/pages/{content.package.pk}/")
    _response, village = _get(client, f"/api/v2/pages/{content.village.pk}/")

    assert [(r["room_type"], r["nightly_price_vnd"], r["free_tonight"]) for r in homestay["rooms"]] == [
        ("Room", 1000000, True),
        ("Room", 600000, True),
    ]
    assert homestay["village"]["id"] == content.village.pk
    assert experience["upcoming_sessions"] == [
        {"id": content.session.pk, "starts_at": content.session.starts_at.isoformat(), "capacity": 4, "seats_left": 4}
    ]
    # The least of: the departure's 10 seats, the day's session (4), the homestay's rooms (3 + 2 guests).
    assert package["departures"][0]["id"] == content.departure.pk and package["departures"][0]["available"] == 4
    assert package["days"][0]["experience"]["id"] == content.experience.pk
    assert {p["id"] for p in village["experiences"]} == {content.experience.pk}
    assert {p["id"] for p in village["homestays"]} == {content.homestay.pk}


def test_a_missing_translation_falls_back_to_english_and_says_so(client, content):
    page = make_standard_page(
        content.home, title={"vi": "Giới thiệu", "en": "About"}, slug={"vi": "gioi-thieu", "en": "about"}
    )
    page.save_revision().publish()

    _response, body = _get(client, f"/api/v2/pages/{page.pk}/", lang="lo")

    assert body["title"] == "About"
    assert body["translation"] == {"requested": "lo", "shown": "en", "fallback": True}


def test_accept_language_is_the_fallback_for_a_missing_lang(client, content):
    response = client.get(f"/api/v2/pages/{content.product.pk}/", HTTP_ACCEPT_LANGUAGE="zh-Hans,zh;q=0.9")
    assert response.json()["title"] == "Dao rèn Phúc Sen ZH"


@pytest.mark.parametrize("url", ["/api/v2/pages/", "/api/v2/images/", "/api/v1/catalogue/products/", "/api/v1/search/"])
def test_an_unknown_language_is_a_400_with_a_stable_code(client, content, url):
    response = client.get(url, {"lang": "fr"})

    assert response.status_code == 400
    assert response.json()["error"]["code"] == "unknown_language"
    assert "fr" in response.json()["error"]["message"]


def _every_route(content, page):
    """Every way the Wagtail API could list or show `page`."""
    return [
        ("/api/v2/pages/", {}),
        ("/api/v2/pages/", {"search": SECRET_WORD}),
        ("/api/v2/pages/", {"type": "storefront.ProductPage"}),
        ("/api/v2/pages/", {"type": "home.StandardPage", "fields": "*"}),
        ("/api/v2/pages/", {"type": "storefront.ProductPage,home.StandardPage"}),
        ("/api/v2/pages/", {"child_of": content.home.pk}),
        ("/api/v2/pages/", {"child_of": page.get_parent().pk}),
        ("/api/v2/pages/", {"descendant_of": content.home.pk}),
        ("/api/v2/pages/", {"descendant_of": "root"}),
        ("/api/v2/pages/", {"child_of": "root"}),
        ("/api/v2/pages/", {"order": "-id", "limit": 50}),
        ("/api/v2/pages/", {"ancestor_of": page.pk}),
        (f"/api/v2/pages/{content.producer.pk}/", {}),  # relations: the producer's products
    ]


@pytest.mark.parametrize("logged_in", [False, True])
def test_drafts_private_pages_and_unpublished_changes_never_appear(client, content, logged_in):
    if logged_in:  # a session that may read the private page on the site still never gets it from the API
        client.force_login(get_user_model().objects.create_superuser("editor", "e@example.com", "pw"))
    hidden = [content.draft, content.private, content.private_child, content.moderated]
    assert content.moderated.workflow_in_progress and content.changed.workflow_in_progress
    for page in hidden + [content.changed]:
        for url, params in _every_route(content, page):
            response = client.get(url, params)
            assert response.status_code in (200, 400), (url, params, response.content)
            text = response.content.decode()
            assert SECRET_WORD not in text, (url, params)
            if response.status_code == 200 and "items" in response.json():
                assert not {p.pk for p in hidden} & {item["id"] for item in response.json()["items"]}, (url, params)
    for page in hidden:
        assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404
        assert client.get("/api/v2/pages/find/", {"id": page.pk}).status_code == 404
        assert client.get(f"/api/v2/pages/{page.pk}/", {"lang": "en"}).json()["error"]["code"] == "not_found"
    for parent in (content.private, content.draft):  # filters on a hidden page are refused, not answered
        for name in ("child_of", "descendant_of"):
            response = client.get("/api/v2/pages/", {name: parent.pk})
            assert response.status_code == 400 and response.json()["error"]["code"] == "invalid"
    assert client.get("/api/v2/pages/find/", {"html_path": "/rieng/"}).status_code == 404
    assert client.get("/api/v2/pages/find/", {"html_path": "/rieng/con/"}).status_code == 404
    # The live version of a page with a newer draft is served, never the draft.
    changed = client.get(f"/api/v2/pages/{content.changed.pk}/").json()
    assert changed["title"] == "Mật ong bạc hà"


def test_drafts_and_private_pages_never_appear_through_the_commerce_api(client, content):
    from sitesearch.indexing import rebuild_index

    rebuild_index()
    for url, params in [
        ("/api/v1/catalogue/products/", {}),
        ("/api/v1/catalogue/products/", {"page_size": 50, "sort": "price_asc"}),
        (f"/api/v1/catalogue/products/{content.changed.pk}/", {}),
    ]:
        response = client.get(url, params)
        assert response.status_code == 200 and SECRET_WORD not in response.content.decode(), (url, params)
    hidden = {content.draft.pk, content.private.pk, content.private_child.pk, content.moderated.pk}
    for query in (SECRET_WORD, "nhap", "rieng", "thay doi", "dao"):
        hits = client.get("/api/v1/search/", {"q": query}).json()["hits"]
        assert not hidden & {hit["id"] for hit in hits} and not any(SECRET_WORD in hit["title"] for hit in hits), query
    assert client.get(f"/api/v1/catalogue/products/{content.draft.pk}/").status_code == 404
    assert client.get(f"/api/v1/catalogue/products/{content.moderated.pk}/").status_code == 404
    ids = {item["id"] for item in client.get("/api/v1/catalogue/products/").json()["results"]}
    assert ids == {content.product.pk, content.changed.pk}


def test_the_page_size_is_capped(client, content):
    assert client.get("/api/v2/pages/", {"limit": 50}).status_code == 200
    too_many = client.get("/api/v2/pages/", {"limit": 51})
    assert too_many.status_code == 400 and too_many.json()["error"]["code"] == "invalid"
    assert client.get("/api/v1/catalogue/products/", {"page_size": 50}).status_code == 200
    response = client.get("/api/v1/catalogue/products/", {"page_size": 51})
    assert response.status_code == 400 and "page_size" in response.json()["error"]["fields"]


def test_errors_stay_json_under_api_and_are_never_redirected(client, content):
    for url in [
        "/api/v2/pages/99999/",
        "/api/v1/nothing/",
        "/api/v2/pages/4294967296/",
        "/api/v1/catalogue/products/99999/",
    ]:
        response = client.get(url)
        assert response.status_code == 404 and response["Content-Type"].startswith("application/json"), url
        assert response.json()["error"]["code"] == "not_found"
    bad = client.get("/api/v2/pages/", {"child_of": "x"})
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "invalid"
    assert client.get("/api/v2/pages/", {"search": "a\x00b"}).status_code == 400


def test_images_and_documents_are_listed(client, content):
    _response, images = _get(client, "/api/v2/images/")
    assert images["meta"]["total_count"] == 1
    assert client.get("/api/v2/documents/").json()["meta"]["total_count"] == 0


def test_the_schema_and_its_documentation_page(client):
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert schema.status_code == 200
    document = json.loads(schema.content)
    operations = {op["operationId"] for path in document["paths"].values() for op in path.values()}
    assert {
        "pages_list",
        "pages_read",
        "pages_find",
        "images_list",
        "documents_list",
        "catalogue_list",
        "catalogue_product",
        "homestay_availability",
        "experience_availability",
        "package_availability",
        "cart_create",
        "cart_add_product",
        "cart_add_booking",
        "checkout_start",
        "order_read",
        "search",
    } <= operations
    assert all(path.startswith("/api/") for path in document["paths"])
    checkout = document["paths"]["/api/v1/carts/{token}/checkout/"]["post"]["responses"]
    assert {"201", "400", "404", "409", "429", "503"} <= set(checkout)
    docs = client.get("/api/docs/")
    html = docs.content.decode()
    assert docs.status_code == 200 and "swagger-ui-bundle.js" in html and "/static/" in html
    assert "<script>" not in html and "<style" not in html  # nothing inline: a strict CSP holds
    script = client.get("/api/docs/", {"script": ""})
    assert script.status_code == 200 and "/api/schema/" in script.content.decode()


def test_stories_and_events_with_their_body_tags_and_products(client, content):
    from stories.models import EventFeaturedProduct
    from tests.stories.factories import make_event, make_events, make_story, make_story_index, paragraph, product_card

    story = make_story(
        make_story_index(content.home),
        tags=["rèn"],
        bodies={
            "vi": [paragraph("<p>Tiếng búa.</p>"), product_card(content.product)],
            "lo": [paragraph("<p>ສຽງຄ້ອນ.</p>")],
        },
    )
    event = make_event(make_events(content.home))
    EventFeaturedProduct.objects.create(event=event, product=content.product, sort_order=0)
    EventFeaturedProduct.objects.create(event=event, product=content.draft, sort_order=1)

    _response, body = _get(client, f"/api/v2/pages/{story.pk}/", lang="lo")
    assert body["tags"] == ["rèn"] and body["body"][0]["value"] == "<p>ສຽງຄ້ອນ.</p>"
    _response, vi = _get(client, f"/api/v2/pages/{story.pk}/", lang="vi")
    assert [block["type"] for block in vi["body"]] == ["paragraph", "product"]
    _response, fair = _get(client, f"/api/v2/pages/{event.pk}/", lang="en")
    assert fair["place"] == "Hanoi" and [p["id"] for p in fair["featured_products"]] == [content.product.pk]
    listing = client.get("/api/v2/pages/", {"type": "stories.StoryPage", "fields": "summary,tags,translation"}).json()
    assert listing["items"][0]["tags"] == ["rèn"] and listing["items"][0]["translation"]["shown"] == "vi"


def test_a_listing_total_is_counted_once_until_a_publish(client, content):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.storefront.factories import make_product

    url = "/api/v2/pages/?type=storefront.ProductPage&fields=title"
    first = client.get(url).json()["meta"]["total_count"]
    with CaptureQueriesContext(connection) as queries:
        next_page = client.get(url + "&offset=1&limit=1").json()
    make_product(content.product.get_parent(), content.producer, title="Hạt dẻ Trùng Khánh")
    after_publish = client.get(url).json()["meta"]["total_count"]

    assert next_page["meta"]["total_count"] == first and len(next_page["items"]) == 1
    assert not [query for query in queries if "COUNT(" in query["sql"]]
    assert after_publish == first + 1
