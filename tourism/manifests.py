"""The day manifest of hosts, operators and staff: who comes, where and when, with totals, and as CSV."""

import csv
from dataclasses import dataclass, field

from django.http import HttpResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _


@dataclass
class ManifestGroup:
    place: str  # the experience, homestay (and room) or package
    time: str  # "08:00" for a session; "" for stays and packages
    bookings: list = field(default_factory=list)

    @property
    def people(self):
        return sum(booking.people for booking in self.bookings)


def manifest_groups(bookings):
    """Bookings (with their session, room or departure loaded) grouped by place and start time, in time order."""
    groups = {}
    for booking in bookings:
        if booking.session_id:
            key = (timezone.localtime(booking.session.starts_at).strftime("%H:%M"), booking.session.experience.title)
        elif booking.room_id:
            key = ("", f"{booking.room.homestay.title} · {booking.room.room_type}")
        else:
            key = ("", booking.departure.package.title)
        groups.setdefault(key, ManifestGroup(place=key[1], time=key[0])).bookings.append(booking)
    for group in groups.values():
        group.bookings.sort(key=lambda booking: booking.lead_name)
    return [groups[key] for key in sorted(groups, key=lambda key: (key[0] == "", key))]


def manifest_csv(groups, *, date):
    """UTF-8 with a byte-order mark, so spreadsheet programs open Vietnamese, Lao and Chinese names right."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="manifest-{date:%Y-%m-%d}.csv"'
    response["Cache-Control"] = "private, no-store"
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow(
        [_("Date"), _("Time"), _("Place"), _("Lead traveller"), _("People"), _("Phone"), _("Language"), _("Status")]
    )
    day = date_format(date, "SHORT_DATE_FORMAT")
    for group in groups:
        for booking in group.bookings:
            writer.writerow(
                [
                    day,
                    group.time,
                    group.place,
                    booking.lead_name,
                    booking.people,
                    booking.phone,
                    booking.language,
                    booking.get_status_display(),
                ]
            )
    return response
