"""Voucher codes: which lines they apply to, the discount, its spread over lines, and their uses.

Priced on the server from the cart's own priced lines; the browser only sends a code. A use is
taken in start_checkout's transaction under the Voucher row's lock (`redeem`), given back when the
order is never paid (`release`, `release_lapsed`), and taken again if a late payment lands
(`confirm`). Design note: docs/vouchers.md.
"""

from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from storefront.models import (
    LineKind,
    Order,
    OrderStatus,
    ProductVariant,
    Voucher,
    VoucherKind,
    VoucherRedemption,
    VoucherScope,
)

MAX_CODE_LENGTH = 40


class VoucherErrorCode(models.TextChoices):
    UNKNOWN = "voucher_unknown", _("Unknown voucher code")
    NOT_STARTED = "voucher_not_started", _("Voucher not valid yet")
    EXPIRED = "voucher_expired", _("Voucher expired")
    NOT_ELIGIBLE = "voucher_not_eligible", _("Voucher does not apply")
    USED_UP = "voucher_used_up", _("Voucher used up")
    CUSTOMER_LIMIT = "voucher_customer_limit", _("Voucher already used by this customer")


class VoucherError(Exception):
    """A code that cannot be used; `message` is for the buyer, in their language."""

    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
        self.message = message


def normalise_code(raw) -> str:
    """Codes are compared without case and surrounding spaces; stored in capitals."""
    return str(raw or "").strip().upper()[:MAX_CODE_LENGTH]


def find_voucher(*, code: str) -> Voucher:
    code = normalise_code(code)
    voucher = Voucher.objects.filter(code__iexact=code).first() if code else None
    if voucher is None:
        raise VoucherError(
            VoucherErrorCode.UNKNOWN, gettext("There is no voucher with the code %(code)s.") % {"code": code}
        )
    return voucher


def check_dates(*, voucher: Voucher, now) -> None:
    if not voucher.active or voucher.starts_at > now:
        raise VoucherError(
            VoucherErrorCode.NOT_STARTED, gettext("The code %(code)s is not valid yet.") % {"code": voucher.code}
        )
    if voucher.ends_at is not None and voucher.ends_at <= now:
        raise VoucherError(VoucherErrorCode.EXPIRED, gettext("The code %(code)s has expired.") % {"code": voucher.code})


def used_up_error(voucher: Voucher) -> VoucherError:
    return VoucherError(
        VoucherErrorCode.USED_UP,
        gettext(
            "Sorry, the code %(code)s has been used up. Your cart is kept: remove the code to check out without it."
        )
        % {"code": voucher.code},
    )


def eligible_flags(*, voucher: Voucher, lines) -> list[bool]:
    """Per priced line: does the voucher apply to it? Bookings never (docs/vouchers.md)."""
    if voucher.scope == VoucherScope.PRODUCT:
        variants = set(ProductVariant.objects.filter(product_id=voucher.product_id).values_list("pk", flat=True))
        return [line.kind == LineKind.PRODUCT and line.variant_id in variants for line in lines]
    if voucher.scope == VoucherScope.PRODUCER:
        return [line.kind == LineKind.PRODUCT and line.producer_id == voucher.producer_id for line in lines]
    return [line.kind == LineKind.PRODUCT for line in lines]


def discount_amount(*, voucher: Voucher, eligible_total: int) -> int:
    """The discount in whole đồng: a percentage is rounded down; never more than the eligible lines."""
    if voucher.kind == VoucherKind.PERCENT:
        amount = eligible_total * min(voucher.percent or 0, 100) // 100
    else:
        amount = voucher.amount_vnd or 0
    return max(0, min(amount, eligible_total))


def spread(*, discount: int, totals: list[int], eligible: list[bool]) -> list[int]:
    """The discount shared over the eligible lines in proportion to their totals, in whole đồng.

    Each line gets its share rounded down and the last eligible line the remainder (moved to
    earlier lines if it would take that line below zero), so the shares add up to `discount`.
    """
    shares = [0] * len(totals)
    base = sum(total for total, ok in zip(totals, eligible, strict=True) if ok)
    if discount <= 0 or base <= 0:
        return shares
    indexes = [i for i, ok in enumerate(eligible) if ok]
    for i in indexes:
        shares[i] = discount * totals[i] // base
    left = discount - sum(shares)
    for i in reversed(indexes):
        extra = min(left, totals[i] - shares[i])
        shares[i] += extra
        left -= extra
    return shares


def price_voucher(*, code: str, lines, now=None, hint_used_up=True, held_by=()) -> tuple[Voucher, int, list[int]]:
    """(voucher, discount, per-line shares) for the code on these priced lines, or VoucherError.

    Checks the code, its dates and that something in the cart is eligible; with `hint_used_up` (a
    preview) a voucher already used up is refused too, unless one of `held_by` (the cart's pending
    orders) holds a use of it. Checkout leaves that to `redeem`, under lock.
    """
    now = now or timezone.now()
    voucher = find_voucher(code=code)
    check_dates(voucher=voucher, now=now)
    eligible = eligible_flags(voucher=voucher, lines=lines)
    totals = [line.total_vnd for line in lines]
    eligible_total = sum(total for total, ok in zip(totals, eligible, strict=True) if ok)
    discount = discount_amount(voucher=voucher, eligible_total=eligible_total)
    if discount <= 0:
        raise VoucherError(
            VoucherErrorCode.NOT_ELIGIBLE,
            gettext("The code %(code)s does not apply to anything in your cart.") % {"code": voucher.code},
        )
    if (
        hint_used_up
        and voucher.max_uses is not None
        and voucher.used_count >= voucher.max_uses
        and not voucher.redemptions.filter(order__in=list(held_by), released_at__isnull=True).exists()
    ):
        raise used_up_error(voucher)
    return voucher, discount, spread(discount=discount, totals=totals, eligible=eligible)


# --- uses ---------------------------------------------------------------------------------------


def lock_vouchers(*, voucher_ids) -> dict[int, Voucher]:
    """Lock Voucher rows by pk (always in that order, so two checkouts cannot deadlock)."""
    ids = sorted({pk for pk in voucher_ids if pk})
    return {voucher.pk: voucher for voucher in Voucher.objects.select_for_update().filter(pk__in=ids).order_by("pk")}


def voucher_ids_of(*, orders) -> set[int]:
    return set(
        VoucherRedemption.objects.filter(order__in=list(orders), released_at__isnull=True).values_list(
            "voucher_id", flat=True
        )
    )


def _give_back(*, voucher: Voucher, redemptions, now) -> int:
    ids = [redemption.pk for redemption in redemptions]
    if not ids:
        return 0
    released = VoucherRedemption.objects.filter(pk__in=ids, released_at__isnull=True).update(released_at=now)
    voucher.used_count = max(0, voucher.used_count - released)
    voucher.save(update_fields=["used_count"])
    return released


def _lapsed(now):
    """Uses held by orders that will not be paid: cancelled before payment, or pending past their hold."""
    return Q(order__status=OrderStatus.CANCELLED, order__paid_at__isnull=True) | Q(
        order__status=OrderStatus.PENDING, order__hold_expires_at__lte=now
    )


def release(*, order: Order, now=None) -> int:
    """The order will not be paid (cancelled before payment): its use of a voucher comes back.

    Inside a transaction; locks the Voucher rows (after the order and the line sources' rows).
    """
    now = now or timezone.now()
    active = list(VoucherRedemption.objects.filter(order=order, released_at__isnull=True))
    vouchers = lock_vouchers(voucher_ids=[redemption.voucher_id for redemption in active])
    return sum(
        _give_back(voucher=voucher, redemptions=[r for r in active if r.voucher_id == pk], now=now)
        for pk, voucher in vouchers.items()
    )


def release_lapsed(*, voucher: Voucher, now) -> int:
    """Give back the uses of this (locked) voucher whose orders will not be paid."""
    lapsed = list(voucher.redemptions.filter(_lapsed(now), released_at__isnull=True))
    return _give_back(voucher=voucher, redemptions=lapsed, now=now)


def release_all_lapsed(*, now=None) -> int:
    """For the expiry sweep: every lapsed use of every voucher; safe to run at any time."""
    now = now or timezone.now()
    ids = set(
        VoucherRedemption.objects.filter(_lapsed(now), released_at__isnull=True).values_list("voucher_id", flat=True)
    )
    released = 0
    for voucher_id in sorted(ids):
        with transaction.atomic():
            voucher = lock_vouchers(voucher_ids=[voucher_id]).get(voucher_id)
            if voucher is not None:
                released += release_lapsed(voucher=voucher, now=now)
    return released


def _customer_uses(*, voucher: Voucher, email: str, user, order: Order) -> int:
    mine = Q(email__iexact=email)
    if user is not None:
        mine |= Q(user=user)
    return voucher.redemptions.filter(mine, released_at__isnull=True).exclude(order=order).count()


def _take(*, voucher: Voucher, order: Order, email: str, user, now) -> None:
    """Count one more use for `order` (caller holds the voucher's lock), or VoucherError."""
    release_lapsed(voucher=voucher, now=now)
    if voucher.per_customer_limit and (
        _customer_uses(voucher=voucher, email=email, user=user, order=order) >= voucher.per_customer_limit
    ):
        raise VoucherError(
            VoucherErrorCode.CUSTOMER_LIMIT,
            gettext("You have already used the code %(code)s.") % {"code": voucher.code},
        )
    redemption = VoucherRedemption.objects.filter(voucher=voucher, order=order).first()
    if redemption is not None and redemption.released_at is None:
        return  # this order's use is already counted: a checkout again of the same cart
    if voucher.max_uses is not None and voucher.used_count >= voucher.max_uses:
        raise used_up_error(voucher)
    voucher.used_count += 1
    voucher.save(update_fields=["used_count"])
    if redemption is None:
        VoucherRedemption.objects.create(
            voucher=voucher, order=order, email=email, user=user, amount_vnd=order.discount_vnd
        )
    else:
        redemption.released_at = None
        redemption.save(update_fields=["released_at"])


def redeem(*, voucher_id: int, order: Order, email: str, user=None, now=None) -> VoucherRedemption:
    """Take a use of the voucher for `order`, inside start_checkout's transaction.

    With the Voucher row locked: lapsed uses come back first; then the per-customer limit (by email,
    without case, and by user when signed in) and the total are checked; the same order already
    holding a use keeps it (no double count). Raises VoucherError (used up, customer limit).
    """
    now = now or timezone.now()
    voucher = lock_vouchers(voucher_ids=[voucher_id])[voucher_id]
    _take(voucher=voucher, order=order, email=email, user=user, now=now)
    redemption = VoucherRedemption.objects.get(voucher=voucher, order=order)
    redemption.email, redemption.user, redemption.amount_vnd = email, user, order.discount_vnd
    redemption.save(update_fields=["email", "user", "amount_vnd"])
    return redemption


def confirm(*, order: Order, now=None) -> bool:
    """The order is being paid: its use must be counted. A use given back meanwhile (the hold
    lapsed) is taken again if the voucher still allows it; False when it does not (the payment is
    then refunded, like a lost stock hold). Inside mark_paid's transaction.
    """
    now = now or timezone.now()
    redemptions = list(VoucherRedemption.objects.filter(order=order))
    vouchers = lock_vouchers(voucher_ids=[r.voucher_id for r in redemptions if r.released_at is not None])
    for voucher in vouchers.values():
        try:
            _take(voucher=voucher, order=order, email=order.email, user=order.user, now=now)
        except VoucherError:
            return False
    return True


# --- refunds ------------------------------------------------------------------------------------


def paid_for_units(line, quantity: int, *, after: int = 0) -> int:
    """What the buyer paid, in đồng, for `quantity` units of an order line that follow its first
    `after` units (the line's discount prorated: unit price × units − its share of discount_vnd).

    Cumulative and exact: paid(n) = unit × n − ⌊discount × n / line quantity⌋, so refunding the
    units one by one (after = 0, 1, 2, …) adds up to exactly unit × quantity − discount_vnd.
    """
    total_units = line.quantity
    first = max(0, min(after, total_units))
    last = max(first, min(after + quantity, total_units))

    def paid(units):
        return line.unit_price_vnd * units - (line.discount_vnd * units // total_units if total_units else 0)

    return paid(last) - paid(first)
