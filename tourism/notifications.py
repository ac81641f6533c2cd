"""The booking confirmation: an email in the traveller's language with an .ics calendar file."""

import datetime
import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from core.money import format_vnd
from tourism.models import Booking, BookingStatus

logger = logging.getLogger(__name__)


def booking_ics(*, booking, now):
    """An iCalendar (RFC 5545) VEVENT for the booking: timed for a session, all-day dates otherwise."""
    if booking.session_id:
        start = booking.session.starts_at.astimezone(datetime.UTC)
        end = start + datetime.timedelta(minutes=booking.session.experience.duration_minutes)
        when = [f"DTSTART:{start:%Y%m%dT%H%M%SZ}", f"DTEND:{end:%Y%m%dT%H%M%SZ}"]
        title = booking.session.experience.title
    elif booking.room_id:
        when = [f"DTSTART;VALUE=DATE:{booking.check_in:%Y%m%d}", f"DTEND;VALUE=DATE:{booking.check_out:%Y%m%d}"]
        title = f"{booking.room.homestay.title} · {booking.room.room_type}"
    else:
        package = booking.departure.package
        end = booking.departure.date + datetime.timedelta(days=package.length_days)
        when = [f"DTSTART;VALUE=DATE:{booking.departure.date:%Y%m%d}", f"DTEND;VALUE=DATE:{end:%Y%m%d}"]
        title = package.title
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Cao Bang Highlands//Bookings//EN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:booking-{booking.pk}@caobang",
        f"DTSTAMP:{now.astimezone(datetime.UTC):%Y%m%dT%H%M%SZ}",
        *when,
        f"SUMMARY:{_escape(title)}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


def send_booking_confirmation(*, booking_id, raise_errors: bool = False) -> bool:
    """Email the confirmation once; if the mail server fails, give the claim back for a later try.

    The sent-at flag is claimed with a conditional UPDATE (one sender among concurrent callers) and
    given back on failure. Returns False then, or with `raise_errors` raises the error for the
    background task to retry (tourism/tasks.py); `send_unsent_booking_emails` (cron) is the last
    resort. The booking is confirmed and paid whatever the mail does.
    """
    claimed_at = timezone.now()
    if not Booking.objects.filter(pk=booking_id, confirmation_sent_at__isnull=True).update(
        confirmation_sent_at=claimed_at
    ):
        return False
    booking = Booking.objects.select_related("session__experience", "room__homestay", "departure__package").get(
        pk=booking_id
    )
    try:
        with translation.override(booking.language):
            subject = _("Your booking #%(number)s is confirmed") % {"number": booking.pk}
            body = _(
                "Hello %(name)s,\n\nyour booking for %(item)s is confirmed for %(people)s people. Total paid: %(total)s.\n"
                "Free cancellation until %(days)s days before the start; after that %(percent)s%% is refunded.\n"
                "The attached calendar file adds it to your calendar.\n\nCao Bằng Highlands"
            ) % {
                "name": booking.lead_name,
                "item": str(booking.booked_item),
                "people": booking.people,
                "total": format_vnd(booking.total_vnd, booking.language),
                "days": booking.free_cancellation_days,
                "percent": booking.late_refund_percent,
            }
            message = EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [booking.email])
            message.attach(
                f"booking-{booking.pk}.ics", booking_ics(booking=booking, now=timezone.now()), "text/calendar"
            )
            message.send()
    except Exception:  # SMTP refused or timed out: the booking stands, the email waits for a retry
        logger.exception("Booking %s: the confirmation email could not be sent; it will be retried", booking.pk)
        Booking.objects.filter(pk=booking_id, confirmation_sent_at=claimed_at).update(confirmation_sent_at=None)
        if raise_errors:
            raise
        return False
    return True


def send_unsent_confirmations(*, now, within_days: int = 14) -> tuple[int, int]:
    """Retry the confirmation of every recent confirmed booking that has none; (sent, still failing)."""
    pending = Booking.objects.filter(
        parent__isnull=True,
        status=BookingStatus.CONFIRMED,
        confirmation_sent_at__isnull=True,
        created_at__gte=now - datetime.timedelta(days=within_days),
    ).values_list("pk", flat=True)
    sent = failed = 0
    for booking_id in pending:
        if send_booking_confirmation(booking_id=booking_id):
            sent += 1
        else:
            failed += 1
    return sent, failed


def _escape(text):
    return str(text).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def send_traveller_change_email(*, change):
    """Tell the traveller of a cancellation or date change (a BookingChange), in their language."""
