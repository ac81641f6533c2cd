"""A signed-in customer's checkout: prefilled, and the order is theirs; guests still check out."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from customers.models import CustomerProfile, SavedAddress
from storefront.models import Order, OrderStatus
from tests.customers.helpers import sign_in_by_code
from tests.storefront.factories import make_shop
from tests.storefront.gateways import post_event
from tests.tourism.factories import make_experience, make_session, make_village

pytestmark = pytest.mark.django_db

PICKUP = {
    "name": "Lan",
    "email": "lan@example.com",
    "phone": "0912",
    "delivery_method": "pickup",
    "address_kind": "vietnam",
    "accept_terms": True,
}


def test_checkout_starts_with_the_contact_and_default_address(client, home_page):
    user = get_user_model().objects.create_user("lan", "lan@example.com", "a-long-passphrase")
    EmailAddress.objects.create(user=user, email="lan@example.com", primary=True, verified=True)
    CustomerProfile.objects.create(user=user, name="Nông Thị Lan", phone="0912345678")
    SavedAddress.objects.create(
        user=user, name="Lan", street="Số 5 Hoàng Đình Giong", commune="Hợp Giang", province="Cao Bằng", is_default=True
    )
    SavedAddress.objects.create(user=user, name="Lan", street="Old street", commune="Sông Hiến", province="Cao Bằng")
    variant = make_shop(home_page, stock=5)
    client.force_login(user)
    client.post("/en/cart/add/", {"variant": variant.pk, "quantity": "1"})

    page = client.get("/en/checkout/").content.decode()
    assert 'value="Nông Thị Lan"' in page and 'value="lan@example.com"' in page and 'value="0912345678"' in page
    assert 'value="Số 5 Hoàng Đình Giong"' in page and "Old street" not in page


def test_a_guest_gets_an_empty_form(client, home_page):
    SavedAddress.objects.create(
        user=get_user_model().objects.create_user("lan", "lan@example.com", "x"),
        name="Lan",
        street="Số 5 Hoàng Đình Giong",
        commune="Hợp Giang",
        province="Cao Bằng",
        is_default=True,
    )
    variant = make_shop(home_page, stock=5)
    client.post("/en/cart/add/", {"variant": variant.pk, "quantity": "1"})
    page = client.get("/en/checkout/").content.decode()
    assert "Hoàng Đình Giong" not in page and "lan@example.com" not in page


def test_the_order_is_the_customers_and_a_guests_is_nobodys(client, home_page, payments):
    variant = make_shop(home_page, stock=5)
    client.post("/en/cart/add/", {"variant": variant.pk, "quantity": "1"})
    client.post("/en/checkout/", PICKUP)
    guest_order = Order.objects.get()
    assert guest_order.user is None

    sign_in_by_code(client, "mai@example.com")
    client.post("/en/cart/add/", {"variant": variant.pk, "quantity": "2"})
    client.post("/en/checkout/", {**PICKUP, "email": "mai@example.com"})
    order = Order.objects.exclude(pk=guest_order.pk).get()
    assert order.user.email == "mai@example.com"


def test_a_signed_in_travellers_booking_is_listed_with_its_cancel_link(
    client, home_page, payments, django_capture_on_commit_callbacks
):
    experience = make_experience(make_village(home_page), price=450000, free_days=7, late_percent=50)
    session = make_session(experience, days_ahead=20)
    sign_in_by_code(client, "fang@example.com", language="zh-hans")
    traveller = {"name": "Wang Fang", "email": "fang@example.com", "phone": "+86 138 0000 0000", "accept_terms": True}
    client.post("/zh-hans/bookings/add/", {"kind": "session", "session": session.pk, "people": "2", **traveller})
    client.post("/zh-hans/checkout/", traveller)
    order = Order.objects.get()
    payments.pay(order)
    with django_capture_on_commit_callbacks(execute=True):
        post_event(client, payments, payments.event(order, event_id=f"evt_{order.pk}"))
    order.refresh_from_db()
    assert order.status == OrderStatus.PAID and order.user.email == "fang@example.com"

    page = client.get("/zh-hans/account/").content.decode()
    booking = order.lines.get().bookings.get(parent=None)
    assert f'href="/zh-hans/bookings/{order.token}/{booking.pk}/cancel/"' in page
    assert f'href="/zh-hans/orders/{order.token}/"' in page
