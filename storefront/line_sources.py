"""What a cart can hold: each kind of line comes from a registered *line source*.

Products are the built-in source ("product", storefront.product_lines). Another app (tourism's
bookings) registers its own at start-up, in its AppConfig.ready():

    from storefront.line_sources import register_line_source
    register_line_source(BookingLineSource())

A source is any object with the attributes and methods of `LineSource`. Checkout calls, for an
order's lines of that source:
- `price_lines(lines=..., holders=...)`: price cart lines now (never trusting the client) →
  list[PricedLine]; what the orders in `holders` (the cart's own pending orders) hold counts as
  available, so a buyer back from the pay page is not sold out by their own hold (it writes nothing);
- `hold_lines(order=..., lines=..., expires_at=...)`: inside checkout's transaction, lock the rows
  that limit supply with select_for_update() ordered by pk, and take the units; raise SoldOut
  when there are not enough;
- `release_lines(order=...)`: give back what `hold_lines` took (expiry, cancellation);
- `confirm_lines(order=...)`: the order is paid: make the holds final. If a hold was already
  released, take the units again if still free; return False when they are gone (the payment
  is then refunded).
Checkout first locks the cart row and its pending orders; then sources are called in the order
of their names, and each locks its rows by pk, so two checkouts always lock in the same global
order and cannot deadlock.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from django.utils.translation import gettext_lazy as _


class SoldOut(Exception):
    """Not enough stock or seats for a line; `message` is for the buyer, in their language."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message

    @staticmethod
    def message_for(line):
        item = f"{line.description} ({line.label})" if line.label else line.description
        return str(SOLD_OUT_MESSAGE) % {"item": item}


class UnknownLine(Exception):
    """A cart line whose product or session no longer exists or is not for sale."""


@dataclass(frozen=True)
class PricedLine:
    source: str
    reference: str
    kind: str  # a storefront.models.LineKind value
    description: str
    label: str
    unit_price_vnd: int
    quantity: int
    available: int  # how many could be bought right now
    weight_grams: int = 0  # per unit, for the delivery fee; 0 for what is not shipped
    shipped: bool = True  # False for what is not delivered (a booking): a cart of only those asks no address
    sku: str = ""
    variant_id: int | None = None
    producer_id: int | None = None
    url: str = ""
    # Why the line cannot be bought now although stock exists (a closed season), for the buyer;
    # "" when it can. Such a line is priced with `available` 0, so checkout refuses it too.
    unavailable_message: str = ""

    @property
    def total_vnd(self):
        return self.unit_price_vnd * self.quantity


class LineSource(Protocol):
    name: str

    def price_lines(self, *, lines: Sequence, holders: Sequence = ()) -> list[PricedLine]: ...

    def hold_lines(self, *, order, lines: Sequence, expires_at) -> None: ...

    def release_lines(self, *, order) -> None: ...

    def confirm_lines(self, *, order) -> bool: ...


_registry: dict[str, LineSource] = {}

SOLD_OUT_MESSAGE = _("Sorry, %(item)s is sold out or there are fewer left than you asked for.")


def register_line_source(source: LineSource) -> None:
    _registry[source.name] = source


def get_line_source(name: str) -> LineSource:
    try:
        return _registry[name]
    except KeyError:
        raise UnknownLine(name) from None


def line_sources() -> list[LineSource]:
    """Every registered source, in the fixed order checkout locks them in."""
    return [_registry[name] for name in sorted(_registry)]
