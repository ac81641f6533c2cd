"""The Stripe client against localstripe, through the official `stripe` library."""

import uuid
from decimal import Decimal

import pytest

from storefront.payments import stripe_client
from storefront.payments.stripe_client import PaymentGatewayError, to_stripe_amount
from tests.servers import free_port


@pytest.mark.parametrize(
    ("amount", "currency", "expected"),
    [(1_250_000, "VND", 1_250_000), (125_000, "vnd", 125_000), (Decimal("12.34"), "USD", 1234), (500, "JPY", 500)],
)
def test_amounts_reach_stripe_in_its_units(amount, currency, expected):
    assert to_stripe_amount(amount, currency) == expected


@pytest.mark.parametrize(
    ("amount", "currency"), [(Decimal("1000.5"), "VND"), (Decimal("1.234"), "USD"), (0, "VND"), (-5, "VND")]
)
def test_impossible_amounts_are_refused_not_rounded(amount, currency):
    with pytest.raises(ValueError):
        to_stripe_amount(amount, currency)


def test_payment_intent_in_vnd(stripe_settings):
    # localstripe ignores idempotency keys, so it cannot show that a repeated key returns the
    # same intent; checkout guards double clicks itself by reusing the order's stored intent.
    intent = stripe_client.create_payment_intent(
        amount=1_250_000, currency="VND", idempotency_key=str(uuid.uuid4()), metadata={"order": "1"}
    )

    assert intent.amount == 1_250_000
    assert intent.currency == "vnd"
    assert intent.client_secret
    assert stripe_client.retrieve_payment_intent(intent.id).status == "requires_payment_method"


def test_partial_refund_of_a_paid_intent(stripe_settings):
    paid = stripe_client.create_payment_intent(
        amount=300_000, currency="VND", idempotency_key=str(uuid.uuid4()), metadata={}, payment_method="pm_card_visa"
    )
    confirmed = stripe_client.stripe_client().v1.payment_intents.confirm(paid.id)
    assert confirmed.status == "succeeded"

    refund = stripe_client.refund_payment(
        payment_intent_id=paid.id, amount=100_000, currency="VND", idempotency_key=str(uuid.uuid4())
    )
    assert refund.id.startswith("re_")


def test_unreachable_stripe_is_a_clear_gateway_error(settings):
    settings.STRIPE_API_BASE = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    settings.STRIPE_MAX_NETWORK_RETRIES = 0

    with pytest.raises(PaymentGatewayError):
        stripe_client.create_payment_intent(amount=1000, currency="VND", idempotency_key="k", metadata={})
