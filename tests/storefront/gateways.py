"""The same order, refund and webhook tests against every gateway: Stripe (on localstripe) and the fake one.

A test asks for the `payments` fixture and gets a driver for one gateway (the test runs once per
gateway). The driver does what the provider's side would: take a real payment for an order,
send signed (or forged) webhook events, list the refunds the provider has made.
"""

import json
import time
import uuid

import pytest

from tests.storefront import fake_gateway

# Loaded as a pytest plugin (tests/conftest.py) before Django is set up: models and the factories
# that import them are imported inside the functions, when a test runs.

STRIPE_SECRET = "whsec_test_secret"  # config.settings.test
GATEWAYS = ["stripe", "fake"]


class StripeDriver:
    name = "stripe"
    webhook_url = "/stripe/webhook/"  # the address registered in Stripe's dashboard keeps working

    def pay(self, order, *, amount=None, currency="vnd"):
        """Really take `amount` (minor units) on localstripe and point the order at it; returns the payment id."""
        from storefront.models import Order
        from storefront.payments import stripe_client

        amount = order.total_vnd if amount is None else amount
        intent = stripe_client.create_payment_intent(
            amount=stripe_client.from_stripe_amount(amount, currency),
            currency=currency,
            idempotency_key=uuid.uuid4().hex,
            metadata={},
            payment_method="pm_card_visa",
        )
        assert stripe_client.stripe_client().v1.payment_intents.confirm(intent.id).status == "succeeded"
        Order.objects.filter(pk=order.pk).update(payment_provider=self.name, provider_payment_id=intent.id)
        order.refresh_from_db()
        return intent.id

    def event(self, order, *, kind="paid", event_id="evt_test_1", amount=None, currency="vnd"):
        from tests.storefront.factories import payment_event

        stripe_type = {"paid": "payment_intent.succeeded", "declined": "payment_intent.payment_failed"}[kind]
        return payment_event(order, event_id=event_id, type=stripe_type, amount=amount, currency=currency)

    def refund_event(self, *, event_id, refund_id, payment_id, amount, status, currency="vnd"):
        return json.dumps(
            {
                "id": event_id,
                "object": "event",
                "type": f"refund.{'failed' if status == 'failed' else 'updated'}",
                "api_version": "2020-08-27",
                "created": 1700000000,
                "data": {
                    "object": {
                        "id": refund_id,
                        "object": "refund",
                        "payment_intent": payment_id,
                        "amount": amount,
                        "currency": currency,
                        "status": status,
                        "failure_reason": "expired_or_canceled_card" if status == "failed" else None,
                    }
                },
            }
        ).encode()

    def headers(self, body, *, timestamp=None, secret=STRIPE_SECRET):
        from tests.storefront.factories import signed_webhook

        return {"HTTP_STRIPE_SIGNATURE": signed_webhook(body, secret=secret, timestamp=timestamp)}

    def refunds(self, provider_payment_id):
        from storefront.payments import stripe_client

        return [
            (r.id, r.amount)
            for r in stripe_client.stripe_client().v1.refunds.list({"payment_intent": provider_payment_id}).data
        ]

    def go_down(self, settings):
        from tests.servers import free_port

        self._working_base = settings.STRIPE_API_BASE
        settings.STRIPE_API_BASE = f"http://127.0.0.1:{free_port()}"  # nothing listens there

    def come_back(self, settings):
        settings.STRIPE_API_BASE = self._working_base


class FakeDriver:
    name = "fake"
    webhook_url = "/payments/fake/webhook/"

    def pay(self, order, *, amount=None, currency="vnd"):
        from storefront.models import Order

        payment_id = fake_gateway.FakeGateway.take(
            amount=order.total_vnd if amount is None else amount, currency=currency
        )
        Order.objects.filter(pk=order.pk).update(payment_provider=self.name, provider_payment_id=payment_id)
        order.refresh_from_db()
        return payment_id

    def event(self, order, *, kind="paid", event_id="evt_test_1", amount=None, currency="vnd"):
        data = {
            "id": event_id,
            "kind": kind,
            "payment": order.provider_payment_id,
            "amount": order.total_vnd if amount is None else amount,
            "currency": currency,
        }
        if kind == "declined":
            data["message"] = "Your card was declined."
        return json.dumps(data).encode()

    def refund_event(self, *, event_id, refund_id, payment_id, amount, status, currency="vnd"):
        return json.dumps(
            {
                "id": event_id,
                "kind": "refund",
                "payment": payment_id,
                "refund": refund_id,
                "amount": amount,
                "currency": currency,
                "status": status,
            }
        ).encode()

    def headers(self, body, *, timestamp=None, secret=fake_gateway.SECRET):
        return {"HTTP_X_FAKE_SIGNATURE": fake_gateway.sign(body, timestamp=timestamp, secret=secret)}

    def refunds(self, provider_payment_id):
        return [
            (refund_id, r["amount"])
            for refund_id, r in fake_gateway.FakeGateway.store.refunds.items()
            if r["payment"] == provider_payment_id
        ]

    def go_down(self, settings):
        fake_gateway.FakeGateway.store.down = True

    def come_back(self, settings):
        fake_gateway.FakeGateway.store.down = False


@pytest.fixture(params=GATEWAYS)
def payments(request, settings):
    """A driver for each gateway in turn; new orders pay through it (PAYMENT_DEFAULT_GATEWAY)."""
    settings.PAYMENT_GATEWAYS = {
        "stripe": "storefront.payments.stripe_gateway.StripeGateway",
        "fake": "tests.storefront.fake_gateway.FakeGateway",
    }
    settings.PAYMENT_DEFAULT_GATEWAY = request.param
    if request.param == "stripe":
        request.getfixturevalue("stripe_settings")
        return StripeDriver()
    fake_gateway.FakeGateway.store = fake_gateway.FakeStore()
    return FakeDriver()


def post_event(client, driver, body, *, headers=None):
    """Deliver `body` to the driver's webhook, signed unless `headers` says otherwise."""
    headers = driver.headers(body) if headers is None else headers
    return client.post(driver.webhook_url, body, content_type="application/json", **headers)


def stale(driver, body):
    return driver.headers(body, timestamp=time.time() - 3600)
