"""Stripe's webhook: signed, once per event, a status machine that never goes backwards."""
import datetime
import time
import uuid

import pytest
import requests
from django.core import mail
from django.utils import timezone, translation
from django.utils.translation import gettext

from storefront.checkout import start_checkout
from storefront.inventory import release_expired_holds
from storefront.models import CartLine, Order, OrderStatus, OrderStatusChange, Payment, Refund, StockHold, StockLevel, StripeEvent
from storefront.orders import IllegalTransition, transition_order
from storefront.payments import stripe_client
from storefront.payments.webhooks import payment_status_after
from tests.storefront.factories import checkout_details, make_cart, make_shop, payment_event, signed_webhook

SECRET = "whsec_test_secret"  # config.settings.test


def _order(home_page, *, stock=5, quantity=2, intent_id=None, language="vi"):
    variant = make_shop(home_page, stock=stock)
    order = start_checkout(cart=make_cart((variant, quantity)), details=checkout_details(language=language))
    Order.objects.filter(pk=order.pk).update(payment_intent_id=intent_id or f"pi_test_{uuid.uuid4().hex[:12]}")
    order.refresh_from_db()
    return order, variant


def _post(client, payload, *, signature=None):
    header = signed_webhook(payload, secret=SECRET) if signature is None else signature
    return client.post("/stripe/webhook/", payload, content_type="application/json", HTTP_STRIPE_SIGNATURE=header)


def test_signed_payment_makes_the_order_paid_and_sends_one_email(client, home_page, django_capture_on_commit_callbacks):
    order, variant = _order(home_page, language="en")

    with django_capture_on_commit_callbacks(execute=True):
        response = _post(client, payment_event(order))

    order.refresh_from_db()
    assert response.status_code == 200
    assert order.status == OrderStatus.PAID and order.paid_at is not None
    assert order.stock_holds.get().confirmed_at is not None
    assert StockLevel.objects.get(variant=variant).quantity == 3
    assert not CartLine.objects.exists()
    assert len(mail.outbox) == 1 and order.number in mail.outbox[0].subject
    assert "Thank you: we have received your payment" in mail.outbox[0].body
    assert Payment.objects.get().status == "succeeded"


def test_the_same_event_three_times_makes_one_paid_order_and_one_email(client, home_page, django_capture_on_commit_callbacks):
    order, _variant = _order(home_page)
    payload = payment_event(order)

    with django_capture_on_commit_callbacks(execute=True):
        responses = [_post(client, payload) for _ in range(3)]

    assert [r.status_code for r in responses] == [200, 200, 200]
    assert [r.content for r in responses[1:]] == [b"duplicate", b"duplicate"]
    assert StripeEvent.objects.count() == 1
    assert OrderStatusChange.objects.filter(order=order, to_status=OrderStatus.PAID).count() == 1
    assert len(mail.outbox) == 1


@pytest.mark.parametrize("change", ["flip", "stale", "missing", "other_secret"])
def test_bad_signatures_are_400_and_write_nothing(client, home_page, change):
    order, _variant = _order(home_page)
    payload = payment_event(order)
    signature = {
        "flip": signed_webhook(payload, secret=SECRET),
        "stale": signed_webhook(payload, secret=SECRET, timestamp=time.time() - 3600),
        "missing": "",
        "other_secret": signed_webhook(payload, secret="whsec_someone_else"),
    }[change]
    if change == "flip":  # one byte of the signed body changed: 370000 → 970000
        payload = payload.replace(b'"amount": 370000', b'"amount": 970000')

    response = _post(client, payload, signature=signature)

    order.refresh_from_db()
    assert response.status_code == 400
    assert order.status == OrderStatus.PENDING
    assert not StripeEvent.objects.exists() and not Payment.objects.exists()


@pytest.mark.parametrize(("amount", "currency", "refunded"), [(1000, "VND", "1.000"), (1500, "USD", "15.00 USD")])
def test_money_that_does_not_match_the_order_is_refunded_and_flagged(
    client, home_page, stripe_settings, django_capture_on_commit_callbacks, django_user_model, amount, currency, refunded
):
    order, variant = _order(home_page, language="vi")
    intent = _paid_intent(amount, currency=currency)  # really taken on localstripe: a tampered or stale intent
    Order.objects.filter(pk=order.pk).update(payment_intent_id=intent.id)
    order.refresh_from_db()

    with django_capture_on_commit_callbacks() as callbacks:
        response = _post(client, payment_event(order, event_id="evt_mismatch", amount=amount, currency=currency.lower()))
        assert mail.outbox == []  # nothing is mailed before the refund is committed
    for callback in callbacks:
        callback()
    _post(client, payment_event(order, event_id="evt_mismatch_again", amount=amount, currency=currency.lower()))

    order.refresh_from_db()
    assert response.content == b"amount mismatch: refunded"
    assert (order.status, order.needs_attention, order.attention_reason) == (OrderStatus.REFUNDED, True, "payment_mismatch")
    refund = Refund.objects.get(order=order)  # the second event refunded nothing more
    assert (refund.status, refund.amount, refund.currency) == ("succeeded", amount, currency.lower())
    stripe_refunds = stripe_client.stripe_client().v1.refunds.list({"payment_intent": intent.id}).data
    assert [(r.id, r.amount) for r in stripe_refunds] == [(refund.stripe_refund_id, amount)]
    assert StockLevel.objects.get(variant=variant).quantity == 5  # the holds went back on sale
    assert CartLine.objects.get().quantity == 2  # the buyer can check out again
    assert Payment.objects.get().status == "succeeded"
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["lan@example.com"]
    assert mail.outbox[0].body.startswith("Xin chào Nông Thị Lan,") and refunded in mail.outbox[0].body  # the order's language

    staff = django_user_model.objects.create_superuser("staff", "staff@example.com", "pw")
    client.force_login(staff)
    flagged = client.get("/admin/snippets/storefront/order/?needs_attention=true").content.decode()
    unflagged = client.get("/admin/snippets/storefront/order/?needs_attention=false").content.decode()
    assert order.number in flagged and order.number not in unflagged
    detail = client.get(f"/admin/snippets/storefront/order/inspect/{order.pk}/").content.decode()
    with translation.override("vi"):  # the admin's language
        assert gettext("Needs attention") in detail and refund.stripe_refund_id in detail

    client.post(f"/admin/snippets/storefront/order/resolve/{order.pk}/")
    assert not Order.objects.get(pk=order.pk).needs_attention


def test_the_mismatch_email_lost_on_the_way_is_sent_once_by_the_retry(
    client, home_page, stripe_settings, django_capture_on_commit_callbacks
):
    from storefront.emails import send_unsent_emails

    order, _variant = _order(home_page, language="en")
    intent = _paid_intent(1000)
    Order.objects.filter(pk=order.pk).update(payment_intent_id=intent.id)
    order.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=False):  # the worker died before the email went out
        _post(client, payment_event(order, event_id="evt_mismatch_lost_mail", amount=1000))

    assert send_unsent_emails(now=timezone.now()) == (1, 0)
    assert send_unsent_emails(now=timezone.now()) == (0, 0)
    assert len(mail.outbox) == 1 and mail.outbox[0].subject == f"Your payment for order {order.number} was refunded"
    assert "did not match the order's amount or currency" in mail.outbox[0].body


def test_a_failed_payment_keeps_the_order_pending_and_the_cart(client, home_page):
    order, variant = _order(home_page)

    _post(client, payment_event(order, event_id="evt_failed", type="payment_intent.payment_failed"))

    order.refresh_from_db()
    assert order.status == OrderStatus.PENDING and order.last_payment_error == "Your card was declined."
    assert CartLine.objects.get().quantity == 2
    assert StockLevel.objects.get(variant=variant).quantity == 3


def test_a_late_payment_failure_never_moves_a_paid_order_or_its_payment_backwards(client, home_page):
    order, _variant = _order(home_page)

    _post(client, payment_event(order, event_id="evt_ok"))
    late = _post(client, payment_event(order, event_id="evt_late_failure", type="payment_intent.payment_failed"))

    order.refresh_from_db()
    assert late.status_code == 200 and late.content == b"ignored: payment already succeeded"
    assert order.status == OrderStatus.PAID and order.last_payment_error == ""
    assert Payment.objects.get().status == "succeeded"
    assert list(StripeEvent.objects.order_by("pk").values_list("event_id", "order_id")) == [
        ("evt_ok", order.pk), ("evt_late_failure", order.pk)
    ]
    assert list(order.status_changes.values_list("from_status", "to_status")) == [("", "pending"), ("pending", "paid")]
    with pytest.raises(IllegalTransition):
        transition_order(order=order, to_status=OrderStatus.PENDING)


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
    order, _variant = _order(home_page)
    for status in path:
        transition_order(order=order, to_status=status)

    with pytest.raises(IllegalTransition):
        transition_order(order=order, to_status=refused)
    assert Order.objects.get(pk=order.pk).status == path[-1]


def _paid_intent(amount, *, currency="VND"):
    """A PaymentIntent really paid on localstripe (it needs the payment method at create time).

    `amount` is Stripe's integer (cents for USD)."""
    intent = stripe_client.create_payment_intent(
        amount=stripe_client.from_stripe_amount(amount, currency), currency=currency, idempotency_key=uuid.uuid4().hex, metadata={}, payment_method="pm_card_visa"
    )
    assert stripe_client.stripe_client().v1.payment_intents.confirm(intent.id).status == "succeeded"
    return intent


def test_a_payment_after_the_hold_expired_and_the_stock_sold_is_refunded(client, home_page, stripe_settings, django_capture_on_commit_callbacks):
    variant = make_shop(home_page, stock=2)
    late = start_checkout(
        cart=make_cart((variant, 2)), details=checkout_details(language="en"), now=timezone.now() - datetime.timedelta(minutes=30)
    )
    intent = _paid_intent(late.total_vnd)
    Order.objects.filter(pk=late.pk).update(payment_intent_id=intent.id)
    late.refresh_from_db()
    release_expired_holds()
    start_checkout(cart=make_cart((variant, 2)), details=checkout_details())  # someone else takes the last two

    with django_capture_on_commit_callbacks(execute=True):
        response = _post(client, payment_event(late))

    late.refresh_from_db()
    assert response.content == b"refunded: hold lost"
    assert late.status == OrderStatus.REFUNDED and late.refunded_vnd == late.total_vnd
    refund = Refund.objects.get(order=late)
    assert refund.stripe_refund_id.startswith("re_") and refund.status == "succeeded"
    assert StockLevel.objects.get(variant=variant).quantity == 0  # the other buyer keeps theirs
    assert not StockHold.objects.filter(order=late, released_at__isnull=True).exists()
    assert len(mail.outbox) == 1 and "refunded" in mail.outbox[0].subject
    assert "Refunded" in client.get(f"/en/orders/{late.token}/").content.decode()


def test_a_payment_after_the_hold_expired_still_in_stock_is_kept(client, home_page):
    variant = make_shop(home_page, stock=5)
    late = start_checkout(cart=make_cart((variant, 2)), details=checkout_details(), now=timezone.now() - datetime.timedelta(minutes=30))
    Order.objects.filter(pk=late.pk).update(payment_intent_id="pi_late_ok")
    late.refresh_from_db()
    release_expired_holds()

    _post(client, payment_event(late))

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
        amount=order.total_vnd, currency="VND", idempotency_key=f"order-{order.number}-payment",
        metadata={"order_number": order.number}, payment_method="pm_card_visa",
    )
    Order.objects.filter(pk=order.pk).update(payment_intent_id=intent.id)

    stripe_client.stripe_client().v1.payment_intents.confirm(intent.id)

    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and Order.objects.get(pk=order.pk).status == OrderStatus.PENDING:
        time.sleep(0.2)
    assert Order.objects.get(pk=order.pk).status == OrderStatus.PAID
    # Other tests' intents may arrive too (localstripe sends every event to every webhook registered).
    assert StripeEvent.objects.get(payment_intent_id=intent.id).outcome == "paid"
    assert len(mail.outbox) == 1
