"""Stripe, the first gateway behind core.payments: card payments confirmed in the browser with Stripe.js.

Calls go through stripe_client (keys, API base, timeout, idempotency keys); webhooks are verified
with STRIPE_WEBHOOK_SECRET within Stripe's 5-minute tolerance and turned into neutral events.
"""

import stripe
from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest

from core.payments import (
    CreatedPayment,
    GatewayEvent,
    InvalidWebhook,
    PaymentFailed,
    PaymentSucceeded,
    RefundResult,
    RefundUpdated,
    from_minor_units,
)
from storefront.payments import stripe_client

# Stripe's refund events (the refund object); "refund.*" in recent API versions, "charge.refund.*" before.
_REFUND_EVENTS = {"refund.updated", "refund.failed", "charge.refund.updated"}


class StripeGateway:
    name = "stripe"
    pay_template = "storefront/payments/stripe_form.html"

    def create_payment(self, *, amount, currency, reference, idempotency_key, metadata):
        intent = stripe_client.create_payment_intent(
            amount=from_minor_units(amount, currency),
            currency=currency,
            idempotency_key=idempotency_key,
            metadata=dict(metadata),
        )
        return self._created(intent)

    def retrieve_payment(self, provider_payment_id):
        return self._created(stripe_client.retrieve_payment_intent(provider_payment_id))

    def refund(self, *, provider_payment_id, amount, currency, idempotency_key):
        refund = stripe_client.refund_payment(
            payment_intent_id=provider_payment_id,
            amount=from_minor_units(amount, currency),
            currency=currency,
            idempotency_key=idempotency_key,
        )
        return RefundResult(provider_refund_id=refund.id, status=getattr(refund, "status", None) or "succeeded")

    def parse_webhook(self, *, body, headers, query):
        return self.neutral_event(verify_event(payload=body, signature=headers.get("Stripe-Signature", "")))

    def webhook_response(self, *, outcome):
        return HttpResponseBadRequest("invalid signature") if outcome is None else HttpResponse(outcome)

    def checkout_data(self, payment):
        """Stripe.js (or a mobile SDK) confirms the PaymentIntent with these."""
        return {
            "payment_intent_id": payment.provider_payment_id,
            "client_secret": payment.client_secret,
            "publishable_key": settings.STRIPE_PUBLISHABLE_KEY,
        }

    def pay_context(self, payment):
        return {
            **self.checkout_data(payment),
            "stripe_js_url": settings.STRIPE_JS_URL,
            "offline_demo": settings.STRIPE_OFFLINE_DEMO,
        }

    def neutral_event(self, event) -> GatewayEvent:
        """A verified Stripe event as a provider-neutral one."""
        common = {"provider": self.name, "event_id": event.id, "type": event.type}
        obj = event.data.object
        if event.type.startswith("payment_intent."):
            payment = {**common, "provider_payment_id": obj.id}
            if event.type == "payment_intent.succeeded":
                return PaymentSucceeded(**payment, amount=obj.amount, currency=obj.currency, status=obj.status)
            if event.type == "payment_intent.payment_failed":
                error = getattr(obj, "last_payment_error", None)
                return PaymentFailed(
                    **payment,
                    amount=obj.amount,
                    currency=obj.currency,
                    status=obj.status,
                    message=getattr(error, "message", None) or "",
                )
            return GatewayEvent(**payment)
        if event.type in _REFUND_EVENTS:
            return RefundUpdated(
                **common,
                provider_payment_id=getattr(obj, "payment_intent", None) or "",
                provider_refund_id=obj.id,
                amount=obj.amount,
                currency=obj.currency,
                status=obj.status,
                message=getattr(obj, "failure_reason", None) or "",
            )
        return GatewayEvent(**common)

    def _created(self, intent):
        return CreatedPayment(
            provider=self.name,
            provider_payment_id=intent.id,
            client_secret=intent.client_secret,
            status=intent.status,
            amount=intent.amount,
            currency=intent.currency,
        )


def verify_event(*, payload: bytes, signature: str):
    """The Stripe event, if `signature` signs exactly `payload` with our secret within Stripe's 5-minute tolerance."""
    if not signature:
        raise InvalidWebhook("missing signature")
    try:
        return stripe.Webhook.construct_event(payload, signature, settings.STRIPE_WEBHOOK_SECRET)
    except (ValueError, stripe.SignatureVerificationError) as error:
        raise InvalidWebhook(str(error)) from error
