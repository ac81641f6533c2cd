"""A cart of bookings only checks out with contact details alone; products still need delivery or pickup."""

import json

import pytest

from storefront.models import DeliveryMethod, Order
from tests.storefront.factories import make_shop
from tests.tourism.factories import make_experience, make_session, make_village

TRAVELLER = {"name": "Nông Thị Lan", "email": "lan@example.com", "phone": "0912345678", "accept_terms": True}


@pytest.fixture
def session(home_page):
    return make_session(make_experience(make_village(home_page)), capacity=6)


def _add_session(client, session):
    return client.post("/en/bookings/add/", {"kind": "session", "session": session.pk, "people": "2", **TRAVELLER})


def test_a_booking_only_checkout_form_asks_no_delivery_or_address(client, session, stripe_settings):
    _add_session(client, session)
    page = client.get("/en/checkout/").content.decode()
    for field in ("delivery_method", "address_kind", "street", "province", "country", "address_lines"):
        assert f'name="{field}"' not in page
    assert 'name="email"' in page

    response = client.post("/en/checkout/", TRAVELLER)

    assert response.status_code == 302, response.content.decode()[:400]
    order = Order.objects.get()
    assert order.delivery_method == DeliveryMethod.NONE
    assert (order.delivery_fee_vnd, order.street, order.province, order.country) == (0, "", "", "")


def test_a_cart_with_a_product_still_requires_a_delivery_choice_and_address(client, home_page, session):
    variant = make_shop(home_page, stock=3)
    client.post("/en/cart/add/", {"variant": variant.pk, "quantity": "1"})
    _add_session(client, session)
    page = client.get("/en/checkout/").content.decode()
    assert 'name="delivery_method"' in page and 'value="none"' not in page

    missing = client.post("/en/checkout/", {**TRAVELLER, "delivery_method": "delivery", "address_kind": "vietnam"})
    assert missing.status_code == 400
    forged = client.post("/en/checkout/", {**TRAVELLER, "delivery_method": "none"})
    assert forged.status_code == 400
    assert not Order.objects.exists()


def _post(client, url, data=None):
    return client.post(url, json.dumps(data or {}), content_type="application/json")


def test_the_api_checks_out_a_booking_only_cart_without_delivery(client, session, stripe_settings):
    token = _post(client, "/api/v1/carts/").json()["token"]
    added = _post(
        client, f"/api/v1/carts/{token}/bookings/", {"kind": "session", "session": session.pk, "people": 2, **TRAVELLER}
    )
    assert added.status_code == 201, added.content
    checkout = _post(client, f"/api/v1/carts/{token}/checkout/", TRAVELLER)
    assert checkout.status_code == 201, checkout.content
    assert Order.objects.get().delivery_method == DeliveryMethod.NONE


def test_the_api_refuses_no_delivery_for_products(client, home_page, stripe_settings):
    variant = make_shop(home_page, stock=3)
    token = _post(client, "/api/v1/carts/").json()["token"]
    _post(client, f"/api/v1/carts/{token}/products/", {"variant": variant.pk, "quantity": 1})
    checkout = _post(client, f"/api/v1/carts/{token}/checkout/", TRAVELLER)
    assert checkout.status_code == 400
    assert not Order.objects.exists()
