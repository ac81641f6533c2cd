"""Cancelling a booking under the policy stored on it, by its traveller or by staff.

One path for both: the booking is cancelled and its places freed in one transaction, the change
is logged (BookingChange), and after commit the refund goes through its order
(tourism.bookings.refund_booking → storefront.orders.refund, retried in the background with the
same key, so never paid twice) and the traveller, operator and host are told. Staff may set
another refund than the policy's, with a reason, which the log keeps.
"""

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.tasks import enqueue_on_commit
from tourism.bookings import BookingError, booking_start, cancel_booking, refund_amount
from tourism.models import Booking, BookingChange, BookingChangeKind, BookingErrorCode, BookingStatus
from tourism.tasks import refund_cancelled_booking_task, send_cancellation_notices_task


@dataclass(frozen=True)
class Quote:
    """What cancelling `booking` at `now` gives back under its stored policy."""

    booking: Booking
    refund_vnd: int
    days_before: int
    free: bool  # still inside the free-cancellation period: everything back
    free_until: datetime.date  # the last day of that period

    @property
    def cancellable(self):
        return self.booking.status in (BookingStatus.HELD, BookingStatus.CONFIRMED) and self.days_before > 0


def quote(*, booking, now):
    start = booking_start(booking)
    days_before = (start - timezone.localtime(now).date()).days
    return Quote(
        booking=booking,
        refund_vnd=refund_amount(booking=booking, now=now),
        days_before=days_before,
        free=days_before >= booking.free_cancellation_days,
        free_until=start - datetime.timedelta(days=booking.free_cancellation_days),
    )


def cancel(*, booking, now, staff=None, refund_vnd=None, reason=""):
    """Cancel a package, session or stay booking (never a package's component alone); returns the BookingChange.

    `refund_vnd` (staff only, with a `reason`) replaces the policy's refund: between 0 and what
    was paid. A traveller may cancel only before the start day. Raises BookingError.
    """
    if booking.parent_id is not None:
        raise BookingError(BookingErrorCode.INVALID, _("Cancel the whole package booking instead."))
    overridden = refund_vnd is not None
    if overridden:
        if staff is None or not reason.strip():
            raise BookingError(BookingErrorCode.INVALID, _("Give a reason for a refund other than the policy's."))
        if not 0 <= refund_vnd <= booking.total_vnd:
            raise BookingError(
                BookingErrorCode.INVALID,
                _("The refund must be between 0 and the booking's total."),
            )
    with transaction.atomic():
        locked = Booking.objects.select_for_update().get(pk=booking.pk)
        if staff is None and not quote(booking=locked, now=now).cancellable:
            raise BookingError(
                BookingErrorCode.ILLEGAL_TRANSITION, _("This booking can no longer be cancelled online.")
            )
        policy_refund = cancel_booking(booking=locked, now=now)
        refund = policy_refund
        if overridden and locked.status == BookingStatus.CANCELLED:
            refund = refund_vnd if booking.status == BookingStatus.CONFIRMED else 0
            Booking.objects.filter(pk=locked.pk).update(refund_vnd=refund)
        change = BookingChange.objects.create(
            booking=locked,
            kind=BookingChangeKind.OVERRIDDEN if overridden else BookingChangeKind.CANCELLED,
            staff=staff,
            policy_refund_vnd=policy_refund,
            refund_vnd=refund,
            reason=reason.strip(),
        )
        if refund:
            enqueue_on_commit(refund_cancelled_booking_task, booking_id=locked.pk)
        enqueue_on_commit(send_cancellation_notices_task, change_id=change.pk)
    return change
