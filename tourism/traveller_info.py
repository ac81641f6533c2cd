"""What a traveller needs to arrive: where to meet, whom to call, what to bring, when (in Cao Bằng time), and the terms.

One function for the confirmation email, the .ics file and the order page, so they never disagree.
Call it with the traveller's language active: texts are the page fields in that language.
"""

import datetime
import zoneinfo
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

ZONE_NAME = "Asia/Ho_Chi_Minh"


@dataclass(frozen=True)
class Contact:
    name: str
    phone: str = ""
    email: str = ""
    operator: bool = False  # the package's tour operator, not a host


@dataclass(frozen=True)
class TravellerInfo:
    title: str
    when: str  # "8 December 2026, 08:00 (Cao Bằng time, UTC+7)" in the active language
    starts_at: datetime.datetime | None  # aware, for a session; None for all-day stays and packages
    start_date: datetime.date
    end_date: datetime.date  # exclusive: the day after the last one
    meeting_point: str
    address: str  # a homestay's written address (guests go to the house); blank for a meeting point
    latitude: float | None
    longitude: float | None
    what_to_bring: str  # plain text
    terms: str
    contacts: list = field(default_factory=list)

    @property
    def place(self):
        return self.meeting_point or self.address

    @property
    def map_url(self):
        if self.latitude is None or self.longitude is None:
            return ""
        lat, lon = f"{self.latitude:.6f}", f"{self.longitude:.6f}"
        return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=16/{lat}/{lon}"


def cao_bang_time(moment):
    """ "08:00 (Cao Bằng time, UTC+7)": Cao Bằng's zone (Asia/Ho_Chi_Minh) said in words, so a traveller
    whose phone is still on another zone is not misled."""
    local = timezone.localtime(moment, timezone=_zone())
    return _("%(time)s (Cao Bằng time, UTC+7)") % {"time": local.strftime("%H:%M")}


def _zone():
    return zoneinfo.ZoneInfo(ZONE_NAME)


def terms_sentence(booking):
    start = booking.starts_on
    free_until = start - datetime.timedelta(days=booking.free_cancellation_days)
    return _(
        "Free cancellation until %(date)s; after that %(percent)s%% of the price is refunded, until the day before the start."
    ) % {"date": date_format(free_until, "DATE_FORMAT"), "percent": booking.late_refund_percent}


def traveller_info(booking):
    """`booking` with session__experience__village, room__homestay__village or departure__package__operator loaded."""
    if booking.session_id:
        experience = booking.session.experience
        starts_at = booking.session.starts_at
        start = timezone.localtime(starts_at, timezone=_zone()).date()
        return TravellerInfo(
            title=experience.title,
            when=f"{date_format(start, 'DATE_FORMAT')}, {cao_bang_time(starts_at)}",
            starts_at=starts_at,
            start_date=start,
            end_date=start + datetime.timedelta(days=1),
            meeting_point=experience.meeting_point or experience.village.title,
            address="",
            latitude=_coordinate(experience.meeting_latitude, experience.village.latitude),
            longitude=_coordinate(experience.meeting_longitude, experience.village.longitude),
            what_to_bring=_plain(experience.what_to_bring),
            terms=terms_sentence(booking),
            contacts=[Contact(experience.host_name, experience.host_phone, experience.host_email)],
        )
    if booking.room_id:
        homestay = booking.room.homestay
        return TravellerInfo(
            title=f"{homestay.title} · {booking.room.room_type}",
            when=_("%(check_in)s to %(check_out)s")
            % {
                "check_in": date_format(booking.check_in, "DATE_FORMAT"),
                "check_out": date_format(booking.check_out, "DATE_FORMAT"),
            },
            starts_at=None,
            start_date=booking.check_in,
            end_date=booking.check_out,
            meeting_point="",  # guests go to the house: its address
            address=homestay.address or homestay.village.title,
            latitude=_coordinate(homestay.latitude, homestay.village.latitude),
            longitude=_coordinate(homestay.longitude, homestay.village.longitude),
            what_to_bring=_plain(homestay.what_to_bring),
            terms=terms_sentence(booking),
            contacts=[Contact(homestay.host, homestay.host_phone, homestay.host_email)],
        )
    package = booking.departure.package
    start = booking.departure.date
    parts = [day for day in _itinerary(package) if day.experience_id or day.homestay_id]
    first = next((day.experience or day.homestay for day in parts), None)
    contacts = [Contact(package.operator.name, package.operator.phone, package.operator.email, operator=True)]
    for day in parts:  # each part's host too: the traveller meets them on the day
        for contact in _part_contacts(day):
            if contact not in contacts:
                contacts.append(contact)
    return TravellerInfo(
        title=package.title,
        when=_("%(start)s, %(days)s days") % {"start": date_format(start, "DATE_FORMAT"), "days": package.length_days},
        starts_at=None,
        start_date=start,
        end_date=start + datetime.timedelta(days=package.length_days),
        meeting_point=package.meeting_point or (_meeting_point(first) if first else ""),
        address="",
        latitude=_coordinate(package.meeting_latitude, *_place_coordinates(first, "latitude")),
        longitude=_coordinate(package.meeting_longitude, *_place_coordinates(first, "longitude")),
        what_to_bring=_plain(package.what_to_bring),
        terms=terms_sentence(booking),
        contacts=contacts,
    )


def _itinerary(package):
    return package.days.select_related("experience__village", "homestay__village").order_by("day_number", "sort_order")


def _part_contacts(day):
    if day.experience_id:
        part = day.experience
        yield Contact(part.host_name, part.host_phone, part.host_email)
    if day.homestay_id:
        part = day.homestay
        yield Contact(part.host, part.host_phone, part.host_email)


def _meeting_point(place):
    return getattr(place, "meeting_point", "") or getattr(place, "address", "") or place.village.title


def _place_coordinates(place, axis):
    """A package's first part: its own point (meeting point or homestay), then its village."""
    if place is None:
        return (None,)
    own = getattr(place, f"meeting_{axis}", None) if hasattr(place, f"meeting_{axis}") else getattr(place, axis)
    return own, getattr(place.village, axis)


def _coordinate(*candidates):
    """The first coordinate given: the place's own, then its fallbacks (the village's)."""
    value = next((c for c in candidates if c is not None), None)
    return float(value) if value is not None else None


def _plain(rich):
    return " ".join(strip_tags((rich or "").replace("</li>", "; ")).split()).strip(" ;")
