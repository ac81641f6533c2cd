from dataclasses import dataclass

from django import template
from django.utils import timezone

from tourism.cancellations import Quote, quote
from tourism.models import Booking, BookingStatus
from tourism.traveller_info import TravellerInfo, traveller_info

register = template.Library()


@dataclass(frozen=True)
class OrderBooking:
    booking: Booking
    info: TravellerInfo
    quote: Quote


@register.simple_tag
def order_bookings(order):
    """The order's bookings (a package's parts are shown within it), with what the traveller needs and the refund now."""
    now = timezone.now()
    bookings = (
        Booking.objects.filter(order_line__order=order, parent=None)
        .exclude(status=BookingStatus.EXPIRED)  # holds given back before payment: never the traveller's booking
        .select_related("session__experience__village", "room__homestay__village", "departure__package__operator")
        .prefetch_related("changes")
        .order_by("pk")
    )
    return [OrderBooking(booking, traveller_info(booking), quote(booking=booking, now=now)) for booking in bookings]


@register.simple_tag
def cancellable_count(order_bookings):
    """How many of the order's bookings the traveller may still cancel (a link for all of them when > 1)."""
    return sum(1 for item in order_bookings if item.booking.status == "confirmed" and item.quote.cancellable)
