"""The day manifest of hosts, operators and staff: who comes, where and when, with totals, and as CSV.

Rows are the bookings a user may see (Booking.objects.for_user): a host sees the parts of package
bookings at its place, with the package's lead traveller and group; an operator its packages and
their parts. Times are Cao Bằng time whatever the admin user's own time zone.
"""

import csv
import zoneinfo
from dataclasses import dataclass, field

from django.http import HttpResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from core import languages
from tourism.traveller_info import ZONE_NAME


@dataclass
class ManifestGroup:
    place: str  # the experience, homestay (and room) or package
    time: str  # "08:00" for a session; "" for stays and packages
    bookings: list = field(default_factory=list)

    @property
    def people(self):
        return sum(booking.people for booking in self.bookings)

    @property
    def has_packages(self):
        return any(booking.parent_id or booking.departure_id for booking in self.bookings)

    @property
    def has_stays(self):
        return any(booking.room_id for booking in self.bookings)

    @property
    def rows(self):
        """[(booking, facts)]: what the page and the CSV show of each booking, in the active language."""
        return [(booking, booking_facts(booking)) for booking in self.bookings]


def manifest_groups(bookings):
    """Bookings (with their session, room or departure loaded) grouped by place and start time, in time order."""
    zone = zoneinfo.ZoneInfo(ZONE_NAME)
    groups = {}
    for booking in bookings:
        if booking.session_id:
            starts = timezone.localtime(booking.session.starts_at, timezone=zone)
            key = (starts.strftime("%H:%M"), booking.session.experience.title)
        elif booking.room_id:
            key = ("", f"{booking.room.homestay.title} · {booking.room.room_type}")
        else:
            key = ("", booking.departure.package.title)
        groups.setdefault(key, ManifestGroup(place=key[1], time=key[0])).bookings.append(booking)
    for group in groups.values():
        group.bookings.sort(key=lambda booking: (booking.lead_name, booking.pk))
    return [groups[key] for key in sorted(groups, key=lambda key: (key[0] == "", key))]


def manifest_totals(bookings):
    """Bookings and people count each traveller group once: a package booking and its parts are one
    booking; rooms count every room taken."""
    groups = {booking.parent_id or booking.pk: booking.people for booking in bookings}
    return {
        "bookings": len(groups),
        "people": sum(groups.values()),
        "rooms": sum(1 for booking in bookings if booking.room_id),
    }


def booking_number(booking):
    """The number staff and travellers know: a package's part goes by its package booking's."""
    return booking.parent_id or booking.pk


def package_title(booking):
    """The package a part belongs to ("" for a booking made on its own)."""
    if booking.parent_id and booking.parent.departure_id:
        return booking.parent.departure.package.title
    if booking.departure_id:
        return booking.departure.package.title
    return ""


def stay_dates(booking):
    if not booking.room_id:
        return ""
    return (
        f"{date_format(booking.check_in, 'SHORT_DATE_FORMAT')} → {date_format(booking.check_out, 'SHORT_DATE_FORMAT')}"
    )


def language_name(code):
    try:
        return _(languages.get(code).name)
    except languages.UnknownLanguage:
        return code


def booking_facts(booking):
    return {
        "number": booking_number(booking),
        "package": package_title(booking),
        "stay": stay_dates(booking),
        "language": language_name(booking.language),
    }


def manifest_csv(groups, *, date):
    """UTF-8 with a byte-order mark, so spreadsheet programs open Vietnamese, Lao and Chinese names right."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="manifest-{date:%Y-%m-%d}.csv"'
    response["Cache-Control"] = "private, no-store"
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow(
        [
            _("Date"),
            _("Time"),
            _("Place"),
            _("Booking"),
            _("Package"),
            _("Lead traveller"),
            _("People"),
            _("Stay"),
            _("Phone"),
            _("Language"),
            _("Status"),
        ]
    )
    day = date_format(date, "SHORT_DATE_FORMAT")
    for group in groups:
        for booking, facts in group.rows:
            writer.writerow(
                [
                    day,
                    group.time,
                    group.place,
                    facts["number"],
                    facts["package"],
                    booking.lead_name,
                    booking.people,
                    facts["stay"],
                    booking.phone,
                    facts["language"],
                    booking.get_status_display(),
                ]
            )
    return response
