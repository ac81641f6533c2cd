"""Orders in the Wagtail admin: listing, filters, detail, fulfil/ship, refunds once per request."""

import uuid

import pytest

from storefront.checkout import start_checkout
from storefront.models import Order, OrderStatus, Refund
from storefront.orders import transition_order
from tests.storefront.factories import checkout_details, make_cart, make_shop


@pytest.fixture
def admin(client, django_user_model):
    from wagtail.users.models import UserProfile

    user = django_user_model.objects.create_superuser("editor", "editor@example.com", "pw")
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "en"})
    client.force_login(user)
    return client


def _paid_order(home_page):
    """Paid as far as the shop knows (no refund goes through to a provider in these tests)."""
    variant = make_shop(home_page, stock=5, price=150000)
    order = start_checkout(cart=make_cart((variant, 2)), details=checkout_details())
    order.provider_payment_id = f"pi_{uuid.uuid4().hex[:10]}"
    order.save()
    transition_order(order=order, to_status=OrderStatus.PAID)
    return order


def test_listing_filters_and_detail(admin, home_page):
    order = _paid_order(home_page)

    listing = admin.get("/admin/snippets/storefront/order/?status=paid")
    empty = admin.get("/admin/snippets/storefront/order/?status=shipped")
    detail = admin.get(f"/admin/snippets/storefront/order/inspect/{order.pk}/")

    assert order.number in listing.content.decode()
    assert order.number not in empty.content.decode()
    assert detail.status_code == 200
    assert "Mark packed" in detail.content.decode() and order.lines.get().sku in detail.content.decode()
    assert admin.get("/admin/snippets/storefront/order/add/").status_code in (302, 403)


def test_fulfil_then_ship_with_tracking(admin, home_page):
    order = _paid_order(home_page)

    admin.post(f"/admin/snippets/storefront/order/fulfil/{order.pk}/")
    admin.post(
        f"/admin/snippets/storefront/order/ship/{order.pk}/",
        {"carrier": "VNPost", "tracking_number": "VN123456789", "tracking_url": "https://vnpost.vn/t/VN123456789"},
    )
    admin.post(f"/admin/snippets/storefront/order/fulfil/{order.pk}/")  # too late: refused, no change

    order.refresh_from_db()
    assert (order.status, order.tracking_number) == (OrderStatus.SHIPPED, "VN123456789")
    assert list(order.status_changes.values_list("to_status", flat=True)) == ["pending", "paid", "fulfilled", "shipped"]


def _order_paid_through(home_page, payments):
    variant = make_shop(home_page, stock=5, price=150000)
    order = start_checkout(cart=make_cart((variant, 2)), details=checkout_details())
    payments.pay(order)  # really paid at the provider, so refunds can go through it
    transition_order(order=order, to_status=OrderStatus.PAID)
    return order


def test_a_refund_clicked_three_times_refunds_once(admin, home_page, payments):
    order = _order_paid_through(home_page, payments)
    form = {"amount_vnd": "100000", "reason": "broken jar", "request_key": uuid.uuid4().hex}

    for _ in range(3):
        admin.post(f"/admin/snippets/storefront/order/refund/{order.pk}/", form)

    order.refresh_from_db()
    refund = Refund.objects.get()
    assert payments.refunds(order.provider_payment_id) == [(refund.provider_refund_id, 100000)]
    assert (refund.provider, order.status, order.refunded_vnd) == (
        payments.name,
        OrderStatus.PAID,
        100000,
    )

    admin.post(
        f"/admin/snippets/storefront/order/refund/{order.pk}/",
        {**form, "amount_vnd": "200000", "request_key": uuid.uuid4().hex},
    )
    order.refresh_from_db()
    assert (order.status, order.refunded_vnd, Refund.objects.count()) == (OrderStatus.REFUNDED, 300000, 2)
    assert sorted(amount for _id, amount in payments.refunds(order.provider_payment_id)) == [100000, 200000]


def test_a_refund_above_what_is_left_is_refused(admin, home_page):
    order = _paid_order(home_page)

    response = admin.post(
        f"/admin/snippets/storefront/order/refund/{order.pk}/",
        {"amount_vnd": "999999", "request_key": "k1"},
        follow=True,
    )

    assert "Enter an amount between 1 and 300000" in response.content.decode()
    assert not Refund.objects.exists() and Order.objects.get().status == OrderStatus.PAID


def test_a_refund_the_provider_refuses_is_recorded_as_failed_and_can_be_asked_again(admin, home_page, payments):
    order = _order_paid_through(home_page, payments)
    paid_id = order.provider_payment_id
    Order.objects.filter(pk=order.pk).update(provider_payment_id="pay_unknown")  # the provider answers with an error
    form = {"amount_vnd": "300000", "reason": "wrong size", "request_key": uuid.uuid4().hex}

    response = admin.post(f"/admin/snippets/storefront/order/refund/{order.pk}/", form, follow=True)

    refund = Refund.objects.get()
    assert "Nothing was refunded" in response.content.decode()
    assert refund.status == "failed" and refund.failure_message and refund.provider_refund_id is None
    assert refund.failure_message in response.content.decode()  # on the order's detail page
    assert Order.objects.get().status == OrderStatus.PAID

    Order.objects.filter(pk=order.pk).update(provider_payment_id=paid_id)
    admin.post(f"/admin/snippets/storefront/order/refund/{order.pk}/", form)  # the same form sent again

    refund.refresh_from_db()
    assert (refund.status, refund.failure_message) == ("succeeded", "")
    assert Order.objects.get().status == OrderStatus.REFUNDED
