"""Stock as buyers read it, and holds on it while an order is paid for.

Locking rule (every function here): StockLevel rows are locked with select_for_update() ordered by
variant pk, inside the caller's transaction, before any StockHold row is read or changed. Two
checkouts therefore lock shared variants in the same order and cannot deadlock, and the check
"enough left?" and the decrement happen under the same lock, so concurrent buyers cannot oversell.
A hold takes units off StockLevel.quantity at once; releasing gives them back.

The product page model reads its stock status from here (and its API fields the quantities), so the
functions import this app's models when they run, not when the module loads.
"""

from dataclasses import dataclass

from django.db import models, transaction
from django.db.models import F, Q, Sum
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from storefront.signals import stock_changed

LOW_STOCK_THRESHOLD = 5


class StockState(models.TextChoices):
    IN_STOCK = "in_stock", _("In stock")
    LOW = "low", _("Low stock")
    SOLD_OUT = "sold_out", _("Sold out")


@dataclass(frozen=True)
class StockStatus:
    state: StockState
    quantity: int

    @property
    def label(self):
        if self.state == StockState.LOW:
            return gettext("Only %(count)s left") % {"count": self.quantity}
        return self.state.label

    @property
    def schema_org_availability(self):
        if self.state == StockState.SOLD_OUT:
            return "https://schema.org/OutOfStock"
        return "https://schema.org/InStock"

    @property
    def shown(self):
        """What a page shows of it: the state, and the number only when low ("in stock" hides it)."""
        return (self.state, self.quantity if self.state == StockState.LOW else None)


def stock_status(*, quantity: int) -> StockStatus:
    """Sold out at 0, "only N left" up to 5, else in stock."""
    if quantity <= 0:
        return StockStatus(StockState.SOLD_OUT, 0)
    if quantity <= LOW_STOCK_THRESHOLD:
        return StockStatus(StockState.LOW, quantity)
    return StockStatus(StockState.IN_STOCK, quantity)


def _stock_changed(changes):
    """Tell the pages that show stock (the page cache): {variant pk: (quantity before, after)}."""
    stock_changed.send(sender=StockStatus, changes=changes)


def _active_holds():
    from storefront.models import StockHold

    return StockHold.objects.filter(released_at__isnull=True, confirmed_at__isnull=True)


def available_quantities(*, variant_ids, now=None, held_by=()) -> dict[int, int]:
    """Units a buyer could take now: stock plus units of holds that have expired but not yet been released.

    `held_by`: orders whose holds count as free too (the buyer's own pending order, seen from its cart).
    """
    from storefront.models import StockLevel

    now = now or timezone.now()
    stock = dict(StockLevel.objects.filter(variant_id__in=variant_ids).values_list("variant_id", "quantity"))
    free_again = Q(expires_at__lte=now) | Q(order__in=[order.pk for order in held_by])
    expired = (
        _active_holds()
        .filter(free_again, variant_id__in=variant_ids)
        .values("variant_id")
        .annotate(units=Sum("quantity"))
        .values_list("variant_id", "units")
    )
    for variant_id, units in expired:
        stock[variant_id] = stock.get(variant_id, 0) + units
    return stock


def _lock_stock(variant_ids):
    """Lock the StockLevel rows, always in variant-pk order (see the module docstring)."""
    from storefront.models import StockLevel

    rows = StockLevel.objects.select_for_update().filter(variant_id__in=set(variant_ids)).order_by("variant_id")
    return {row.variant_id: row for row in rows}


def _release(holds, levels, now):
    """Give held units back to their (already locked) stock rows."""
    for hold in holds:
        level = levels.get(hold.variant_id)
        if level is not None:
            level.quantity += hold.quantity
            level.save(update_fields=["quantity"])
        hold.released_at = now
        hold.save(update_fields=["released_at"])
    return len(holds)


def hold_stock(*, order, quantities: dict[int, int], expires_at, now=None) -> None:
    """Take `quantities` ({variant pk: units}) off stock for `order` until `expires_at`.

    Must run inside a transaction. Expired holds on the same variants are released first
    (lazily, under the same locks). Raises SoldOut, naming the item, when any variant has fewer
    units than asked; then nothing is taken.
    """
    from storefront.line_sources import SOLD_OUT_MESSAGE, SoldOut
    from storefront.models import ProductVariant, StockHold

    now = now or timezone.now()
    levels = _lock_stock(quantities)
    _release(list(_active_holds().filter(variant_id__in=quantities, expires_at__lte=now)), levels, now)
    for variant_id, units in sorted(quantities.items()):
        level = levels.get(variant_id)
        if level is None or level.quantity < units:
            variant = ProductVariant.objects.select_related("product").filter(pk=variant_id).first()
            item = f"{variant.product.title} ({variant.label})" if variant else "?"
            raise SoldOut(SOLD_OUT_MESSAGE % {"item": item})
    for variant_id, units in sorted(quantities.items()):
        # F() keeps the decrement in SQL; the row lock already makes the check above hold.
        type(levels[variant_id]).objects.filter(pk=levels[variant_id].pk).update(quantity=F("quantity") - units)
    _stock_changed(
        {
            variant_id: (levels[variant_id].quantity, levels[variant_id].quantity - units)
            for variant_id, units in quantities.items()
        }
    )
    StockHold.objects.bulk_create(
        StockHold(order=order, variant_id=variant_id, quantity=units, expires_at=expires_at)
        for variant_id, units in sorted(quantities.items())
    )


def release_order_holds(*, order, now=None) -> int:
    """Give back every unit `order` still holds (cancelled, or holding again). Inside a transaction."""
    now = now or timezone.now()
    holds = list(_active_holds().filter(order=order).order_by("variant_id"))
    if not holds:
        return 0
    levels = _lock_stock(hold.variant_id for hold in holds)
    holds = list(_active_holds().filter(order=order))  # re-read under the lock
    return _release(holds, levels, now)


def confirm_order_holds(*, order, quantities: dict[int, int], now=None) -> bool:
    """The order is paid: make its holds final. Inside a transaction.

    A hold that was released (it expired and its units went back on sale) is taken again when
    the units are still there. Returns False, changing nothing, when they are not: the caller
    refunds the payment.
    """
    from storefront.models import StockHold

    now = now or timezone.now()
    levels = _lock_stock(quantities)
    active = {hold.variant_id: hold for hold in _active_holds().filter(order=order)}
    missing = {variant_id: units for variant_id, units in quantities.items() if variant_id not in active}
    if any(variant_id not in levels or levels[variant_id].quantity < units for variant_id, units in missing.items()):
        return False
    for variant_id, units in sorted(missing.items()):
        type(levels[variant_id]).objects.filter(pk=levels[variant_id].pk).update(quantity=F("quantity") - units)
        _stock_changed({variant_id: (levels[variant_id].quantity, levels[variant_id].quantity - units)})
        StockHold.objects.create(order=order, variant_id=variant_id, quantity=units, expires_at=now, confirmed_at=now)
    _active_holds().filter(order=order).update(confirmed_at=now)
    return True


def release_expired_holds(*, now=None) -> int:
    """Release every hold past its expiry; returns how many. Safe to run at any time, repeatedly."""
    now = now or timezone.now()
    variant_ids = set(_active_holds().filter(expires_at__lte=now).values_list("variant_id", flat=True))
    if not variant_ids:
        return 0
    with transaction.atomic():
        levels = _lock_stock(variant_ids)
        holds = list(_active_holds().filter(Q(variant_id__in=variant_ids), expires_at__lte=now))
        return _release(holds, levels, now)


def restock_units(*, quantities: dict[int, int]) -> None:
    """Put returned units back on sale ({variant pk: units}), under the stock locks. Inside a transaction.

    Called once per refund, when the refund is booked (storefront.orders), never per event.
    """
    levels = _lock_stock(quantities)
    changes = {}
    for variant_id, units in sorted(quantities.items()):
        level = levels.get(variant_id)
        if level is None or units <= 0:
            continue
        type(level).objects.filter(pk=level.pk).update(quantity=F("quantity") + units)
        changes[variant_id] = (level.quantity, level.quantity + units)
    if changes:
        _stock_changed(changes)
