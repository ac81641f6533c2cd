"""The booking confirmation: an email in the traveller's language with an .ics calendar file."""

import datetime
import logging
import re

from django.conf import settings
from django.core.mail import EmailMessage
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from core.money import format_vnd
from tourism.hosts import partner_recipients
from tourism.models import Booking, BookingChangeKind, BookingStatus
from tourism.traveller_info import traveller_info

logger = logging.getLogger(__name__)


def booking_ics(*, booking, now):
    """An iCalendar (RFC 5545) VEVENT for the booking: timed (UTC) for a session, all-day dates otherwise,
    with the meeting point, its coordinates and what the traveller needs in the description.
    Call with the traveller's language active."""
    info = traveller_info(booking)
    if info.starts_at is not None:
        start = info.starts_at.astimezone(datetime.UTC)
        end = start + datetime.timedelta(minutes=booking.session.experience.duration_minutes)
        when = [f"DTSTART:{start:%Y%m%dT%H%M%SZ}", f"DTEND:{end:%Y%m%dT%H%M%SZ}"]
    else:
        when = [f"DTSTART;VALUE=DATE:{info.start_date:%Y%m%d}", f"DTEND;VALUE=DATE:{info.end_date:%Y%m%d}"]
    place = []
    if info.place:
        place.append(f"LOCATION:{_escape(info.place)}")
    if info.latitude is not None and info.longitude is not None:
        place.append(f"GEO:{info.latitude:.6f};{info.longitude:.6f}")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Cao Bang Highlands//Bookings//EN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:booking-{booking.pk}@caobang",
        f"DTSTAMP:{now.astimezone(datetime.UTC):%Y%m%dT%H%M%SZ}",
        *when,
        f"SUMMARY:{_escape(info.title)}",
        *place,
        f"DESCRIPTION:{_escape(traveller_text(info))}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"


def traveller_text(info):
    """The practical facts as plain text lines, for emails and calendar files."""
    lines = [_("When: %(when)s") % {"when": info.when}]
    if info.meeting_point:
        lines.append(_("Meeting point: %(place)s") % {"place": info.meeting_point})
    if info.address:
        lines.append(_("Address: %(address)s") % {"address": info.address})
    if info.map_url:
        lines.append(_("Map: %(url)s") % {"url": info.map_url})
    for contact in info.contacts:
        reach = " · ".join(part for part in (contact.phone, contact.email) if part)
        name = f"{contact.name} ({reach})" if reach else contact.name
        lines.append((_("Tour operator: %(name)s") if contact.operator else _("Host: %(name)s")) % {"name": name})
    if info.what_to_bring:
        lines.append(_("What to bring: %(things)s") % {"things": info.what_to_bring})
    lines.append(info.terms)
    return "\n".join(lines)


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
    booking = _booking(booking_id)
    try:
        with translation.override(booking.language):
            info = traveller_info(booking)
            subject = _("Your booking #%(number)s is confirmed") % {"number": booking.pk}
            body = _(
                "Hello %(name)s,\n\nyour booking for %(item)s is confirmed for %(people)s people. Total paid: %(total)s.\n\n"
                "%(facts)s\n\nThe attached calendar file adds it to your calendar. Your order page lets you "
                "cancel or change it under these terms.\n\nCao Bằng Highlands"
            ) % {
                "name": booking.lead_name,
                "item": info.title,
                "people": booking.people,
                "total": format_vnd(booking.total_vnd, booking.language),
                "facts": traveller_text(info),
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


def send_traveller_change_email(*, change):
    """Tell the traveller of a cancellation or date change (a BookingChange), in their language."""
    booking = _booking(change.booking_id)
    with translation.override(booking.language):
        info = traveller_info(booking)
        if change.kind == BookingChangeKind.DATE_CHANGED:
            subject = _("Your booking #%(number)s has a new date") % {"number": booking.pk}
            news = _("your booking for %(item)s now takes place on %(when)s.") % {"item": info.title, "when": info.when}
        else:
            subject = _("Your booking #%(number)s is cancelled") % {"number": booking.pk}
            news = _(
                "your booking for %(item)s (%(when)s) is cancelled. Refund: %(refund)s, to the card you paid with."
            ) % {
                "item": info.title,
                "when": info.when,
                "refund": format_vnd(change.refund_vnd or 0, booking.language),
            }
        body = _("Hello %(name)s,\n\n%(news)s\n\n%(facts)s\n\nCao Bằng Highlands") % {
            "name": booking.lead_name,
            "news": news,
            "facts": traveller_text(info) if change.kind == BookingChangeKind.DATE_CHANGED else "",
        }
        body = re.sub(r"\n{3,}", "\n\n", body)  # a cancellation has no facts paragraph
        message = EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [booking.email])
        if change.kind == BookingChangeKind.DATE_CHANGED:
            message.attach(
                f"booking-{booking.pk}.ics", booking_ics(booking=booking, now=timezone.now()), "text/calendar"
            )
        message.send()


def send_partner_change_emails(*, change):
    """Tell the operator and the hosts of a cancellation or date change, each in their language.
    Only what they need to plan: no guest's email or phone."""
    booking = _booking(change.booking_id)
    for email, language in partner_recipients(booking):
        with translation.override(language):
            info = traveller_info(booking)
            if change.kind == BookingChangeKind.DATE_CHANGED:
                subject = _("Booking #%(number)s moved to %(when)s") % {"number": booking.pk, "when": info.when}
            else:
                subject = _("Booking #%(number)s cancelled: %(item)s, %(when)s") % {
                    "number": booking.pk,
                    "item": info.title,
                    "when": info.when,
                }
            body = (
                _("%(item)s, %(when)s: %(people)s people (%(name)s). The places are free again.")
                % {
                    "item": info.title,
                    "when": info.when,
                    "people": booking.people,
                    "name": booking.lead_name,
                }
                if change.kind != BookingChangeKind.DATE_CHANGED
                else _("%(item)s: %(people)s people (%(name)s) now come on %(when)s.")
                % {"item": info.title, "when": info.when, "people": booking.people, "name": booking.lead_name}
            )
            EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [email]).send()


def _booking(booking_id):
    return Booking.objects.select_related(
        "session__experience__village", "room__homestay__village", "departure__package__operator"
    ).get(pk=booking_id)


def _fold(line):
    """RFC 5545 lines are at most 75 octets: longer ones continue on lines starting with a space."""
    data = line.encode()
    if len(data) <= 75:
        return line
    parts, start = [], 0
    while start < len(data):
        end = min(start + (75 if not parts else 74), len(data))
        while end < len(data) and (data[end] & 0xC0) == 0x80:  # never split a UTF-8 character
            end -= 1
        parts.append(data[start:end].decode())
        start = end
    return "\r\n ".join(parts)


def _escape(text):
    return str(text).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
