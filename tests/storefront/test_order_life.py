"""The whole life of an order after payment: partial refunds that leave the rest shippable, refunds
per line with restocking (once), shipping with a carrier and tracking link, the buyer's emails in
their language, and staff reading the lines in their own language (docs/orders.md)."""

import uuid

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from core.money import format_vnd
from storefront.checkout import start_checkout
from storefront.models import (
    OrderStatus,
    ProducerMember,
    Refund,
    RefundLine,
    StockLevel,
)
from storefront.orders import (
    IllegalTransition,
    LineRefund,
    RefundError,
    cancel_order,
    mark_fulfilled,
    mark_shipped,
    refund,
)
from tests.storefront.factories import (
    checkout_details,
    make_cart,
    make_catalogue,
    make_producer,
    make_product,
)
from tests.storefront.gateways import post_event
from tests.storefront.test_concurrency import run_at_once

ADMIN = "/admin/snippets/storefront/order"


def _staff(client, django_user_model, *, language, username="nhanvien"):
    from wagtail.users.models import UserProfile

    user = django_user_model.objects.create_superuser(username, f"{username}@example.com", "pw")
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": language})
    client.force_login(user)
    return user


def _shop(home_page):
    """Two variants of one product: 150.000 ₫ (5 in stock) and 90.000 ₫ (5 in stock)."""
    catalogue, producers = make_catalogue(home_page)
    producer = make_producer(producers)
    product = make_product(catalogue, producer, prices=((150000, 5), (90000, 5)))
    return list(product.variants.order_by("sort_order", "pk"))


def _paid(home_page, payments, *, language="vi", discount=0):
    """An order of 2 × 150.000 ₫ and 1 × 90.000 ₫, really paid at the provider (so refunds go through it)."""
    big, small = _shop(home_page)
    with translation.override(language):  # the lines are written in the language the buyer reads
        order = start_checkout(cart=make_cart((big, 2), (small, 1)), details=checkout_details(language=language))
    if discount:  # as the vouchers helper spreads a discount over the lines
        line = order.lines.get(variant=big)
        line.discount_vnd = discount
        line.save(update_fields=["discount_vnd"])
        order.discount_vnd, order.total_vnd = discount, order.total_vnd - discount
        order.save(update_fields=["discount_vnd", "total_vnd"])
    payments.pay(order)
    with translation.override(language):
        post_event_paid(order, payments)
    order.refresh_from_db()
    mail.outbox.clear()
    return order, big, small


def post_event_paid(order, payments):
    from django.test import Client

    assert post_event(Client(), payments, payments.event(order, event_id=f"evt_{uuid.uuid4().hex}")).status_code == 200


def _stock(variant):
    return StockLevel.objects.get(variant=variant).quantity


@pytest.mark.django_db
def test_a_partly_refunded_order_is_still_packed_and_shipped(
    client, django_user_model, home_page, payments, django_capture_on_commit_callbacks
):
    order, big, small = _paid(home_page, payments, language="zh-hans")
    line = order.lines.get(variant=big)
    _staff(client, django_user_model, language="vi")
    assert (order.status, _stock(big)) == (OrderStatus.PAID, 3)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"{ADMIN}/refund/{order.pk}/",
            {f"quantity_{line.pk}": "1", f"restock_{line.pk}": "on", "reason": "vỡ", "request_key": uuid.uuid4().hex},
        )
        client.post(f"{ADMIN}/fulfil/{order.pk}/")
        client.post(
            f"{ADMIN}/ship/{order.pk}/",
            {"carrier": "VNPost", "tracking_number": "EB123456789VN", "tracking_url": "https://vnpost.vn/t/EB123"},
        )

    order.refresh_from_db()
    line.refresh_from_db()
    assert (order.status, order.refunded_vnd) == (OrderStatus.SHIPPED, 150000)
    assert (order.carrier, order.tracking_number, order.tracking_url) == (
        "VNPost",
        "EB123456789VN",
        "https://vnpost.vn/t/EB123",
    )
    assert (line.refunded_quantity, line.restocked_quantity, _stock(big), _stock(small)) == (1, 1, 4, 4)
    assert payments.refunds(order.provider_payment_id) == [(Refund.objects.get().provider_refund_id, 150000)]
    assert list(order.status_changes.values_list("to_status", flat=True)) == ["pending", "paid", "fulfilled", "shipped"]
    # The buyer got two emails, in Chinese: the refund (amount in đồng) and the parcel with its link.
    assert len(mail.outbox) == 2
    refunded, shipped = mail.outbox
    with translation.override("zh-hans"):
        assert gettext("A refund for your order %(number)s") % {"number": order.number} == refunded.subject
        assert format_vnd(150000, "zh-hans") in refunded.body and "VND" in refunded.body
        assert gettext("Tracking number") in shipped.body and gettext("Tracking number") != "Tracking number"
    assert "https://vnpost.vn/t/EB123" in shipped.body and "VNPost" in shipped.body
    assert "/zh-hans/" in shipped.body  # the order's link in the buyer's language

    # The buyer's order page shows the refund, the refunded unit and the tracking link.
    with translation.override("zh-hans"):
        html = client.get(reverse("storefront:order", kwargs={"token": order.token})).content.decode()
    assert 'href="https://vnpost.vn/t/EB123"' in html and "EB123456789VN" in html
    assert format_vnd(150000, "zh-hans") in html and 'class="line-refunded"' in html


@pytest.mark.django_db
def test_a_line_refund_restocks_once_however_often_the_provider_reports_it(
    client, home_page, payments, django_capture_on_commit_callbacks
):
    order, big, _small = _paid(home_page, payments, discount=30000)
    line = order.lines.get(variant=big)

    with django_capture_on_commit_callbacks(execute=True):
        row = refund(order_id=order.pk, request_key="k1", lines=[LineRefund(line_id=line.pk, quantity=1, restock=True)])
        again = refund(
            order_id=order.pk, request_key="k1", lines=[LineRefund(line_id=line.pk, quantity=1, restock=True)]
        )
        update = {"refund_id": row.provider_refund_id, "payment_id": order.provider_payment_id, "amount": row.amount}
        for event_id in ("evt_r1", "evt_r1", "evt_r2"):  # a replay, and the same news under another event id
            post_event(client, payments, payments.refund_event(event_id=event_id, status="succeeded", **update))

    order.refresh_from_db()
    line.refresh_from_db()
    # 2 × 150.000 less the line's 30.000 discount: one unit is worth 135.000.
    assert (row.pk, row.amount, order.refunded_vnd) == (again.pk, 135000, 135000)
    assert (line.refunded_quantity, line.restocked_quantity, _stock(big)) == (1, 1, 4)
    assert list(RefundLine.objects.values_list("line_id", "quantity", "amount", "restock")) == [
        (line.pk, 1, 135000, True)
    ]
    assert len(payments.refunds(order.provider_payment_id)) == 1
    assert len(mail.outbox) == 1  # one refund, one email

    # The last unit takes what is left of the line: every unit refunded gives back exactly what was paid.
    last = refund(order_id=order.pk, request_key="k2", lines=[LineRefund(line_id=line.pk, quantity=1)])
    line.refresh_from_db()
    assert (last.amount, line.refunded_quantity, line.restocked_quantity, _stock(big)) == (135000, 2, 1, 4)


@pytest.mark.django_db
def test_more_units_or_money_than_bought_is_refused_in_the_staff_language(
    client, django_user_model, home_page, payments
):
    order, big, small = _paid(home_page, payments)
    line = order.lines.get(variant=big)
    _staff(client, django_user_model, language="vi")

    too_many = client.post(
        f"{ADMIN}/refund/{order.pk}/",
        {f"quantity_{line.pk}": "3", "request_key": uuid.uuid4().hex},
        follow=True,
    ).content.decode()
    too_much = client.post(
        f"{ADMIN}/refund/{order.pk}/",
        {"amount_vnd": str(order.total_vnd + 1), "request_key": uuid.uuid4().hex},
        follow=True,
    ).content.decode()
    with pytest.raises(RefundError):
        refund(order_id=order.pk, request_key="k", lines=[LineRefund(line_id=line.pk, quantity=3)])

    order.refresh_from_db()
    assert (order.refunded_vnd, Refund.objects.count(), payments.refunds(order.provider_payment_id)) == (0, 0, [])
    with translation.override("vi"):
        units = gettext("%(item)s: only %(left)s of %(bought)s units are left to refund.") % {
            "item": line.sku,
            "left": 2,
            "bought": 2,
        }
        money = gettext("Enter an amount between 1 and %(left)s đồng.") % {"left": order.total_vnd}
    assert units in too_many
    assert money in too_much and money != "Enter an amount between 1 and %s đồng." % order.total_vnd


@pytest.mark.django_db
def test_a_cancelled_order_is_refunded_restocked_and_told_once_in_lao(
    client, home_page, payments, django_capture_on_commit_callbacks
):
    order, big, small = _paid(home_page, payments, language="lo")
    refund(order_id=order.pk, amount_vnd=10000, request_key="part")
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        cancel_order(order_id=order.pk, request_key="cancel-1")
        cancel_order(order_id=order.pk, request_key="cancel-1")  # a double click
    with pytest.raises(RefundError):
        cancel_order(order_id=order.pk, request_key="cancel-2")

    order.refresh_from_db()
    assert (order.status, order.refunded_vnd) == (OrderStatus.CANCELLED, order.total_vnd)
    assert (_stock(big), _stock(small)) == (5, 5)
    assert sorted(amount for _id, amount in payments.refunds(order.provider_payment_id)) == [
        10000,
        order.total_vnd - 10000,
    ]
    assert len(mail.outbox) == 1
    with translation.override("lo"):
        assert mail.outbox[0].subject == gettext("Your order %(number)s is cancelled") % {"number": order.number}
        assert gettext("Hello %(name)s,") % {"name": order.name} in mail.outbox[0].body
    assert format_vnd(order.total_vnd - 10000, "lo") in mail.outbox[0].body
    with pytest.raises(IllegalTransition):  # a cancelled order is never shipped
        mark_shipped(order_id=order.pk, tracking_number="X")
    # The payment's success reported again (another event id) refunds nothing more.
    again = post_event(client, payments, payments.event(order, event_id="evt_paid_again"))
    assert b"already cancelled" in again.content and len(payments.refunds(order.provider_payment_id)) == 2


@pytest.mark.django_db
def test_a_fully_refunded_order_cannot_be_shipped(home_page, payments):
    order, _big, _small = _paid(home_page, payments)
    mark_fulfilled(order_id=order.pk)
    refund(order_id=order.pk, amount_vnd=order.total_vnd, request_key="all")

    order.refresh_from_db()
    assert order.status == OrderStatus.REFUNDED
    with pytest.raises(IllegalTransition):
        mark_shipped(order_id=order.pk, tracking_number="X")


@pytest.mark.django_db
def test_the_ship_form_refuses_a_tracking_link_that_is_not_a_web_address(
    client, django_user_model, home_page, payments
):
    order, _big, _small = _paid(home_page, payments)
    _staff(client, django_user_model, language="vi")

    client.post(
        f"{ADMIN}/ship/{order.pk}/",
        {"carrier": "GHN", "tracking_number": "GHN1", "tracking_url": "javascript:alert(1)"},
    )

    order.refresh_from_db()
    assert (order.status, order.tracking_url, order.tracking_number) == (OrderStatus.PAID, "", "")


@pytest.mark.django_db
def test_staff_and_producers_read_a_chinese_order_in_their_own_language(client, django_user_model, home_page):
    catalogue, producers = make_catalogue(home_page)
    producer = make_producer(producers)
    product = make_product(catalogue, producer, title="Hạt dẻ Trùng Khánh", prices=((185000, 5),))
    variant = product.variants.get()
    with translation.override("zh-hans"):
        order = start_checkout(cart=make_cart((variant, 1)), details=checkout_details(language="zh-hans"))
    order.status = OrderStatus.PAID
    order.save(update_fields=["status"])
    line = order.lines.get()
    assert line.description == "Hạt dẻ Trùng Khánh ZH"  # the snapshot the buyer agreed to stays

    staff = _staff(client, django_user_model, language="vi")
    inspect = client.get(f"{ADMIN}/inspect/{order.pk}/").content.decode()
    group = Group.objects.create(name="producer")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    seller = django_user_model.objects.create_user("seller", "s@example.com", "pw")
    seller.groups.add(group)
    ProducerMember.objects.create(producer=producer, user=seller)
    from wagtail.users.models import UserProfile

    UserProfile.objects.update_or_create(user=seller, defaults={"preferred_language": "vi"})
    client.force_login(seller)
    sales = client.get("/admin/my-sales/").content.decode()
    UserProfile.objects.filter(user=staff).update(preferred_language="en")
    client.force_login(staff)
    in_english = client.get(f"{ADMIN}/inspect/{order.pk}/").content.decode()

    assert "Hạt dẻ Trùng Khánh · 500 g" in inspect and line.sku in inspect and order.number in inspect
    assert "Hạt dẻ Trùng Khánh ZH" in inspect  # shown as bought, marked so
    assert "Hạt dẻ Trùng Khánh · 500 g" in sales and line.sku in sales
    assert "Hạt dẻ Trùng Khánh ZH" not in sales
    assert "Hạt dẻ Trùng Khánh EN · 500 g" in in_english


@pytest.mark.django_db
def test_a_booking_line_is_refunded_by_amount_only(home_page, payments):
    order, big, _small = _paid(home_page, payments)
    line = order.lines.get(variant=big)
    line.kind = "booking"  # as tourism's line source writes it
    line.save(update_fields=["kind"])

    with pytest.raises(RefundError):
        refund(order_id=order.pk, request_key="b", lines=[LineRefund(line_id=line.pk, quantity=1)])
    assert refund(order_id=order.pk, request_key="b2", amount_vnd=50000).amount == 50000


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_three_editors_refunding_the_last_two_units_at_once(home_page, payments):
    order, big, _small = _paid(home_page, payments)
    line = order.lines.get(variant=big)

    results = run_at_once(
        3,
        lambda i: refund(
            order_id=order.pk, request_key=f"editor-{i}", lines=[LineRefund(line_id=line.pk, quantity=1, restock=True)]
        ),
    )

    line.refresh_from_db()
    assert sorted(type(result).__name__ for result in results) == ["Refund", "Refund", "RefundError"]
    assert (line.refunded_quantity, line.restocked_quantity, _stock(big)) == (2, 2, 5)
    assert sorted(amount for _id, amount in payments.refunds(order.provider_payment_id)) == [150000, 150000]
