"""Payment webhooks, for every gateway: verified, once per event, a status machine that never goes backwards.

Each test taking `payments` runs against Stripe (localstripe) and the test suite's fake gateway
(tests/storefront/gateways.py): the order and refund rules are the gateways' common ground.
"""

import datetime
import time
import uuid

import pytest
import requests
from django.core import mail
from django.utils import timezone, translation
from django.utils.translation import gettext

from core.payments import GatewayError
from storefront.checkout import start_checkout
from storefront.inventory import release_expired_holds
from storefront.models import (
    CartLine,
    Order,
    OrderStatus,
    OrderStatusChange,
    Payment,
    PaymentEvent,
    Refund,
    StockHold,
    StockLevel,
)
from storefront.orders import IllegalTransition, payment_status_after, transition_order
from storefront.payments import stripe_client
from tests.storefront.factories import checkout_details, make_cart, make_shop
from tests.storefront.gateways import post_event, stale


def _order(home_page, payments, *, stock=5, quantity=2, language="vi", paid=None):
    """A pending order whose payment the provider has really taken (`paid`: its own amount/currency)."""
    variant = make_shop(home_page, stock=stock)
    order = start_checkout(cart=make_cart((variant, quantity)), details=checkout_details(language=language))
    payments.pay(order, **(paid or {}))
    return order, variant


def test_signed_payment_makes_the_order_paid_and_sends_one_email(
    client, home_page, payments, django_capture_on_commit_callbacks
):
    order, variant = _order(home_page, payments, language="en")

    with django_capture_on_commit_callbacks(execute=True):
        response = post_event(client, payments, payments.event(order))

    order.refresh_from_db()
    assert response.status_code == 200
    assert order.status == OrderStatus.PAID and order.paid_at is not None
    assert order.stock_holds.get().confirmed_at is not None
    assert StockLevel.objects.get(variant=variant).quantity == 3
    assert not CartLine.objects.exists()
    assert len(mail.outbox) == 1 and order.number in mail.outbox[0].subject
    assert "Thank you: we have received your payment" in mail.outbox[0].body
    payment = Payment.objects.get()
    assert (payment.provider, payment.provider_payment_id, payment.status) == (
        payments.name,
        order.provider_payment_id,
        "succeeded",
    )
    assert PaymentEvent.objects.get().provider == payments.name


def test_the_same_event_three_times_makes_one_paid_order_and_one_email(
    client, home_page, payments, django_capture_on_commit_callbacks
):
    order, _variant = _order(home_page, payments)
    payload = payments.event(order)

    with django_capture_on_commit_callbacks(execute=True):
        responses = [post_event(client, payments, payload) for _ in range(3)]

    assert [r.status_code for r in responses] == [200, 200, 200]
    assert all(b"duplicate" in r.content for r in responses[1:])
    assert PaymentEvent.objects.count() == 1
    assert OrderStatusChange.objects.filter(order=order, to_status=OrderStatus.PAID).count() == 1
    assert len(mail.outbox) == 1


def test_the_same_event_id_from_two_providers_is_two_events(client, home_page, payments, settings):
    """Event ids are unique per provider, not across them."""
    order, _variant = _order(home_page, payments)
    PaymentEvent.objects.create(provider="elsewhere", event_id="evt_test_1", type="x")

    response = post_event(client, payments, payments.event(order, event_id="evt_test_1"))

    assert b"paid" in response.content and Order.objects.get(pk=order.pk).status == OrderStatus.PAID


@pytest.mark.parametrize("change", ["flip", "stale", "missing", "other_secret"])
def test_bad_signatures_are_400_and_write_nothing(client, home_page, payments, change):
    order, _variant = _order(home_page, payments)
    payload = payments.event(order)
    headers = {
        "flip": payments.headers(payload),
        "stale": stale(payments, payload),
        "missing": {},
        "other_secret": payments.headers(payload, secret="whsec_someone_else"),
    }[change]
    if change == "flip":  # one byte of the signed body changed: 370000 → 970000
        payload = payload.replace(b'"amount": 370000', b'"amount": 970000')
        assert b"970000" in payload

    response = post_event(client, payments, payload, headers=headers)

    order.refresh_from_db()
    assert response.status_code == 400
    assert order.status == OrderStatus.PENDING
    assert not PaymentEvent.objects.exists() and not Payment.objects.exists()


def test_an_unknown_gateway_has_no_webhook(client, db):
    response = client.post("/payments/nobody/webhook/", b"{}", content_type="application/json")

    # Not found (Django's LocaleMiddleware answers a 404 outside the language prefixes with a redirect to one).
    assert response.status_code in (302, 404) and not PaymentEvent.objects.exists()


@pytest.mark.parametrize(("amount", "currency", "refunded"), [(1000, "vnd", "1.000"), (1500, "usd", "15.00 USD")])
def test_money_that_does_not_match_the_order_is_refunded_and_flagged(
    client, home_page, payments, django_capture_on_commit_callbacks, django_user_model, amount, currency, refunded
):
    # Really taken at the provider: a tampered or stale payment.
    order, variant = _order(home_page, payments, language="vi", paid={"amount": amount, "currency": currency})

    with django_capture_on_commit_callbacks() as callbacks:
        response = post_event(
            client, payments, payments.event(order, event_id="evt_mismatch", amount=amount, currency=currency)
        )
        assert mail.outbox == []  # nothing is mailed before the refund is committed
    for callback in callbacks:
        callback()
    post_event(client, payments, payments.event(order, event_id="evt_mismatch_again", amount=amount, currency=currency))

    order.refresh_from_db()
    assert b"amount mismatch: refunded" in response.content
    assert (order.status, order.needs_attention, order.attention_reason) == (
        OrderStatus.REFUNDED,
        True,
        "payment_mismatch",
    )
    refund = Refund.objects.get(order=order)  # the second event refunded nothing more
    assert (refund.status, refund.amount, refund.currency, refund.provider) == (
        "succeeded",
        amount,
        currency,
        payments.name,
    )
    assert payments.refunds(order.provider_payment_id) == [(refund.provider_refund_id, amount)]
    assert StockLevel.objects.get(variant=variant).quantity == 5  # the holds went back on sale
    assert CartLine.objects.get().quantity == 2  # the buyer can check out again
    assert Payment.objects.get().status == "succeeded"
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["lan@example.com"]
    assert (
        mail.outbox[0].body.startswith("Xin chào Nông Thị Lan,") and refunded in mail.outbox[0].body
    )  # the order's language

    staff = django_user_model.objects.create_superuser("staff", "staff@example.com", "pw")
    client.force_login(staff)
    flagged = client.get("/admin/snippets/storefront/order/?needs_attention=true").content.decode()
    unflagged = client.get("/admin/snippets/storefront/order/?needs_attention=false").content.decode()
    assert order.number in flagged and order.number not in unflagged
    detail = client.get(f"/admin/snippets/storefront/order/inspect/{order.pk}/").content.decode()
    with translation.override("vi"):  # the admin's language
        assert gettext("Needs attention") in detail and refund.provider_refund_id in detail

    client.post(f"/admin/snippets/storefront/order/resolve/{order.pk}/")
    assert not Order.objects.get(pk=order.pk).needs_attention


def test_the_mismatch_email_lost_on_the_way_is_sent_once_by_the_retry(
    client, home_page, payments, django_capture_on_commit_callbacks
):
    from storefront.emails import send_unsent_emails

    order, _variant = _order(home_page, payments, language="en", paid={"amount": 1000})
    with django_capture_on_commit_callbacks(execute=False):  # the worker died before the email went out
        post_event(client, payments, payments.event(order, event_id="evt_mismatch_lost_mail", amount=1000))

    assert send_unsent_emails(now=timezone.now()) == (1, 0)
    assert send_unsent_emails(now=timezone.now()) == (0, 0)
    assert len(mail.outbox) == 1 and mail.outbox[0].subject == f"Your payment for order {order.number} was refunded"
    assert "did not match the order's amount or currency" in mail.outbox[0].body


def test_a_mismatch_the_provider_cannot_refund_is_delivered_again(client, home_page, payments, settings):
    """The refund fails: nothing is recorded (not even the event), so the provider's redelivery tries again."""
    order, _variant = _order(home_page, payments, paid={"amount": 1000})
    payments.go_down(settings)

    with pytest.raises(GatewayError):
        post_event(client, payments, payments.event(order, event_id="evt_mismatch_down", amount=1000))

    order.refresh_from_db()
    assert order.status == OrderStatus.PENDING and not order.needs_attention
    assert not PaymentEvent.objects.exists() and not Refund.objects.exists()


def test_a_failed_payment_keeps_the_order_pending_and_the_cart(client, home_page, payments):
    order, variant = _order(home_page, payments)

    post_event(client, payments, payments.event(order, event_id="evt_failed", kind="declined"))

    order.refresh_from_db()
    assert order.status == OrderStatus.PENDING and order.last_payment_error == "Your card was declined."
    assert CartLine.objects.get().quantity == 2
    assert StockLevel.objects.get(variant=variant).quantity == 3


def test_a_late_payment_failure_never_moves_a_paid_order_or_its_payment_backwards(client, home_page, payments):
    order, _variant = _order(home_page, payments)

    post_event(client, payments, payments.event(order, event_id="evt_ok"))
    late = post_event(client, payments, payments.event(order, event_id="evt_late_failure", kind="declined"))

    order.refresh_from_db()
    assert late.status_code == 200 and b"ignored: payment already succeeded" in late.content
    assert order.status == OrderStatus.PAID and order.last_payment_error == ""
    assert Payment.objects.get().status == "succeeded"
    assert list(PaymentEvent.objects.order_by("pk").values_list("event_id", "order_id")) == [
        ("evt_ok", order.pk),
        ("evt_late_failure", order.pk),
    ]
    assert list(order.status_changes.values_list("from_status", "to_status")) == [("", "pending"), ("pending", "paid")]
    with pytest.raises(IllegalTransition):
        transition_order(order=order, to_status=OrderStatus.PENDING)


def test_a_refund_that_fails_after_it_was_accepted_is_flagged_and_no_longer_counted(client, home_page, payments):
    from storefront.orders import refund

    order, _variant = _order(home_page, payments)
    post_event(client, payments, payments.event(order))
    row = refund(order_id=order.pk, amount_vnd=100000, request_key=uuid.uuid4().hex)
    update = {"refund_id": row.provider_refund_id, "payment_id": order.provider_payment_id, "amount": 100000}

    accepted = post_event(
        client, payments, payments.refund_event(event_id="evt_refund_ok", status="succeeded", **update)
    )
    failed = [
        post_event(client, payments, payments.refund_event(event_id="evt_refund_failed", status="failed", **update))
        for _ in range(2)
    ]

    order.refresh_from_db()
    row.refresh_from_db()
    assert (
        b"refund succeeded" in accepted.content
        and b"refund failed: flagged" in failed[0].content
        and b"duplicate" in failed[1].content
    )
    assert (row.status, bool(row.failure_message)) == ("failed", True)
    # The order's status never moves back; the money that did not go back is no longer counted, and staff are told.
    assert (order.status, order.refunded_vnd) == (OrderStatus.PAID, 0)
    assert (order.needs_attention, order.attention_reason) == (True, "refund_failed")
    assert PaymentEvent.objects.get(event_id="evt_refund_failed").order == order


@pytest.mark.parametrize(
    ("current", "reported", "after"),
    [
        ("succeeded", "requires_payment_method", "succeeded"),
        ("succeeded", "processing", "succeeded"),
        ("canceled", "succeeded", "canceled"),
        ("requires_payment_method", "succeeded", "succeeded"),
        ("requires_action", "requires_payment_method", "requires_payment_method"),  # declined: another card may follow
    ],
)
def test_the_payment_status_only_moves_forward(current, reported, after):
    assert payment_status_after(current=current, reported=reported) == after


@pytest.mark.parametrize(
    ("path", "refused"),
    [
        (["paid", "fulfilled", "shipped"], "paid"),
        (["paid", "shipped"], "fulfilled"),
        (["cancelled"], "paid"),
        (["paid", "refunded"], "partially_refunded"),
    ],
)
def test_the_status_machine_only_moves_forward(home_page, path, refused):
    order = start_checkout(cart=make_cart((make_shop(home_page, stock=5), 2)), details=checkout_details())
    for status in path:
        transition_order(order=order, to_status=status)

    with pytest.raises(IllegalTransition):
        transition_order(order=order, to_status=refused)
    assert Order.objects.get(pk=order.pk).status == path[-1]


def test_a_payment_after_the_hold_expired_and_the_stock_sold_is_refunded(
    client, home_page, payments, django_capture_on_commit_callbacks
):
    variant = make_shop(home_page, stock=2)
    late = start_checkout(
        cart=make_cart((variant, 2)),
        details=checkout_details(language="en"),
        now=timezone.now() - datetime.timedelta(minutes=30),
    )
    payments.pay(late)
    release_expired_holds()
    start_checkout(cart=make_cart((variant, 2)), details=checkout_details())  # someone else takes the last two

    with django_capture_on_commit_callbacks(execute=True):
        response = post_event(client, payments, payments.event(late))

    late.refresh_from_db()
    assert b"refunded: hold lost" in response.content
    assert late.status == OrderStatus.REFUNDED and late.refunded_vnd == late.total_vnd
    refund = Refund.objects.get(order=late)
    assert refund.status == "succeeded"
    assert payments.refunds(late.provider_payment_id) == [(refund.provider_refund_id, late.total_vnd)]
    assert StockLevel.objects.get(variant=variant).quantity == 0  # the other buyer keeps theirs
    assert not StockHold.objects.filter(order=late, released_at__isnull=True).exists()
    assert len(mail.outbox) == 1 and "refunded" in mail.outbox[0].subject
    assert "Refunded" in client.get(f"/en/orders/{late.token}/").content.decode()


def test_a_payment_after_the_hold_expired_still_in_stock_is_kept(client, home_page, payments):
    variant = make_shop(home_page, stock=5)
    late = start_checkout(
        cart=make_cart((variant, 2)), details=checkout_details(), now=timezone.now() - datetime.timedelta(minutes=30)
    )
    payments.pay(late)
    release_expired_holds()

    post_event(client, payments, payments.event(late))

    late.refresh_from_db()
    assert late.status == OrderStatus.PAID
    assert StockLevel.objects.get(variant=variant).quantity == 3


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_localstripe_delivers_the_webhook_to_a_live_server(live_server, stripe_settings):
    from tests.factories import make_home_page

    variant = make_shop(make_home_page(), stock=5)
    order = start_checkout(cart=make_cart((variant, 1)), details=checkout_details())
    requests.post(
        f"{stripe_settings.STRIPE_API_BASE}/_config/webhooks/live-{uuid.uuid4().hex[:8]}",
        data={"url": live_server.url + "/stripe/webhook/", "secret": stripe_settings.STRIPE_WEBHOOK_SECRET},
        timeout=5,
    ).raise_for_status()
    intent = stripe_client.create_payment_intent(
        amount=order.total_vnd,
        currency="VND",
        idempotency_key=f"order-{order.number}-payment",
        metadata={"order_number": order.number},
        payment_method="pm_card_visa",
    )
    Order.objects.filter(pk=order.pk).update(provider_payment_id=intent.id)

    stripe_client.stripe_client().v1.payment_intents.confirm(intent.id)

    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and Order.objects.get(pk=order.pk).status == OrderStatus.PENDING:
        time.sleep(0.2)
    assert Order.objects.get(pk=order.pk).status == OrderStatus.PAID
    # Other tests' intents may arrive too (localstripe sends every event to every webhook registered).
    assert PaymentEvent.objects.get(provider_payment_id=intent.id).outcome == "paid"
    assert len(mail.outbox) == 1
