"""Back from the pay page, a buyer is never blocked by their own hold, and can return to the payment."""

import pytest
from django.test import Client

from storefront.models import Order, OrderStatus
from tests.storefront.factories import make_shop
from tests.tourism.factories import make_experience, make_session, make_village

BUYER = {"name": "Nông Thị Lan", "email": "lan@example.com", "phone": "0912345678"}


def _checkout(client, **extra):
    return client.post("/en/checkout/", {**BUYER, "delivery_method": "pickup", "address_kind": "vietnam", **extra})


@pytest.fixture
def last_one(home_page):
    return make_shop(home_page, stock=1, price=185000)


def test_the_cart_counts_its_own_hold_as_available_and_links_back_to_the_payment(client, last_one, stripe_settings):
    client.post("/en/cart/add/", {"variant": last_one.pk, "quantity": "1"})
    assert _checkout(client).status_code == 302
    order = Order.objects.get()
    client.get(f"/en/orders/{order.token}/pay/")  # the payment is created
    order.refresh_from_db()

    cart = client.get("/en/cart/").content.decode()

    assert "Only 0 left" not in cart
    assert f'href="/en/orders/{order.token}/pay/"' in cart
    assert order.number in cart and "UTC+7" in cart

    again = _checkout(client)
    assert again.status_code == 302 and again["Location"] == f"/en/orders/{order.token}/pay/"
    resumed = Order.objects.get()
    assert (resumed.pk, resumed.status, resumed.provider_payment_id) == (
        order.pk,
        OrderStatus.PENDING,
        order.provider_payment_id,
    )


def test_another_buyer_still_finds_the_item_held(client, last_one, stripe_settings):
    client.post("/en/cart/add/", {"variant": last_one.pk, "quantity": "1"})
    _checkout(client)
    client.get("/en/cart/")  # looking at one's own cart gives nothing back to others

    other = Client()
    other.post("/en/cart/add/", {"variant": last_one.pk, "quantity": "1"})
    _checkout(other)
    assert Order.objects.filter(status=OrderStatus.PENDING).count() == 1  # the other buyer got no order


def test_changing_the_cart_replaces_the_pending_order_and_its_holds(client, home_page, last_one, stripe_settings):
    client.post("/en/cart/add/", {"variant": last_one.pk, "quantity": "1"})
    _checkout(client)
    first = Order.objects.get()
    session = make_session(make_experience(make_village(home_page)), capacity=2)
    client.post("/en/bookings/add/", {"kind": "session", "session": session.pk, "people": "2", **BUYER})
    assert _checkout(client).status_code == 302
    first.refresh_from_db()
    assert first.status == OrderStatus.CANCELLED
    assert Order.objects.filter(status=OrderStatus.PENDING).count() == 1


def test_a_booking_held_by_the_buyers_own_order_is_not_sold_out_to_them(client, home_page, stripe_settings):
    session = make_session(make_experience(make_village(home_page)), capacity=2)
    client.post("/en/bookings/add/", {"kind": "session", "session": session.pk, "people": "2", **BUYER})
    assert client.post("/en/checkout/", BUYER).status_code == 302
    order = Order.objects.get()
    cart = client.get("/en/cart/").content.decode()
    assert "Only 0 left" not in cart and f"/en/orders/{order.token}/pay/" in cart
    assert client.post("/en/checkout/", BUYER)["Location"] == f"/en/orders/{order.token}/pay/"
    assert Order.objects.get().pk == order.pk
