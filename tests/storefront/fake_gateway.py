"""A second payment gateway, for the tests only: proves that orders and refunds need nothing Stripe.

It keeps its payments and refunds in memory (`FakeGateway.store`, emptied per test by the
`payments` fixture), honours idempotency keys, refuses to refund more than was paid or a payment
it does not know, and signs its webhooks with HMAC-SHA256 over "timestamp.body" in an
`X-Fake-Signature: t=…,v1=…` header, five minutes' tolerance: the same checks a real provider makes.
Registered with a settings override (PAYMENT_GATEWAYS["fake"]): nothing outside this module and
the setting knows it exists.
"""

import hashlib
import hmac
import itertools
import json
import time

from django.http import JsonResponse
from django.template import Template

from core.payments import (
    CreatedPayment,
    GatewayError,
    GatewayEvent,
    InvalidWebhook,
    PaymentFailed,
    PaymentSucceeded,
    RefundResult,
    RefundUpdated,
)

SECRET = "fake-webhook-secret"
TOLERANCE_SECONDS = 300


class FakeStore:
    def __init__(self):
        self.payments = {}  # id → {"amount", "currency", "status", "refunded"}
        self.refunds = {}  # id → {"payment", "amount", "currency"}
        self.by_key = {}  # idempotency key → what it returned
        self.down = False  # True: every call fails as if the provider could not be reached
        self.ids = itertools.count(1)


class FakeGateway:
    name = "fake"
    store = FakeStore()

    @property
    def pay_template(self):
        return Template(
            '<a id="fake-pay" href="{{ redirect_url }}">Pay {{ payment.amount }} {{ payment.currency }}</a>'
        )

    def create_payment(self, *, amount, currency, reference, idempotency_key, metadata):
        self._check_up()
        if idempotency_key not in self.store.by_key:
            payment_id = f"fake_pay_{next(self.store.ids)}"
            self.store.payments[payment_id] = {
                "amount": amount,
                "currency": currency.lower(),
                "status": "pending",
                "refunded": 0,
            }
            self.store.by_key[idempotency_key] = payment_id
        return self.retrieve_payment(self.store.by_key[idempotency_key])

    def retrieve_payment(self, provider_payment_id):
        self._check_up()
        payment = self.store.payments.get(provider_payment_id)
        if payment is None:
            raise GatewayError(f"No such payment: {provider_payment_id}")
        return CreatedPayment(
            provider=self.name,
            provider_payment_id=provider_payment_id,
            amount=payment["amount"],
            currency=payment["currency"],
            status=payment["status"],
            redirect_url=f"http://127.0.0.1:9/fake-pay/{provider_payment_id}",
        )

    def refund(self, *, provider_payment_id, amount, currency, idempotency_key):
        self._check_up()
        if idempotency_key in self.store.by_key:
            return RefundResult(provider_refund_id=self.store.by_key[idempotency_key], status="succeeded")
        payment = self.store.payments.get(provider_payment_id)
        if payment is None or payment["status"] != "succeeded":
            raise GatewayError(f"No such payment: {provider_payment_id}")
        if currency.lower() != payment["currency"] or amount > payment["amount"] - payment["refunded"]:
            raise GatewayError("The refund is larger than what is left of the payment")
        payment["refunded"] += amount
        refund_id = f"fake_re_{next(self.store.ids)}"
        self.store.refunds[refund_id] = {"payment": provider_payment_id, "amount": amount, "currency": currency.lower()}
        self.store.by_key[idempotency_key] = refund_id
        return RefundResult(provider_refund_id=refund_id, status="succeeded")

    def parse_webhook(self, *, body, headers, query):
        fields = dict(part.split("=", 1) for part in headers.get("X-Fake-Signature", "").split(",") if "=" in part)
        if "t" not in fields or "v1" not in fields:
            raise InvalidWebhook("missing signature")
        if not hmac.compare_digest(sign(body, timestamp=fields["t"]), headers["X-Fake-Signature"]):
            raise InvalidWebhook("bad signature")
        if abs(time.time() - int(fields["t"])) > TOLERANCE_SECONDS:
            raise InvalidWebhook("stale signature")
        try:
            data = json.loads(body)
            common = {
                "provider": self.name,
                "event_id": data["id"],
                "type": data["kind"],
                "provider_payment_id": data.get("payment", ""),
            }
            if data["kind"] == "paid":
                return PaymentSucceeded(**common, amount=data["amount"], currency=data["currency"])
            if data["kind"] == "declined":
                return PaymentFailed(
                    **common,
                    amount=data["amount"],
                    currency=data["currency"],
                    status="declined",
                    message=data["message"],
                )
            if data["kind"] == "refund":
                return RefundUpdated(
                    **common,
                    provider_refund_id=data["refund"],
                    amount=data["amount"],
                    currency=data["currency"],
                    status=data["status"],
                )
            return GatewayEvent(**common)
        except (ValueError, KeyError, TypeError) as error:
            raise InvalidWebhook(f"not an event: {error}") from error

    def webhook_response(self, *, outcome):
        return JsonResponse({"ok": outcome is not None, "outcome": outcome}, status=400 if outcome is None else 200)

    def checkout_data(self, payment):
        return {"redirect_url": payment.redirect_url}

    def pay_context(self, payment):
        return self.checkout_data(payment)

    def _check_up(self):
        if self.store.down:
            raise GatewayError("The fake provider could not be reached")

    # --- what the provider's side does, for the tests -----------------------------------------------

    @classmethod
    def complete(cls, provider_payment_id, *, amount=None, currency=None):
        """The buyer paid at the provider (an amount or currency of its own, for a tampered payment)."""
        payment = cls.store.payments[provider_payment_id]
        payment.update(
            status="succeeded",
            amount=payment["amount"] if amount is None else amount,
            currency=currency or payment["currency"],
        )

    @classmethod
    def take(cls, *, amount, currency="vnd"):
        """A payment made and paid at once: its id."""
        payment_id = f"fake_pay_{next(cls.store.ids)}"
        cls.store.payments[payment_id] = {"amount": amount, "currency": currency, "status": "succeeded", "refunded": 0}
        return payment_id


def sign(body: bytes, *, timestamp=None, secret=SECRET) -> str:
    timestamp = str(int(time.time() if timestamp is None else float(timestamp)))
    digest = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={digest}"
