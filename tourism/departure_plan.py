"""Whether a package can sell on a date: each itinerary day's session and room-night, checked before an operator adds it.

A departure is only as big as its smallest part: the session with the most places that day (a
group stays together) and the beds of the homestay's free rooms that night. A part that does not
run (no session that day, no room) makes the departure unsellable; the next dates on which every
part runs are suggested instead. Four queries for any number of dates.

An existing departure counts the places its own allotments keep for it (tourism.availability);
set_allotments() changes them under the lock order of tourism.bookings.lock_places.
"""

import datetime
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from tourism.availability import allotment_limit, seats_left_by_session
from tourism.bookings import lock_places
from tourism.models import Booking, ExperienceSession, HomestayRoom, SessionAllotment

HORIZON_DAYS = 120


@dataclass(frozen=True)
class PartCheck:
    day_number: int
    date: datetime.date
    title: str
    kind: str  # "experience" or "homestay"
    places: int  # for a new group: seats in the best session, or beds in free rooms
    sessions: tuple = ()  # experience: ((session, seats left), ...) that day, in start order


@dataclass
class Plan:
    date: datetime.date
    capacity: int
    parts: list = field(default_factory=list)

    @property
    def places(self):
        return min([self.capacity, *(part.places for part in self.parts)])

    @property
    def blocking(self):
        """The parts that do not run on their day: nothing can be sold."""
        return [part for part in self.parts if part.places == 0]

    @property
    def sells(self):
        return self.places > 0

    @property
    def verdict(self):
        """ "sells", "fewer" (fewer places than its capacity) or "cannot"."""
        if not self.sells:
            return "cannot"
        return "sells" if self.places >= self.capacity else "fewer"


def plans(*, package, dates, capacity, now, departure=None):
    """A Plan for each date (in order) on which the package would depart (`departure`: the one being
    changed, whose own allotments count as free for it)."""
    days = list(package.days.select_related("experience", "homestay").order_by("day_number", "sort_order"))
    part_dates = {date + datetime.timedelta(days=day.day_number - 1) for date in dates for day in days}
    seats, beds = _places(days=days, dates=part_dates, now=now, departure=departure)
    result = []
    for date in dates:
        plan = Plan(date=date, capacity=capacity)
        for day in days:
            when = date + datetime.timedelta(days=day.day_number - 1)
            if day.experience_id:
                plan.parts.append(
                    PartCheck(
                        day.day_number,
                        when,
                        day.experience.title,
                        "experience",
                        max((left for _session, left in seats.get((day.experience_id, when), ())), default=0),
                        tuple(seats.get((day.experience_id, when), ())),
                    )
                )
            if day.homestay_id:
                plan.parts.append(
                    PartCheck(
                        day.day_number, when, day.homestay.title, "homestay", beds.get((day.homestay_id, when), 0)
                    )
                )
        result.append(plan)
    return result


def departure_plan(*, package, date, capacity, now, departure=None):
    return plans(package=package, dates=[date], capacity=capacity, now=now, departure=departure)[0]


def next_sellable_dates(*, package, after, now, limit=3, horizon=HORIZON_DAYS):
    """The first `limit` dates after `after` (within `horizon` days) on which every part runs."""
    dates = [after + datetime.timedelta(days=n) for n in range(1, horizon + 1)]
    return [plan.date for plan in plans(package=package, dates=dates, capacity=1, now=now) if plan.sells][:limit]


def _places(*, days, dates, now, departure=None):
    """({(experience, date): [(session, seats left)]}, {(homestay, night): beds in free rooms})."""
    seats, beds = {}, {}
    if not dates:
        return seats, beds
    first, last = min(dates), max(dates)
    experience_ids = {day.experience_id for day in days if day.experience_id}
    if experience_ids:
        sessions = ExperienceSession.objects.filter(
            experience_id__in=experience_ids, starts_at__date__gte=first, starts_at__date__lte=last, starts_at__gt=now
        ).order_by("starts_at", "pk")
        for session, left in seats_left_by_session(sessions=sessions, now=now, departure=departure):
            key = (session.experience_id, timezone.localtime(session.starts_at).date())
            seats.setdefault(key, []).append((session, left))
    homestay_ids = {day.homestay_id for day in days if day.homestay_id}
    if homestay_ids:
        rooms = list(HomestayRoom.objects.filter(homestay_id__in=homestay_ids))
        booked = (
            Booking.objects.active(now=now)
            .filter(room__in=rooms, check_in__lte=last, check_out__gt=first)
            .values_list("room_id", "check_in", "check_out")
        )
        busy = {
            (room_id, night)
            for room_id, check_in, check_out in booked
            for night in dates
            if check_in <= night < check_out
        }
        for room in rooms:
            for night in dates:
                if (room.pk, night) not in busy:
                    beds[(room.homestay_id, night)] = beds.get((room.homestay_id, night), 0) + room.capacity
    return seats, beds


def set_allotments(*, departure, places_by_session, now):
    """Keep `places_by_session` ({session: places}, 0 = none) on those sessions for `departure`, and
    nothing elsewhere. Locks the departure then the sessions (lock_places' order); an allotment is cut
    to what is free for the departure and to its capacity, so it never takes places already sold."""
    with transaction.atomic():  # the admin's view has taken these locks already, at its top level
        lock_places(departure_ids=[departure.pk], session_ids=[session.pk for session in places_by_session])
        kept = {}
        for session, places in places_by_session.items():
            places = min(places, allotment_limit(departure=departure, session=session, now=now))
            if places > 0:
                kept[session.pk] = places
        SessionAllotment.objects.filter(departure=departure).exclude(session_id__in=kept).delete()
        for session_id, places in kept.items():
            SessionAllotment.objects.update_or_create(
                departure=departure, session_id=session_id, defaults={"places": places}
            )
    return kept
