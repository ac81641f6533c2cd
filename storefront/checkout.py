"""From cart to a pending order with its stock held and a payment (core.payments gateway) to complete.

Every price comes from the line sources (storefront.line_sources) at the moment of checkout;
nothing the browser sends about prices, currency or totals is read.
"""

import hashlib
from dataclasses import dataclass, replace
from datetime import timedelta

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.payments import CreatedPayment, GatewayError, default_gateway_name, gateway
from storefront.addresses import HOME_PROVINCE
from storefront.cart_lock import lock_cart
from storefront.line_sources import PricedLine, SoldOut, get_line_source, line_sources
from storefront.models import (
    AddressKind,
    Cart,
    DeliveryMethod,
    DeliveryRate,
    DeliveryZone,
    Order,
    OrderLine,
    OrderStatus,
    Payment,
)
from storefront.orders import new_order_number, transition_order
from storefront.vouchers import VoucherError, lock_vouchers, price_voucher, redeem, voucher_ids_of
from storefront.vouchers import release as release_voucher

CURRENCY = "VND"
CART_CHANGED = "cart changed"  # the note of an order cancelled because its cart changed


class CheckoutErrorCode(models.TextChoices):
    EMPTY_CART = "empty_cart", _("Empty cart")
    SOLD_OUT = "sold_out", _("Sold out")
    NO_DELIVERY_RATE = "no_delivery_rate", _("No delivery rate")
    DELIVERY_METHOD = "delivery_method", _("Wrong delivery method")
    PAYMENT_UNAVAILABLE = "payment_unavailable", _("Payment service unavailable")


class CheckoutError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class CheckoutDetails:
    name: str
    email: str
    phone: str
    language: str
    delivery_method: str = DeliveryMethod.DELIVERY
    address_kind: str = AddressKind.VIETNAM
    street: str = ""
    commune: str = ""
    province: str = ""
    country: str = ""
    address_lines: str = ""
    postcode: str = ""
    terms_accepted: bool = False
    terms_version: str = ""
    voucher_code: str = ""  # as typed; priced and checked on the server (storefront.vouchers)


@dataclass(frozen=True)
class PricedCart:
    lines: list[PricedLine]
    zone: str
    delivery_fee_vnd: int
    details: CheckoutDetails  # as checkout keeps them: no delivery method when nothing is delivered
    voucher_id: int | None = None
    voucher_code: str = ""
    discount_vnd: int = 0  # never more than the eligible lines; the delivery fee is not discounted
    line_discounts: tuple[int, ...] = ()  # each line's share of discount_vnd, in the order of `lines`

    @property
    def subtotal_vnd(self):
        return sum(line.total_vnd for line in self.lines)

    @property
    def total_vnd(self):
        return self.subtotal_vnd - self.discount_vnd + self.delivery_fee_vnd

    @property
    def weight_grams(self):
        return sum(line.weight_grams * line.quantity for line in self.lines)


def price_cart_lines(*, cart: Cart) -> list[PricedLine]:
    """The cart's lines priced now by their sources, in the order they were added.

    What the cart's own pending order holds counts as available (see pending_orders): a buyer back
    from the pay page is never sold out by their own hold, while other carts still see it held.
    """
    cart_lines = list(cart.lines.all())
    holders = pending_orders(cart=cart) if cart_lines else []
    priced = {}
    for source_name in {line.source for line in cart_lines}:
        for item in get_line_source(source_name).price_lines(
            lines=[line for line in cart_lines if line.source == source_name], holders=holders
        ):
            priced[(item.source, item.reference)] = item
    return [priced[key] for key in ((line.source, line.reference) for line in cart_lines) if key in priced]


def _pending(cart):
    return Order.objects.filter(cart=cart, status=OrderStatus.PENDING).order_by("pk")


def pending_orders(*, cart: Cart) -> list[Order]:
    """The cart's orders waiting for payment (one, unless an older one is left from before)."""
    return list(_pending(cart))


@dataclass(frozen=True)
class CartOrderNotice:
    """What the cart page says about the cart's latest order: "waiting" (its places are held until
    `order.hold_expires_at`; continue to its payment) or "released" (the cart changed, the order
    was cancelled and what it held given back)."""

    kind: str
    order: Order


def cart_order_notice(*, cart: Cart, now=None) -> CartOrderNotice | None:
    now = now or timezone.now()
    order = Order.objects.filter(cart=cart).order_by("-pk").first()
    if order is None:
        return None
    if order.status == OrderStatus.PENDING and order.hold_expires_at and order.hold_expires_at > now:
        return CartOrderNotice("waiting", order)
    if (
        order.status == OrderStatus.CANCELLED
        and order.status_changes.filter(
            to_status=OrderStatus.CANCELLED,
            note=CART_CHANGED,
            changed_at__gt=now - timedelta(minutes=settings.STOCK_HOLD_MINUTES),
        ).exists()
    ):
        return CartOrderNotice("released", order)
    return None


def release_pending_orders(*, cart: Cart) -> list[Order]:
    """The cart changed: its pending orders are cancelled and what they hold is given back at once.

    Same lock order as start_checkout (cart, its pending orders, the sources' rows). A payment that
    still completes for a cancelled order (another tab) is refunded in full by orders.mark_paid.
    """
    with transaction.atomic():
        lock_cart(cart_id=cart.pk)
        cancelled = []
        for pending in _pending(cart).select_for_update():
            _release_all(order=pending)
            cancelled.append(transition_order(order=pending, to_status=OrderStatus.CANCELLED, note=CART_CHANGED))
        _release_vouchers(orders=cancelled)  # last: Voucher rows come after the sources' rows
    return cancelled


def _release_vouchers(*, orders) -> None:
    lock_vouchers(voucher_ids=voucher_ids_of(orders=orders))
    for order in orders:
        release_voucher(order=order)


def needs_delivery(lines) -> bool:
    """Whether the buyer must choose delivery or pickup: some line is a thing to ship."""
    return any(line.shipped for line in lines)


def delivery_zone(*, details: CheckoutDetails) -> str:
    if details.delivery_method != DeliveryMethod.DELIVERY:
        return ""
    if details.address_kind == AddressKind.INTERNATIONAL:
        return DeliveryZone.INTERNATIONAL
    return DeliveryZone.CAO_BANG if details.province == HOME_PROVINCE else DeliveryZone.VIETNAM


def delivery_fee(*, zone: str, weight_grams: int) -> int:
    """The cheapest editor-set rate of the zone that takes the parcel's weight; pickup and weightless parcels are free."""
    if not zone or weight_grams <= 0:
        return 0
    rate = (
        DeliveryRate.objects.filter(zone=zone, max_weight_grams__gte=weight_grams).order_by("max_weight_grams").first()
    )
    if rate is None:
        raise CheckoutError(
            CheckoutErrorCode.NO_DELIVERY_RATE,
            gettext("We cannot deliver a parcel of this weight to this address. Choose pickup or contact us."),
        )
    return rate.fee_vnd


def price_cart(*, cart: Cart, details: CheckoutDetails, now=None) -> PricedCart:
    lines = price_cart_lines(cart=cart)
    if not lines:
        raise CheckoutError(CheckoutErrorCode.EMPTY_CART, gettext("Your cart is empty."))
    for line in lines:
        if line.available < line.quantity:
            raise CheckoutError(CheckoutErrorCode.SOLD_OUT, SoldOut.message_for(line))
    if not needs_delivery(lines):
        details = replace(details, delivery_method=DeliveryMethod.NONE)  # whatever was sent: nothing to deliver
    elif details.delivery_method == DeliveryMethod.NONE:
        raise CheckoutError(
            CheckoutErrorCode.DELIVERY_METHOD, gettext("Choose delivery or pickup for the products in your cart.")
        )
    zone = delivery_zone(details=details)
    weight = sum(line.weight_grams * line.quantity for line in lines)
    voucher = {}
    if details.voucher_code.strip():
        try:
            found, discount, shares = price_voucher(code=details.voucher_code, lines=lines, now=now, hint_used_up=False)
        except VoucherError as error:
            raise CheckoutError(error.code, error.message) from None
        voucher = {
            "voucher_id": found.pk,
            "voucher_code": found.code,
            "discount_vnd": discount,
            "line_discounts": tuple(shares),
        }
    return PricedCart(
        lines=lines,
        zone=zone,
        delivery_fee_vnd=delivery_fee(zone=zone, weight_grams=weight),
        details=details,
        **voucher,
    )


def _fingerprint(priced: PricedCart) -> str:
    parts = [f"{line.source}:{line.reference}:{line.quantity}:{line.unit_price_vnd}" for line in priced.lines]
    parts.append(f"delivery:{priced.zone}:{priced.delivery_fee_vnd}")
    if priced.voucher_code:  # another code, or another discount, is another order
        parts.append(f"voucher:{priced.voucher_code}:{priced.discount_vnd}:{priced.line_discounts}")
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def start_checkout(*, cart: Cart, details: CheckoutDetails, user=None, now=None) -> Order:
    """A pending order for the cart with everything in it held until now + STOCK_HOLD_MINUTES.

    Started again for an unchanged cart (a double click, a retry after the gateway was down) it
    returns the same order with its holds renewed, so one payment serves them all. A
    changed cart cancels the previous pending order and releases its holds. Raises
    CheckoutError (empty cart, sold out, no delivery rate, a voucher code that cannot be used); on
    any of them nothing is held, no use of a voucher is taken and the cart is kept as it is.

    Lock order, inside one transaction: the Cart row, then the cart's pending orders (by pk), then
    each line source's rows (by pk, sources by name). The cart lock comes first because locking
    "the pending orders" locks nothing while there are none: without it two simultaneous
    checkouts of one cart would each create an order. A change to the cart's lines takes the same
    cart lock (storefront.cart, release_pending_orders), so a checkout sees the cart before the
    change or after it, never half of it. Last, the Voucher rows (by pk): those of the uses the
    cancelled pending orders give back and the one this order redeems (storefront.vouchers.redeem:
    the total and per-customer limits are checked under that lock; the same order re-checked out
    keeps its use). mark_paid also takes the Voucher row after the order's and the sources' rows.
    """
    now = now or timezone.now()
    expires_at = now + timedelta(minutes=settings.STOCK_HOLD_MINUTES)
    try:
        with transaction.atomic():
            lock_cart(cart_id=cart.pk)
            # Priced under the cart lock: the order matches the cart as the winner of a race left it.
            # Its own pending order's holds count as available: they are given back just below.
            priced = price_cart(cart=cart, details=details, now=now)
            fingerprint = _fingerprint(priced)
            order = None
            cancelled = []
            for pending in _pending(cart).select_for_update():
                _release_all(order=pending)
                if order is None and pending.fingerprint == fingerprint:
                    order = pending
                else:
                    transition_order(order=pending, to_status=OrderStatus.CANCELLED, note=CART_CHANGED)
                    cancelled.append(pending)
            order = _save_order(
                order=order,
                cart=cart,
                details=priced.details,
                priced=priced,
                fingerprint=fingerprint,
                user=user,
                now=now,
            )
            order.hold_expires_at = expires_at
            order.save(update_fields=["hold_expires_at"])
            lines = list(order.lines.all())
            for source in line_sources():
                own = [line for line in lines if line.source == source.name]
                if own:
                    source.hold_lines(order=order, lines=own, expires_at=expires_at)
            lock_vouchers(voucher_ids={*voucher_ids_of(orders=cancelled), priced.voucher_id})
            for old in cancelled:
                release_voucher(order=old, now=now)
            if priced.voucher_id:
                redeem(voucher_id=priced.voucher_id, order=order, email=priced.details.email, user=user, now=now)
    except SoldOut as sold_out:
        raise CheckoutError(CheckoutErrorCode.SOLD_OUT, sold_out.message) from None
    except VoucherError as error:
        raise CheckoutError(error.code, error.message) from None
    return order


def _release_all(*, order: Order) -> None:
    for source in line_sources():
        source.release_lines(order=order)


def _save_order(*, order, cart, details, priced, fingerprint, user, now) -> Order:
    contact = {
        "name": details.name,
        "email": details.email,
        "phone": details.phone,
        "language": details.language,
        "delivery_method": details.delivery_method,
        "delivery_zone": priced.zone,
        "terms_version": details.terms_version if details.terms_accepted else "",
        "terms_accepted_at": now if details.terms_accepted else None,
    }
    if details.delivery_method != DeliveryMethod.DELIVERY:
        address = dict.fromkeys(
            ["address_kind", "street", "commune", "province", "country", "address_lines", "postcode"], ""
        )
    elif details.address_kind == AddressKind.INTERNATIONAL:
        address = {
            "address_kind": AddressKind.INTERNATIONAL,
            "street": "",
            "commune": "",
            "province": "",
            "country": details.country,
            "address_lines": details.address_lines,
            "postcode": details.postcode,
        }
    else:
        address = {
            "address_kind": AddressKind.VIETNAM,
            "street": details.street,
            "commune": details.commune,
            "province": details.province,
            "country": "Việt Nam",
            "address_lines": "",
            "postcode": "",
        }
    if order is not None:  # same lines and prices: only who and where may have changed
        for field, value in {**contact, **address}.items():
            setattr(order, field, value)
        order.save()
        return order
    order = Order.objects.create(
        number=new_order_number(now=now),
        cart=cart,
        user=user,
        fingerprint=fingerprint,
        payment_provider=default_gateway_name(),
        subtotal_vnd=priced.subtotal_vnd,
        delivery_fee_vnd=priced.delivery_fee_vnd,
        discount_vnd=priced.discount_vnd,
        voucher_code=priced.voucher_code,
        total_vnd=priced.total_vnd,
        **contact,
        **address,
    )
    OrderLine.objects.bulk_create(
        OrderLine(
            order=order,
            kind=line.kind,
            source=line.source,
            reference=line.reference,
            variant_id=line.variant_id,
            producer_id=line.producer_id,
            description=line.description[:255],
            label=line.label[:120],
            sku=line.sku,
            unit_price_vnd=line.unit_price_vnd,
            quantity=line.quantity,
            weight_grams=line.weight_grams,
            discount_vnd=priced.line_discounts[index] if priced.line_discounts else 0,
        )
        for index, line in enumerate(priced.lines)
    )
    order.status_changes.create(from_status="", to_status=OrderStatus.PENDING)
    return order


def ensure_payment(*, order: Order) -> CreatedPayment:
    """The order's payment at its gateway, created once.

    The create runs with the order's row locked, so a concurrent click waits for it and then
    finds the stored payment instead of creating a second one (the gateway would also fold the
    two through the idempotency key derived from the order; localstripe ignores idempotency keys).
    Only checkouts of this very order wait; a slow gateway makes them "busy, try again" (lock
    timeout), never a second payment. Raises CheckoutError(PAYMENT_UNAVAILABLE) when the gateway
    cannot be reached; the order and its holds stay, and the buyer can try again.
    """
    payment_gateway = gateway(order.payment_provider)
    try:
        if not order.provider_payment_id:
            with transaction.atomic():
                locked = Order.objects.select_for_update(no_key=True).only("pk", "provider_payment_id").get(pk=order.pk)
                if locked.provider_payment_id is None:
                    payment = payment_gateway.create_payment(
                        amount=order.total_vnd,
                        currency=CURRENCY.lower(),
                        reference=order.number,
                        idempotency_key=f"order-{order.number}-payment",
                        metadata={"order_number": order.number},
                    )
                    Order.objects.filter(pk=order.pk).update(provider_payment_id=payment.provider_payment_id)
                    Payment.objects.create(
                        order=order,
                        provider=payment.provider,
                        provider_payment_id=payment.provider_payment_id,
                        amount=payment.amount,
                        currency=payment.currency,
                        status=payment.status,
                    )
                    order.provider_payment_id = payment.provider_payment_id
                    return payment
                order.provider_payment_id = locked.provider_payment_id
        return payment_gateway.retrieve_payment(order.provider_payment_id)
    except GatewayError:
        raise CheckoutError(
            CheckoutErrorCode.PAYMENT_UNAVAILABLE,
            gettext("The payment service is unavailable right now. Your cart is kept: please try again in a moment."),
        ) from None
