"""Back from the pay page, a buyer is never blocked by their own hold, and can return to the payment."""

import json

import pytest
from django.test import Client
from django.utils import timezone, translation

from storefront.models import Order, OrderStatus, StockHold, StockLevel
from tests.storefront.factories import make_shop
from tests.tourism.factories import (
    make_departure,
    make_experience,
    make_homestay,
    make_operator,
    make_package,
    make_session,
    make_village,
)
from tourism.models import Booking, BookingStatus

BUYER = {"name": "Nông Thị Lan", "email": "lan@example.com", "phone": "0912345678", "accept_terms": True}
PICKUP = {**BUYER, "delivery_method": "pickup", "address_kind": "vietnam"}


def _checkout(client, data=PICKUP):
    return client.post("/en/checkout/", data)


def _only_left(count):
    with translation.override("en"):
        return translation.ngettext("Only %(count)s left.", "Only %(count)s left.", count) % {"count": count}


@pytest.fixture
def variants(home_page):
    """The last unit of one variant, and three of another of the same product."""
    first = make_shop(home_page, prices=((185000, 1), (90000, 3)))
    return first, first.product.variants.exclude(pk=first.pk).get()


@pytest.fixture
def last_one(variants):
    return variants[0]


def test_the_cart_counts_its_own_hold_as_available_and_links_back_to_the_payment(client, last_one, stripe_settings):
    client.post("/en/cart/add/", {"variant": last_one.pk, "quantity": "1"})
    assert _checkout(client).status_code == 302
    order = Order.objects.get()
    client.get(f"/en/orders/{order.token}/pay/")  # the payment is created
    order.refresh_from_db()
    assert order.provider_payment_id

    cart = client.get("/en/cart/").content.decode()

    assert "Only 0 left" not in cart
    assert f'href="/en/orders/{order.token}/pay/"' in cart
    expires = timezone.localtime(order.hold_expires_at).strftime("%H:%M")  # Cao Bằng time
    assert order.number in cart and expires in cart and "UTC+7" in cart
    # Looking at the cart gave nothing back: the unit is still held for this order alone.
    assert StockLevel.objects.get(variant=last_one).quantity == 0
    assert StockHold.objects.filter(order=order, released_at__isnull=True).count() == 1

    again = _checkout(client)
    assert again.status_code == 302 and again["Location"] == f"/en/orders/{order.token}/pay/"
    client.get(again["Location"])
    resumed = Order.objects.get()
    assert (resumed.pk, resumed.status, resumed.provider_payment_id) == (
        order.pk,
        OrderStatus.PENDING,
        order.provider_payment_id,
    )
    assert order.payments.count() == 1


def test_another_buyer_still_finds_the_item_held(client, last_one, stripe_settings):
    client.post("/en/cart/add/", {"variant": last_one.pk, "quantity": "1"})
    _checkout(client)
    client.get("/en/cart/")

    other = Client()
    refused = other.post("/en/cart/add/", {"variant": last_one.pk, "quantity": "1"}, HTTP_ACCEPT="application/json")
    assert refused.status_code == 400 and refused.json()["error"] == "not_enough_stock"
    assert "Continue to payment" not in other.get("/en/cart/").content.decode()
    assert Order.objects.filter(status=OrderStatus.PENDING).count() == 1


def test_raising_a_held_quantity_counts_the_own_hold_and_releases_the_order(client, home_page, stripe_settings):
    variant = make_shop(home_page, stock=2)
    client.post("/en/cart/add/", {"variant": variant.pk, "quantity": "1"})
    _checkout(client)
    first = Order.objects.get()
    line = first.cart.lines.get()

    client.post(f"/en/cart/lines/{line.pk}/", {"quantity": "2"})

    line.refresh_from_db()
    first.refresh_from_db()
    assert line.quantity == 2  # not "only 1 left" because of its own hold
    assert first.status == OrderStatus.CANCELLED
    assert StockLevel.objects.get(variant=variant).quantity == 2  # given back at once
    cart = client.get("/en/cart/").content.decode()
    assert first.number in cart and f"/en/orders/{first.token}/pay/" not in cart

    assert _checkout(client).status_code == 302
    second = Order.objects.get(status=OrderStatus.PENDING)
    assert second.pk != first.pk and StockLevel.objects.get(variant=variant).quantity == 0


def test_changing_the_cart_cancels_the_pending_order_and_releases_its_holds(
    client, home_page, last_one, stripe_settings
):
    client.post("/en/cart/add/", {"variant": last_one.pk, "quantity": "1"})
    _checkout(client)
    first = Order.objects.get()
    session = make_session(make_experience(make_village(home_page)), capacity=2)

    client.post("/en/bookings/add/", {"kind": "session", "session": session.pk, "people": "2", **BUYER})

    first.refresh_from_db()
    assert first.status == OrderStatus.CANCELLED
    assert StockLevel.objects.get(variant=last_one).quantity == 1
    assert _checkout(client).status_code == 302
    assert Order.objects.filter(status=OrderStatus.PENDING).count() == 1


def test_removing_a_line_cancels_the_pending_order(client, variants, stripe_settings):
    last_one, other = variants
    client.post("/en/cart/add/", {"variant": last_one.pk, "quantity": "1"})
    client.post("/en/cart/add/", {"variant": other.pk, "quantity": "1"})
    _checkout(client)
    order = Order.objects.get()
    line = order.cart.lines.get(reference=str(other.pk))

    client.post(f"/en/cart/lines/{line.pk}/remove/")

    order.refresh_from_db()
    assert order.status == OrderStatus.CANCELLED
    assert StockLevel.objects.get(variant=last_one).quantity == 1


def test_a_booking_held_by_the_buyers_own_order_is_not_sold_out_to_them(client, home_page, stripe_settings):
    session = make_session(make_experience(make_village(home_page)), capacity=2)
    client.post("/en/bookings/add/", {"kind": "session", "session": session.pk, "people": "2", **BUYER})
    assert client.post("/en/checkout/", BUYER).status_code == 302
    order = Order.objects.get()

    cart = client.get("/en/cart/").content.decode()

    assert _only_left(0) not in cart and f"/en/orders/{order.token}/pay/" in cart
    assert client.post("/en/checkout/", BUYER)["Location"] == f"/en/orders/{order.token}/pay/"
    assert Order.objects.get().pk == order.pk
    assert Booking.objects.filter(session=session, status=BookingStatus.HELD).count() == 1
    # The renewed hold's first booking expired: nobody cancelled anything, the order page does not list it.
    assert not Booking.objects.filter(session=session, status=BookingStatus.CANCELLED).exists()
    assert client.get(f"/en/orders/{order.token}/").content.decode().count('class="order-booking ') == 1

    other = Client()  # a second browser still finds the places taken
    refused = other.post("/en/bookings/add/", {"kind": "session", "session": session.pk, "people": "1", **BUYER})
    assert refused.status_code in (400, 409)


def test_a_package_and_a_room_held_by_the_buyer_stay_available_to_them(client, home_page, stripe_settings):
    village = make_village(home_page)
    experience = make_experience(village)
    session = make_session(experience, capacity=3)
    homestay = make_homestay(village, rooms=((900000, 3),))
    days_ahead = (timezone.localtime(session.starts_at).date() - timezone.localdate()).days
    package = make_package(make_operator(home_page), days=[(1, experience, homestay), (2, None, None)])
    departure = make_departure(package, days_ahead=days_ahead, capacity=3)
    client.post("/en/bookings/add/", {"kind": "departure", "departure": departure.pk, "people": "3", **BUYER})
    assert client.post("/en/checkout/", BUYER).status_code == 302
    order = Order.objects.get()
    assert Booking.objects.filter(parent__order_line__order=order).count() == 2  # the session and the room

    cart = client.get("/en/cart/").content.decode()

    assert _only_left(0) not in cart
    assert client.post("/en/checkout/", BUYER)["Location"] == f"/en/orders/{order.token}/pay/"
    other = Client()
    refused = other.post("/en/bookings/add/", {"kind": "departure", "departure": departure.pk, "people": "1", **BUYER})
    assert refused.status_code in (400, 409)


def _post(client, url, data=None, method="post"):
    return getattr(client, method)(url, json.dumps(data or {}), content_type="application/json")


def test_the_api_follows_the_same_rules(client, variants, stripe_settings):
    variant, other = variants
    token = _post(client, "/api/v1/carts/").json()["token"]
    _post(client, f"/api/v1/carts/{token}/products/", {"variant": variant.pk, "quantity": 1})
    first = _post(client, f"/api/v1/carts/{token}/checkout/", PICKUP)
    assert first.status_code == 201, first.content

    cart = client.get(f"/api/v1/carts/{token}/").json()
    assert cart["lines"][0]["available"] == 1
    assert cart["order"]["state"] == "waiting" and cart["order"]["token"] == str(Order.objects.get().token)

    again = _post(client, f"/api/v1/carts/{token}/checkout/", PICKUP)
    assert again.status_code == 201 and again.json()["order"]["token"] == first.json()["order"]["token"]
    assert Order.objects.count() == 1

    line_id = cart["lines"][0]["id"]
    changed = _post(client, f"/api/v1/carts/{token}/lines/{line_id}/", {"quantity": 1}, method="patch").json()
    assert changed["order"]["state"] == "waiting"  # the same quantity is no change
    added = _post(client, f"/api/v1/carts/{token}/products/", {"variant": other.pk, "quantity": 1}).json()
    assert added["order"]["state"] == "released"
    assert Order.objects.get().status == OrderStatus.CANCELLED
    assert StockLevel.objects.get(variant=variant).quantity == 1


def test_a_booking_added_for_places_the_own_order_holds_is_not_refused(client, home_page, stripe_settings):
    session = make_session(make_experience(make_village(home_page)), capacity=2)
    client.post("/en/bookings/add/", {"kind": "session", "session": session.pk, "people": "2", **BUYER})
    client.post("/en/checkout/", BUYER)
    first = Order.objects.get()
    first_line = first.cart.lines.get()

    added = client.post("/en/bookings/add/", {"kind": "session", "session": session.pk, "people": "1", **BUYER})

    assert added.status_code == 302, added.content.decode()[:300]
    first.refresh_from_db()
    assert first.status == OrderStatus.CANCELLED
    client.post(f"/en/cart/lines/{first_line.pk}/remove/")
    assert client.post("/en/checkout/", BUYER).status_code == 302
    assert Booking.objects.get(session=session, status=BookingStatus.HELD).people == 1
