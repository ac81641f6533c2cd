"""The payment seam: what a payment gateway does, and which gateways the site has.

A gateway (Stripe, later VNPay…) is a class in its own module, listed in the settings:

    PAYMENT_GATEWAYS = {"stripe": "storefront.payments.stripe_gateway.StripeGateway"}
    PAYMENT_DEFAULT_GATEWAY = "stripe"

It creates a payment, refunds one, and turns a webhook (or IPN) request into one of the
provider-neutral events below after checking that the provider really sent it. Nothing else
in the site knows a provider's API: `storefront.orders.mark_paid` / `storefront.orders.refund`
move an order's money from these events and results, whichever gateway produced them.

Amounts are integers in the currency's minor unit, as ISO 4217 defines it: whole đồng for VND,
cents for USD. Currencies are lower-case ISO codes ("vnd").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Protocol, runtime_checkable

from django.conf import settings
from django.core.signals import setting_changed
from django.utils.module_loading import import_string

# Currencies without a minor unit: 1 VND is `1`, not `100`.
ZERO_DECIMAL_CURRENCIES = frozenset(
    {"bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv", "xaf", "xof", "xpf"}
)
# A payment in one of these statuses never changes again (a late event cannot move it back).
FINAL_PAYMENT_STATUSES = frozenset({"succeeded", "canceled"})


class GatewayError(Exception):
    """The provider could not be reached or refused the request: nothing was charged or refunded; retry."""


class InvalidWebhook(Exception):
    """Bad, stale or missing signature, or a body that is not an event: answer 400, write nothing."""


class UnknownGateway(LookupError):
    """No gateway of that name is configured in PAYMENT_GATEWAYS."""


def to_minor_units(amount, currency: str) -> int:
    """An amount in the major unit → the integer the seam passes around (1,250,000 ₫ → 1250000; US$12.34 → 1234).

    Fractions the currency cannot hold are refused rather than rounded.
    """
    amount = Decimal(amount)
    minor = amount if currency.lower() in ZERO_DECIMAL_CURRENCIES else amount * 100
    if minor != minor.to_integral_value():
        raise ValueError(f"{amount} {currency.upper()} has more decimals than the currency allows")
    if minor <= 0:
        raise ValueError("a payment amount must be positive")
    return int(minor)


def from_minor_units(amount: int, currency: str):
    """The inverse of to_minor_units: 1234 USD cents → Decimal("12.34"); VND stays whole."""
    if currency.lower() in ZERO_DECIMAL_CURRENCIES:
        return int(amount)
    return (Decimal(int(amount)) / 100).quantize(Decimal("0.01"))


# --- what a gateway returns ---------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class CreatedPayment:
    """A payment the provider knows about; the buyer completes it with `client_secret` or at `redirect_url`."""

    provider: str
    provider_payment_id: str
    amount: int
    currency: str
    status: str
    client_secret: str = ""
    redirect_url: str = ""


@dataclass(frozen=True, kw_only=True)
class RefundResult:
    """The provider accepted a refund: its id, and "succeeded" or "pending" ("failed" arrives later as RefundUpdated)."""

    provider_refund_id: str
    status: str


# --- provider-neutral webhook events ---------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class GatewayEvent:
    """A verified notification. `event_id` is unique per provider (a redelivery repeats it); `type` is the
    provider's own name for it, kept in the record. Events of this base class are recorded and not acted on."""

    provider: str
    event_id: str
    type: str
    provider_payment_id: str = ""


@dataclass(frozen=True, kw_only=True)
class PaymentSucceeded(GatewayEvent):
    amount: int
    currency: str
    status: str = "succeeded"


@dataclass(frozen=True, kw_only=True)
class PaymentFailed(GatewayEvent):
    """An attempt was declined; the buyer may try again (`status` is the provider's, e.g. requires_payment_method)."""

    amount: int
    currency: str
    status: str
    message: str = ""


@dataclass(frozen=True, kw_only=True)
class RefundUpdated(GatewayEvent):
    """A refund's status changed at the provider (a refund accepted earlier may still fail)."""

    provider_refund_id: str
    amount: int
    currency: str
    status: str
    message: str = ""


# --- the protocol ----------------------------------------------------------------------------------


@runtime_checkable
class PaymentGateway(Protocol):
    """One payment provider. Every method raises GatewayError when the provider fails, never its own errors."""

    name: str
    # The template included in the pay page (it gets `payment`, `order` and `pay_context(...)`).
    pay_template: str

    def create_payment(
        self, *, amount: int, currency: str, reference: str, idempotency_key: str, metadata: Mapping[str, str]
    ) -> CreatedPayment:
        """A new payment of `amount`; the same `idempotency_key` never makes a second one."""

    def retrieve_payment(self, provider_payment_id: str) -> CreatedPayment:
        """The payment as the provider knows it now (the pay page shows it again)."""

    def refund(self, *, provider_payment_id: str, amount: int, currency: str, idempotency_key: str) -> RefundResult:
        """Give back `amount` of a payment; the same `idempotency_key` never refunds twice."""

    def parse_webhook(self, *, body: bytes, headers: Mapping[str, str], query: Mapping[str, str]) -> GatewayEvent:
        """The verified event the request carries (in its body, or its query string for an IPN sent by GET);
        raises InvalidWebhook when the provider did not sign it."""

    def webhook_response(self, *, outcome: str | None) -> Any:
        """The HttpResponse the provider expects: `outcome` is what happened, None for a rejected request."""

    def checkout_data(self, payment: CreatedPayment) -> dict[str, Any]:
        """What a browser or an app needs to complete the payment (JSON-safe): keys, secrets, URLs."""


# --- the registry ----------------------------------------------------------------------------------

_gateways: dict[str, PaymentGateway] = {}


def gateway(name: str | None = None) -> PaymentGateway:
    """The configured gateway called `name` (the default one when None)."""
    name = name or default_gateway_name()
    if name not in _gateways:
        path = getattr(settings, "PAYMENT_GATEWAYS", {}).get(name)
        if path is None:
            raise UnknownGateway(name)
        instance = import_string(path)()
        if getattr(instance, "name", None) != name:
            raise UnknownGateway(f"{path} calls itself {getattr(instance, 'name', None)!r}, configured as {name!r}")
        _gateways[name] = instance
    return _gateways[name]


def gateway_names() -> list[str]:
    return list(getattr(settings, "PAYMENT_GATEWAYS", {}))


def default_gateway_name() -> str:
    return getattr(settings, "PAYMENT_DEFAULT_GATEWAY", "") or next(iter(gateway_names()), "")


def _forget_gateways(*, setting, **kwargs):
    # Tests swap gateways with settings overrides; instances are built again from the new setting.
    if setting in {"PAYMENT_GATEWAYS", "PAYMENT_DEFAULT_GATEWAY"}:
        _gateways.clear()


setting_changed.connect(_forget_gateways)
