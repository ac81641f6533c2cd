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
from tourism.availability import seats_left_by_session, session_seats_left
from tourism.bookings import BookingError, cancel_booking, lock_places, refund_amount
from tourism.models import (
    Booking,
    BookingChange,
    BookingChangeKind,
    BookingErrorCode,
    BookingStatus,
    ExperienceSession,
)
from tourism.tasks import refund_cancelled_booking_task, send_change_notices_task


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
    start = booking.starts_on
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
        was_paid = locked.status == BookingStatus.CONFIRMED
        policy_refund = cancel_booking(booking=locked, now=now)
        refund = policy_refund
        if overridden:
            refund = refund_vnd if was_paid else 0  # a hold was never paid
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
        enqueue_on_commit(send_change_notices_task, change_id=change.pk)
    return change


def cancel_all(*, bookings, now):
    """The traveller cancels every booking of an order that can still be cancelled; returns the changes."""
    return [cancel(booking=booking, now=now) for booking in bookings if quote(booking=booking, now=now).cancellable]


def sessions_to_move_to(*, booking, now, days=60):
    """Other sessions of the booked experience, in the coming `days`, with places for the whole group."""
    session = booking.session
    later = now + datetime.timedelta(days=days)
    others = ExperienceSession.objects.filter(
        experience_id=session.experience_id, starts_at__gt=now, starts_at__lt=later
    ).exclude(pk=session.pk)
    seats = seats_left_by_session(sessions=others.order_by("starts_at"), now=now)
    return [(other, left) for other, left in seats if left >= booking.people]


def change_session(*, booking, to_session, now, staff=None):
    """Move a confirmed session booking to another session of the same experience, with places,
    while the free-cancellation period lasts (or by staff at any time). Price and policy stay."""
    if not booking.session_id:
        raise BookingError(BookingErrorCode.INVALID, _("Only an experience booking can move to another session."))
    with transaction.atomic():
        lock_places(session_ids=[booking.session_id, to_session.pk])
        # of=self: PostgreSQL locks no row of a nullable join (the session), and lock_places holds those.
        locked = Booking.objects.select_for_update(of=("self",)).select_related("session").get(pk=booking.pk)
        if locked.status != BookingStatus.CONFIRMED:
            raise BookingError(BookingErrorCode.ILLEGAL_TRANSITION, _("Only a confirmed booking can change its date."))
        if staff is None and not quote(booking=locked, now=now).free:
            raise BookingError(
                BookingErrorCode.ILLEGAL_TRANSITION,
                _("The date can be changed only until the end of the free-cancellation period."),
            )
        to_session = ExperienceSession.objects.get(pk=to_session.pk)
        if to_session.experience_id != locked.session.experience_id or to_session.starts_at <= now:
            raise BookingError(BookingErrorCode.INVALID, _("Choose another session of the same experience."))
        if session_seats_left(session=to_session, now=now) < locked.people:
            raise BookingError(BookingErrorCode.SOLD_OUT, _("This session no longer has places for your group."))
        change = BookingChange.objects.create(
            booking=locked,
            kind=BookingChangeKind.DATE_CHANGED,
            staff=staff,
            from_session=locked.session,
            to_session=to_session,
        )
        Booking.objects.filter(pk=locked.pk).update(session=to_session)
        enqueue_on_commit(send_change_notices_task, change_id=change.pk)
    return change
