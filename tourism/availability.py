"""How many places are left: sessions, room nights, package departures, and the calendars pages show.

Capacity is never stored as a counter: it is the capacity minus the people of active bookings
(confirmed, or held and unexpired), so an expired hold frees its places without a write.
"""

import datetime
from dataclasses import dataclass, field
from typing import NamedTuple

from django.db.models import Q, Sum
from django.utils import timezone
from django.utils.translation import gettext, ngettext

from tourism.models.bookings import Booking, active_bookings
from tourism.models.choices import BookingStatus
from tourism.models.places import ExperienceSession, HomestayRoom


def session_seats_left(*, session, now):
    taken = Booking.objects.active(now=now).filter(session=session).aggregate(n=Sum("people"))["n"] or 0
    return max(session.capacity - taken, 0)


def room_is_free(*, room, check_in, check_out, now):
    """Rooms are let whole: free when no active booking overlaps [check_in, check_out)."""
    return (
        not Booking.objects.active(now=now).filter(room=room, check_in__lt=check_out, check_out__gt=check_in).exists()
    )


def free_rooms(*, homestay_id, night, now):
    busy = (
        Booking.objects.active(now=now)
        .filter(room__homestay_id=homestay_id, check_in__lte=night, check_out__gt=night)
        .values("room_id")
    )
    return list(HomestayRoom.objects.filter(homestay_id=homestay_id).exclude(pk__in=busy).order_by("-capacity", "pk"))


def departure_seats_taken(*, departure, now):
    return Booking.objects.active(now=now).filter(departure=departure, parent=None).aggregate(n=Sum("people"))["n"] or 0


def departure_seats_left(*, departure, now):
    return max(departure.capacity - departure_seats_taken(departure=departure, now=now), 0)


def sessions_on(*, experience_id, date):
    return list(
        ExperienceSession.objects.filter(experience_id=experience_id, starts_at__date=date).order_by("starts_at", "pk")
    )


def seats_left_by_session(*, sessions, now):
    """[(session, seats left)] for a queryset of sessions, in one query (the month calendar's)."""
    rows = sessions.annotate(taken=Sum("bookings__people", filter=active_bookings(now=now, via="bookings__")))
    return [(session, max(session.capacity - (session.taken or 0), 0)) for session in rows]


def package_parts(*, departure):
    """[(date, experience_id or None, homestay_id or None)] for each itinerary day of the departure."""
    days = departure.package.days.order_by("day_number", "sort_order")
    return [
        (departure.date + datetime.timedelta(days=day.day_number - 1), day.experience_id, day.homestay_id)
        for day in days
    ]


def package_availability(*, departure, now=None):
    """The least of the departure's own seats left and each part's availability on its day.

    An experience day offers the most seats left in one of its sessions that day (a group stays
    together); a homestay night offers the guests its free rooms can sleep.
    """
    now = now or timezone.now()
    available = departure_seats_left(departure=departure, now=now)
    for date, experience_id, homestay_id in package_parts(departure=departure):
        if experience_id:
            seats = [
                session_seats_left(session=s, now=now) for s in sessions_on(experience_id=experience_id, date=date)
            ]
            available = min(available, max(seats, default=0))
        if homestay_id:
            available = min(
                available, sum(room.capacity for room in free_rooms(homestay_id=homestay_id, night=date, now=now))
            )
    return available


def package_availabilities(*, departures, days, now=None):
    """package_availability() for several departures of one package, in five queries however many.

    `days`: the package's itinerary days (PackageDay rows), which its page has loaded already."""
    return departures_availabilities(departures=departures, days_of=lambda departure: days, now=now)


def departures_availabilities(*, departures, days_of, now=None):
    """The same for departures of several packages (the Tours page): `days_of(departure)` gives its
    package's itinerary days, already loaded."""
    now = now or timezone.now()
    if not departures:
        return {}
    active = Booking.objects.active(now=now)
    taken = dict(
        active.filter(departure__in=departures, parent=None).values_list("departure_id").annotate(n=Sum("people"))
    )
    parts = {
        departure.pk: [
            (departure.date + datetime.timedelta(days=day.day_number - 1), day.experience_id, day.homestay_id)
            for day in days_of(departure)
        ]
        for departure in departures
    }
    dates = {date for rows in parts.values() for date, _exp, _home in rows}
    experience_ids = {exp for rows in parts.values() for _date, exp, _home in rows if exp}
    homestay_ids = {home for rows in parts.values() for _date, _exp, home in rows if home}
    sessions = {}  # (experience, local date) → [seats left per session]
    if experience_ids and dates:
        found = list(
            ExperienceSession.objects.filter(
                experience_id__in=experience_ids, starts_at__date__gte=min(dates), starts_at__date__lte=max(dates)
            )
        )
        session_taken = dict(active.filter(session__in=found).values_list("session_id").annotate(n=Sum("people")))
        for session in found:
            key = (session.experience_id, timezone.localtime(session.starts_at).date())
            sessions.setdefault(key, []).append(max(session.capacity - session_taken.get(session.pk, 0), 0))
    rooms, busy = {}, set()
    if homestay_ids and dates:
        for room in HomestayRoom.objects.filter(homestay_id__in=homestay_ids):
            rooms.setdefault(room.homestay_id, []).append(room)
        booked = active.filter(
            room__homestay_id__in=homestay_ids, check_in__lte=max(dates), check_out__gt=min(dates)
        ).values_list("room_id", "check_in", "check_out")
        busy = {
            (room_id, night)
            for room_id, check_in, check_out in booked
            for night in dates
            if check_in <= night < check_out
        }
    result = {}
    for departure in departures:
        available = max(departure.capacity - taken.get(departure.pk, 0), 0)
        for date, experience_id, homestay_id in parts[departure.pk]:
            if experience_id:
                available = min(available, max(sessions.get((experience_id, date), []), default=0))
            if homestay_id:
                free = [room for room in rooms.get(homestay_id, []) if (room.pk, date) not in busy]
                available = min(available, sum(room.capacity for room in free))
        result[departure.pk] = available
    return result


class Slot(NamedTuple):
    time: str  # local start, "09:30"
    seats_left: int
    label: str  # "3 seats left" or "full", in the current language


@dataclass
class CalendarDay:
    date: datetime.date
    label: str  # "29/11", as the calendar shows the day
    in_range: bool
    slots: list = field(default_factory=list)  # Slot per session, in start order


def session_calendar(*, experience, start, weeks, now):
    """Weeks (Monday first) from the week of `start`, each day with its sessions and seats left.

    Labels are made here, not by template filters: date formatting and plural lookups for 42 days
    and their sessions in a template showed in every uncached experience page's time
    (docs/performance.md)."""
    first = start - datetime.timedelta(days=start.weekday())
    last = first + datetime.timedelta(weeks=weeks)
    sessions = (
        ExperienceSession.objects.filter(experience=experience, starts_at__date__gte=start, starts_at__date__lt=last)
        .annotate(taken=Sum("bookings__people", filter=active_bookings(now=now, via="bookings__")))
        .order_by("starts_at")
    )
    labels = {}  # seats left → label
    by_day = {}
    for starts_at, capacity, taken in sessions.values_list("starts_at", "capacity", "taken"):
        local = timezone.localtime(starts_at)
        left = max(capacity - (taken or 0), 0)
        if left not in labels:
            labels[left] = seats_left_label(left)
        by_day.setdefault(local.date(), []).append(Slot(f"{local:%H:%M}", left, labels[left]))
    days = [first + datetime.timedelta(days=n) for n in range(weeks * 7)]
    return [
        [
            CalendarDay(date=day, label=f"{day.day}/{day.month}", in_range=day >= start, slots=by_day.get(day, []))
            for day in days[week * 7 : (week + 1) * 7]
        ]
        for week in range(weeks)
    ]


def seats_left_label(left):
    if not left:
        return gettext("full")
    return ngettext("%(count)s seat left", "%(count)s seats left", left) % {"count": left}


def homestay_calendar(*, homestay, start, days, now):
    """Rows of (room, [(night, free?)]) for the coming nights, two queries whatever the length."""
    nights = [start + datetime.timedelta(days=n) for n in range(days)]
    rooms = list(homestay.rooms.order_by("sort_order", "pk"))
    booked = (
        Booking.objects.active(now=now)
        .filter(room__homestay=homestay, check_in__lt=nights[-1] + datetime.timedelta(days=1), check_out__gt=start)
        .values_list("room_id", "check_in", "check_out")
    )
    busy = {
        (room_id, night) for room_id, check_in, check_out in booked for night in nights if check_in <= night < check_out
    }
    return {
        "nights": nights,
        "rooms": [(room, [(night, (room.pk, night) not in busy) for night in nights]) for room in rooms],
    }


def bookings_on(*, date, queryset):
    """The manifest: active bookings whose visitors are there on `date`."""
    return (
        queryset.filter(
            Q(session__starts_at__date=date)
            | Q(check_in__lte=date, check_out__gt=date)
            | Q(departure__date=date, parent=None)
        )
        .exclude(status__in=[BookingStatus.CANCELLED, BookingStatus.EXPIRED])
        .select_related("session__experience", "room__homestay", "departure__package")
    )
