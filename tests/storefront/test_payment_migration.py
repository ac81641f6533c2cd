"""The payment seam's migration keeps every payment, refund and Stripe event row, with its ids."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from storefront.models import Order, Payment, PaymentEvent, Refund

BEFORE = [("storefront", "0006_order_attention_refund_failure")]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_stripe_rows_become_provider_neutral_rows():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    order = old.get_model("storefront", "Order").objects.create(
        number="CB-261204-ABCDE",
        token="t" * 30,
        language="vi",
        fingerprint="f",
        name="Lan",
        email="lan@example.com",
        phone="0912",
        delivery_method="pickup",
        subtotal_vnd=370000,
        total_vnd=370000,
        payment_intent_id="pi_old",
        status="partially_refunded",
        refunded_vnd=100000,
    )
    old.get_model("storefront", "Payment").objects.create(
        order=order,
        payment_intent_id="pi_old",
        amount=370000,
        currency="vnd",
        status="succeeded",
    )
    old.get_model("storefront", "Refund").objects.create(
        order=order,
        request_key="k1",
        amount=100000,
        status="succeeded",
        stripe_refund_id="re_old",
    )
    for event_id in ("evt_1", "evt_2"):
        old.get_model("storefront", "StripeEvent").objects.create(
            event_id=event_id,
            type="payment_intent.succeeded",
            payment_intent_id="pi_old",
            order=order,
            outcome="paid",
        )

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    order = Order.objects.get(number="CB-261204-ABCDE")
    assert (order.payment_provider, order.provider_payment_id) == ("stripe", "pi_old")
    assert list(Payment.objects.values_list("provider", "provider_payment_id", "amount", "order_id")) == [
        ("stripe", "pi_old", 370000, order.pk)
    ]
    assert list(Refund.objects.values_list("provider", "provider_refund_id", "amount")) == [
        ("stripe", "re_old", 100000)
    ]
    assert list(
        PaymentEvent.objects.order_by("event_id").values_list("provider", "event_id", "provider_payment_id", "order_id")
    ) == [
        ("stripe", "evt_1", "pi_old", order.pk),
        ("stripe", "evt_2", "pi_old", order.pk),
    ]
    assert list(order.payment_events.values_list("outcome", flat=True)) == ["paid", "paid"]
