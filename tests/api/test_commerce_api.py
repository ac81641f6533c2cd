"""The commerce API as a client that knows only the schema uses it: catalogue in Lao, a homestay's
availability, a cart by token, checkout, payment on localstripe, the order turning paid."""

import datetime
import json

import pytest
from django.core import mail
from django.utils import timezone

from storefront.models import Order, OrderStatus
from storefront.payments import stripe_client
from tests.storefront.factories import payment_event, signed_webhook

SECRET = "whsec_test_secret"  # config.settings.test
TRAVELLER = {"name": "Nông Thị Lan", "email": "lan@example.com", "phone": "0912345678", "accept_terms": True}


def _day(days):
    return (timezone.localdate() + datetime.timedelta(days=days)).isoformat()


def _post(client, url, data=None, **params):
    query = "?" + "&".join(f"{k}={v}" for k, v in params.items()) if params else ""
    return client.post(url + query, data or {}, content_type="application/json")


def test_browse_book_a_homestay_buy_a_product_and_pay(
    client, content, stripe_settings, django_capture_on_commit_callbacks
):
    # Browse the catalogue in Lao: Lao titles, Lao facet labels, prices in đồng.
    catalogue = client.get("/api/v1/catalogue/products/", {"lang": "lo", "sort": "price_asc"}).json()
    knife = next(item for item in catalogue["results"] if item["id"] == content.product.pk)
    assert knife["title"] == "Dao rèn Phúc Sen LO" and knife["price_from_vnd"] == 185000
    handicrafts = next(option for option in catalogue["facets"]["group"] if option["value"] == "handicrafts")
    assert handicrafts["count"] == 2 and handicrafts["label"] == "ຫັດຖະກຳ"
    detail = client.get(f"/api/v1/catalogue/products/{knife['id']}/", {"lang": "lo"}).json()
    variant = next(v for v in detail["variants"] if v["stock_status"] == "in_stock")

    # A homestay's availability for two nights, then a cart addressed by its token only.
    availability = client.get(
        f"/api/v1/homestays/{content.homestay.pk}/availability/",
        {"check_in": _day(10), "check_out": _day(12), "guests": 3},
    ).json()
    assert availability["available"] and availability["nights"] == 2
    room = next(r for r in availability["rooms"] if r["free"] and r["fits"])
    assert room["total_vnd"] == 2_000_000

    created = _post(client, "/api/v1/carts/", lang="lo")
    assert created.status_code == 201 and created["Cache-Control"] == "private, no-store"
    token = created.json()["token"]
    client.cookies.clear()  # no session from here on: the token is the only key
    added = _post(client, f"/api/v1/carts/{token}/products/", {"variant": variant["id"], "quantity": 2}, lang="lo")
    assert added.status_code == 201, added.json()
    booked = _post(
        client,
        f"/api/v1/carts/{token}/bookings/",
        {
            "kind": "stay",
            "room": room["id"],
            "check_in": _day(10),
            "check_out": _day(12),
            "people": 3,
            **TRAVELLER,
        },
        lang="lo",
    )
    assert booked.status_code == 201, booked.json()
    cart = client.get(f"/api/v1/carts/{token}/").json()
    assert cart["subtotal_vnd"] == 2 * 185000 + 2_000_000 and cart["item_count"] == 3

    # Checkout answers the PaymentIntent's client secret; the client pays with Stripe (localstripe).
    checkout = _post(client, f"/api/v1/carts/{token}/checkout/", {**TRAVELLER, "delivery_method": "pickup"}, lang="lo")
    assert checkout.status_code == 201, checkout.json()
    order, payment = checkout.json()["order"], checkout.json()["payment"]
    assert (
        payment["client_secret"].startswith(payment["payment_intent_id"])
        and payment["amount"] == order["total_vnd"] == 2_370_000
    )
    assert payment["currency"] == "vnd" and order["status"] == "pending" and order["language"] == "lo"
    assert {line["booking_status"] for line in order["lines"]} == {None, "held"}
    paid = stripe_client.confirm_with_test_card(
        payment_intent_id=payment["payment_intent_id"],
        card={"number": "4242424242424242", "exp_month": "12", "exp_year": "2031", "cvc": "123"},
    )
    assert paid.status == "succeeded"

    # Stripe's signed webhook makes the order paid; the client polls the order.
    with django_capture_on_commit_callbacks(execute=True):
        body = payment_event(Order.objects.get(token=order["token"]), event_id="evt_api_journey")
        client.post(
            "/stripe/webhook/",
            body,
            content_type="application/json",
            HTTP_STRIPE_SIGNATURE=signed_webhook(body, secret=SECRET),
        )
    status = client.get(f"/api/v1/orders/{order['token']}/", {"lang": "en"})
    assert status["Cache-Control"] == "private, no-store"
    assert status.json()["status"] == OrderStatus.PAID and status.json()["status_label"] == "Paid"
    assert {line["booking_status"] for line in status.json()["lines"]} == {None, "confirmed"}
    assert len(mail.outbox) >= 1


def test_experience_and_package_availability_over_a_date_range(client, content):
    experience = client.get(
        f"/api/v1/experiences/{content.experience.pk}/availability/", {"start": _day(0), "end": _day(40)}
    ).json()
    assert [(s["id"], s["seats_left"]) for s in experience["sessions"]] == [(content.session.pk, 4)]
    assert (
        client.get(
            f"/api/v1/experiences/{content.experience.pk}/availability/", {"start": _day(0), "end": _day(10)}
        ).json()["sessions"]
        == []
    )
    package = client.get(
        f"/api/v1/packages/{content.package.pk}/availability/", {"start": _day(0), "end": _day(40)}
    ).json()
    assert [(d["id"], d["available"]) for d in package["departures"]] == [
        (content.departure.pk, 4)
    ]  # the session's 4 seats
    too_long = client.get(f"/api/v1/packages/{content.package.pk}/availability/", {"start": _day(0), "end": _day(200)})
    assert too_long.status_code == 400 and too_long.json()["error"]["code"] == "invalid"
    backwards = client.get(
        f"/api/v1/homestays/{content.homestay.pk}/availability/", {"check_in": _day(5), "check_out": _day(5)}
    )
    assert backwards.status_code == 400


def test_a_booked_room_is_not_free_for_those_nights(client, content, stripe_settings):
    token = _post(client, "/api/v1/carts/").json()["token"]
    room = content.homestay.rooms.order_by("sort_order").first()
    stay = {"kind": "stay", "room": room.pk, "check_in": _day(3), "check_out": _day(5), "people": 2, **TRAVELLER}
    assert _post(client, f"/api/v1/carts/{token}/bookings/", stay).status_code == 201
    assert (
        _post(client, f"/api/v1/carts/{token}/checkout/", {**TRAVELLER, "delivery_method": "pickup"}).status_code == 201
    )  # holds the room

    availability = client.get(
        f"/api/v1/homestays/{content.homestay.pk}/availability/", {"check_in": _day(4), "check_out": _day(6)}
    ).json()
    assert {r["id"]: r["free"] for r in availability["rooms"]}[room.pk] is False
    other = _post(client, f"/api/v1/carts/{_post(client, '/api/v1/carts/').json()['token']}/bookings/", stay)
    assert other.status_code == 409 and other.json()["error"]["code"] == "sold_out"


def test_cart_errors_have_stable_codes_and_messages_in_the_requested_language(client, content):
    token = _post(client, "/api/v1/carts/").json()["token"]
    sold_out = content.product.variants.get(price_vnd=350000)
    in_vietnamese = _post(client, f"/api/v1/carts/{token}/products/", {"variant": sold_out.pk}, lang="vi")
    in_english = _post(client, f"/api/v1/carts/{token}/products/", {"variant": sold_out.pk}, lang="en")
    assert in_vietnamese.status_code == in_english.status_code == 409
    assert in_vietnamese.json()["error"]["code"] == in_english.json()["error"]["code"] == "not_enough_stock"
    assert "sold out" in in_english.json()["error"]["message"]
    assert in_vietnamese.json()["error"]["message"] != in_english.json()["error"]["message"]

    draft_variant = content.draft.variants.first()
    unknown = _post(client, f"/api/v1/carts/{token}/products/", {"variant": draft_variant.pk})
    assert unknown.status_code == 400 and unknown.json()["error"]["code"] == "unknown_item"
    invalid = _post(client, f"/api/v1/carts/{token}/products/", {"variant": "x", "quantity": 0})
    assert invalid.status_code == 400 and set(invalid.json()["error"]["fields"]) == {"variant", "quantity"}
    empty = _post(client, f"/api/v1/carts/{token}/checkout/", {**TRAVELLER, "delivery_method": "pickup"})
    assert empty.status_code == 400 and empty.json()["error"]["code"] == "empty_cart"
    assert client.get("/api/v1/carts/not-a-token/").status_code == 404
    assert client.get("/api/v1/orders/nope/").json()["error"]["code"] == "not_found"


def test_changing_and_removing_lines(client, content):
    token = _post(client, "/api/v1/carts/").json()["token"]
    variant = content.product.variants.get(price_vnd=185000)
    line = _post(client, f"/api/v1/carts/{token}/products/", {"variant": variant.pk}).json()["lines"][0]
    changed = client.patch(
        f"/api/v1/carts/{token}/lines/{line['id']}/", {"quantity": 5}, content_type="application/json"
    )
    assert changed.json()["lines"][0]["quantity"] == 5
    too_many = client.patch(
        f"/api/v1/carts/{token}/lines/{line['id']}/", {"quantity": 8}, content_type="application/json"
    )
    assert too_many.status_code == 409  # 7 in stock
    assert client.delete(f"/api/v1/carts/{token}/lines/{line['id']}/").json()["lines"] == []
    assert client.delete(f"/api/v1/carts/{token}/lines/{line['id']}/").status_code == 404


def test_checkout_validates_the_address_with_the_web_forms_rules(client, content):
    token = _post(client, "/api/v1/carts/").json()["token"]
    _post(client, f"/api/v1/carts/{token}/products/", {"variant": content.product.variants.get(price_vnd=185000).pk})
    response = _post(
        client, f"/api/v1/carts/{token}/checkout/", {**TRAVELLER, "delivery_method": "delivery"}, lang="en"
    )
    assert response.status_code == 400
    assert set(response.json()["error"]["fields"]) == {"street", "commune", "province"}
    assert response.json()["error"]["fields"]["street"] == ["This field is required for delivery."]


def test_writes_are_throttled_per_address_and_reads_are_not(client, content, settings):
    settings.API_WRITE_THROTTLE_RATE = "2/min"
    assert [_post(client, "/api/v1/carts/").status_code for _ in range(2)] == [201, 201]
    throttled = _post(client, "/api/v1/carts/", lang="en")
    assert throttled.status_code == 429 and throttled.json()["error"]["code"] == "throttled"
    assert int(throttled["Retry-After"]) > 0
    forged = client.post("/api/v1/carts/", {}, content_type="application/json", HTTP_X_FORWARDED_FOR="203.0.113.9")
    assert forged.status_code == 429  # a made-up X-Forwarded-For is not a new client
    assert [client.get("/api/v1/catalogue/products/").status_code for _ in range(5)] == [200] * 5


@pytest.mark.parametrize("origin, allowed", [("https://partner.example", True), ("https://evil.example", False)])
def test_cors_only_for_configured_origins(client, content, settings, origin, allowed):
    settings.CORS_ALLOWED_ORIGINS = ["https://partner.example"]
    response = client.get("/api/v1/catalogue/products/", HTTP_ORIGIN=origin)
    assert (response.headers.get("Access-Control-Allow-Origin") == origin) is allowed
    preflight = client.options("/api/v1/carts/", HTTP_ORIGIN=origin, HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST")
    assert (preflight.headers.get("Access-Control-Allow-Origin") == origin) is allowed
    page = client.get("/vi/", HTTP_ORIGIN=origin)  # the site itself is never opened to other origins
    assert "Access-Control-Allow-Origin" not in page.headers


def test_search_in_lao_with_facets(client, content):
    from sitesearch.indexing import rebuild_index

    rebuild_index()
    body = client.get("/api/v1/search/", {"q": "dao ren", "lang": "lo"}).json()
    assert any(hit["id"] == content.product.pk and hit["title"] == "Dao rèn Phúc Sen LO" for hit in body["hits"])
    assert "type" in body["facets"]
    bad = client.get("/api/v1/search/", {"type": "spaceship"})
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "invalid"


def test_checkout_is_a_503_when_stripe_is_unreachable_and_the_retry_gets_the_same_order(
    client, content, stripe_settings
):
    from tests.servers import free_port

    token = _post(client, "/api/v1/carts/").json()["token"]
    _post(client, f"/api/v1/carts/{token}/products/", {"variant": content.product.variants.get(price_vnd=185000).pk})
    localstripe = stripe_settings.STRIPE_API_BASE
    stripe_settings.STRIPE_API_BASE = f"http://127.0.0.1:{free_port()}"  # nothing listens there

    down = _post(client, f"/api/v1/carts/{token}/checkout/", {**TRAVELLER, "delivery_method": "pickup"}, lang="en")
    stripe_settings.STRIPE_API_BASE = localstripe
    again = _post(client, f"/api/v1/carts/{token}/checkout/", {**TRAVELLER, "delivery_method": "pickup"})

    assert down.status_code == 503 and down.json()["error"]["code"] == "payment_unavailable"
    assert again.status_code == 201
    assert Order.objects.filter(cart__token=token).count() == 1


def test_a_server_error_under_api_is_json_and_elsewhere_the_plain_page():
    from django.test import RequestFactory

    from api.errors import server_error

    api = server_error(RequestFactory().get("/api/v1/catalogue/products/"))
    assert api.status_code == 500 and api["Content-Type"] == "application/json"
    assert json.loads(api.content)["error"]["code"] == "server_error"
    page = server_error(RequestFactory().get("/vi/"))
    assert page.status_code == 500 and page["Content-Type"].startswith("text/html")
    assert b"Traceback" not in page.content
