"""Every call to Stripe goes through this module (storefront.payments.stripe_gateway uses it).

Keys, API base (localstripe offline, Stripe in production) and the timeout come from settings.
The timeout is shorter than a web worker's, so a slow Stripe turns into a clear "try again"
for the buyer instead of a killed worker. Callers pass an idempotency key, so retrying a
request (a double click, a timeout whose request did reach Stripe) never makes a second payment.
"""

from dataclasses import dataclass

import stripe
from django.conf import settings

from core.payments import GatewayError, from_minor_units, to_minor_units


class PaymentGatewayError(GatewayError):
    """Stripe could not be reached or refused the request; nothing was charged, the buyer may retry."""


@dataclass(frozen=True)
class PaymentIntent:
    id: str
    client_secret: str
    status: str
    amount: int
    currency: str


def to_stripe_amount(amount, currency):
    """An amount in the currency's major unit → the integer Stripe expects (its zero-decimal list is ISO's)."""
    return to_minor_units(amount, currency)


def from_stripe_amount(amount, currency):
    """Stripe's integer → the amount in the currency's major unit: the inverse of to_stripe_amount."""
    return from_minor_units(amount, currency)


def stripe_client():
    return stripe.StripeClient(
        settings.STRIPE_SECRET_KEY,
        base_addresses={"api": settings.STRIPE_API_BASE},
        http_client=stripe.RequestsClient(timeout=settings.STRIPE_TIMEOUT_SECONDS),
        max_network_retries=settings.STRIPE_MAX_NETWORK_RETRIES,
    )


def create_payment_intent(*, amount, currency, idempotency_key, metadata, payment_method=None):
    """Create a PaymentIntent; the browser confirms it with Stripe.js (card payments only)."""
    params = {
        "amount": to_stripe_amount(amount, currency),
        "currency": currency.lower(),
        "payment_method_types": ["card"],
        "metadata": metadata,
    }
    if payment_method:
        params["payment_method"] = payment_method
    intent = _call(lambda client: client.v1.payment_intents.create(params, {"idempotency_key": idempotency_key}))
    return _payment_intent(intent)


def retrieve_payment_intent(payment_intent_id):
    return _payment_intent(_call(lambda client: client.v1.payment_intents.retrieve(payment_intent_id)))


def confirm_with_test_card(*, payment_intent_id, card):
    """Offline demo only (localstripe): attach a test card typed into the Stripe.js stand-in and confirm.

    localstripe's stand-in `confirmCardPayment` only completes 3-D Secure; it cannot charge a card
    element. Real Stripe.js does all of this in the browser and the server never sees a card number.
    Returns the intent; a declined card raises PaymentGatewayError with Stripe's message.
    """

    def attach_and_confirm(client):
        method = client.v1.payment_methods.create({"type": "card", "card": card})
        client.v1.payment_intents.update(payment_intent_id, {"payment_method": method.id})
        return client.v1.payment_intents.confirm(payment_intent_id)

    return _payment_intent(_call(attach_and_confirm))


def refund_payment(*, payment_intent_id, amount, currency, idempotency_key):
    """Refund `amount` (major unit) of a PaymentIntent; returns the Stripe refund (id, status)."""
    params = {"payment_intent": payment_intent_id, "amount": to_stripe_amount(amount, currency)}
    return _call(lambda client: client.v1.refunds.create(params, {"idempotency_key": idempotency_key}))


def _call(request):
    try:
        return request(stripe_client())
    except stripe.StripeError as error:
        raise PaymentGatewayError(error.user_message or str(error)) from error


def _payment_intent(intent):
    return PaymentIntent(
        id=intent.id,
        client_secret=intent.client_secret,
        status=intent.status,
        amount=intent.amount,
        currency=intent.currency,
    )
