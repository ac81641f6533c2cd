"""How many places are left: sessions, room nights, package departures, and the calendars pages show.

Capacity is never stored as a counter: it is the capacity minus the people of active bookings
(confirmed, or held and unexpired), so an expired hold frees its places without a write.

A session's places kept for a package departure (a SessionAllotment) are not for anyone else
while unused: seats left for others = capacity − active bookings − places still unused in other
departures' allotments. A departure's own bookings on the session use its allotment first, so
its own view of the session is the same sum without its own allotment. Every count below takes
`departure=` for that view; without it, it is what a direct booking or another departure sees.
"""

import datetime

from django.apps import apps
from django.db.models import F, IntegerField, OuterRef, Q, Subquery, Sum
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone
from django.utils.translation import gettext, ngettext

from tourism.models.bookings import Booking, active_bookings
from tourism.models.choices import BookingStatus
from tourism.models.places import ExperienceSession, HomestayRoom


def _allotments():
    # tourism.models.packages imports this module: the model is looked up when counting, not imported.
    return apps.get_model("tourism", "SessionAllotment").objects


def _taken(*, now, session_ref="pk"):
    """People of active bookings on the session OuterRef(session_ref), as a subquery."""
    taken = (
        Booking.objects.filter(active_bookings(now=now), session_id=OuterRef(session_ref))
        .order_by()
        .values("session_id")
        .annotate(n=Sum("people"))
        .values("n")
    )
    return Coalesce(Subquery(taken, output_field=IntegerField()), 0)


def _used_by_departure(*, now):
    """People of a departure's active package bookings on the session of the allotment OuterRef()."""
    used = (
        Booking.objects.filter(
            active_bookings(now=now), session_id=OuterRef("session_id"), parent__departure_id=OuterRef("departure_id")
        )
        .order_by()
        .values("session_id")
        .annotate(n=Sum("people"))
        .values("n")
    )
    return Coalesce(Subquery(used, output_field=IntegerField()), 0)


def _reserved(*, now, session_ref="pk", departure=None):
    """Places still unused in allotments on the session OuterRef(session_ref), but `departure`'s own."""
    allotments = _allotments().filter(session_id=OuterRef(session_ref))
    if departure is not None and departure.pk is not None:
        allotments = allotments.exclude(departure_id=departure.pk)
    unused = (
        allotments.annotate(unused=Greatest(F("places") - _used_by_departure(now=now), 0))
        .order_by()
        .values("session_id")
        .annotate(n=Sum("unused"))
        .values("n")
    )
    return Coalesce(Subquery(unused, output_field=IntegerField()), 0)


def _with_seats(sessions, *, now, departure=None):
    return sessions.annotate(taken=_taken(now=now), reserved=_reserved(now=now, departure=departure))


def session_seats_left(*, session, now, departure=None):
    """Seats a new booking may take: for a direct booking (or another departure), or for `departure`."""
    sessions = _with_seats(ExperienceSession.objects.filter(pk=session.pk), now=now, departure=departure)
    taken, reserved = sessions.values_list("taken", "reserved").get()
    return max(session.capacity - taken - reserved, 0)


def allotment_limit(*, departure, session, now):
    """The most places `departure` may keep on `session`: what is free for it, its own bookings
    there included (they use the allotment first), and never more than its capacity."""
    used = (
        Booking.objects.active(now=now)
        .filter(session=session, parent__departure=departure)
        .aggregate(n=Sum("people"))["n"]
        if departure.pk is not None
        else None
    )
    free = session_seats_left(session=session, now=now, departure=departure) + (used or 0)
    return min(free, departure.capacity)


def unused_allotments(*, departures, now):
    """{(departure id, session id): places still unused} for these departures' allotments, one query."""
    rows = (
        _allotments()
        .filter(departure__in=departures)
        .annotate(used=_used_by_departure(now=now))
        .values_list("departure_id", "session_id", "places", "used")
    )
    return {(departure_id, session_id): max(places - used, 0) for departure_id, session_id, places, used in rows}


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


def seats_left_by_session(*, sessions, now, departure=None):
    """[(session, seats left)] for a queryset of sessions, in one query (the month calendar's)."""
    rows = _with_seats(sessions, now=now, departure=departure)
    return [(session, max(session.capacity - session.taken - session.reserved, 0)) for session in rows]


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
            sessions = ExperienceSession.objects.filter(experience_id=experience_id, starts_at__date=date)
            seats = [left for _session, left in seats_left_by_session(sessions=sessions, now=now, departure=departure)]
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
    sessions = {}  # (experience, local date) → [(session id, seats left for anyone but the allotments)]
    own = {}  # (departure, session) → places its allotment still keeps for it
    if experience_ids and dates:
        found = _with_seats(
            ExperienceSession.objects.filter(
                experience_id__in=experience_ids, starts_at__date__gte=min(dates), starts_at__date__lte=max(dates)
            ),
            now=now,
        )
        for session in found:
            key = (session.experience_id, timezone.localtime(session.starts_at).date())
            left = session.capacity - session.taken - session.reserved
            sessions.setdefault(key, []).append((session.pk, left))
        own = unused_allotments(departures=departures, now=now)
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
                seats = [
                    max(left + own.get((departure.pk, pk), 0), 0)
                    for pk, left in sessions.get((experience_id, date), [])
                ]
                available = min(available, max(seats, default=0))
            if homestay_id:
                free = [room for room in rooms.get(homestay_id, []) if (room.pk, date) not in busy]
                available = min(available, sum(room.capacity for room in free))
        result[departure.pk] = available
    return result


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
