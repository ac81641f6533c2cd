"""Any order's money can be traced: the payment, every webhook event and every refund, each with
its Stripe id, on the order in the admin. Paid for real on localstripe, confirmed by a signed webhook."""

import uuid

import pytest
from django.contrib.auth import get_user_model

from storefront.checkout import start_checkout
from storefront.models import Order, OrderStatus, Payment, PaymentEvent, Refund
from storefront.payments import stripe_client
from tests.storefront.factories import checkout_details, make_cart, make_shop, payment_event, signed_webhook

pytestmark = pytest.mark.django_db


def test_payment_events_and_refunds_are_traceable_by_their_stripe_ids(
    client, home_page, stripe_settings, django_capture_on_commit_callbacks
):
    variant = make_shop(home_page, stock=5, price=150000)
    order = start_checkout(cart=make_cart((variant, 2)), details=checkout_details())
    intent = stripe_client.create_payment_intent(
        amount=order.total_vnd,
        currency="VND",
        idempotency_key=uuid.uuid4().hex,
        metadata={},
        payment_method="pm_card_visa",
    )
    stripe_client.stripe_client().v1.payment_intents.confirm(intent.id)
    Order.objects.filter(pk=order.pk).update(provider_payment_id=intent.id)
    order.refresh_from_db()
    payloads = [payment_event(order, event_id="evt_audit_paid"), payment_event(order, event_id="evt_audit_paid")]
    with django_capture_on_commit_callbacks(execute=True):
        for payload in payloads:  # Stripe delivering twice
            client.post(
                "/stripe/webhook/",
                payload,
                content_type="application/json",
                HTTP_STRIPE_SIGNATURE=signed_webhook(payload, secret="whsec_test_secret"),
            )
    admin = get_user_model().objects.create_superuser("treasurer", "t@example.com", "pw")
    client.force_login(admin)
    client.post(
        f"/admin/snippets/storefront/order/refund/{order.pk}/",
        {"amount_vnd": "100000", "reason": "broken jar", "request_key": uuid.uuid4().hex},
    )

    order.refresh_from_db()
    payment = Payment.objects.get()
    event = PaymentEvent.objects.get()
    refund = Refund.objects.get()
    assert (payment.order_id, payment.provider_payment_id, payment.amount, payment.status) == (
        order.pk,
        intent.id,
        order.total_vnd,
        "succeeded",
    )
    assert (event.event_id, event.type, event.provider_payment_id, event.order_id, event.outcome) == (
        "evt_audit_paid",
        "payment_intent.succeeded",
        intent.id,
        order.pk,
        "paid",
    )
    assert refund.order_id == order.pk and refund.provider_refund_id.startswith("re_") and refund.requested_by == admin
    # A partial refund leaves the status (the order's fulfilment) as it was: the refund row is its trace.
    assert (order.status, order.refunded_vnd, refund.reason) == (OrderStatus.PAID, 100000, "broken jar")
    assert list(order.status_changes.values_list("to_status", "note")) == [("pending", ""), ("paid", intent.id)]
    detail = client.get(f"/admin/snippets/storefront/order/inspect/{order.pk}/").content.decode()
    for stripe_id in (intent.id, "evt_audit_paid", refund.provider_refund_id):
        assert stripe_id in detail
