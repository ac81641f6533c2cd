"""Whether a package can sell on a date: each itinerary day's session and room-night, checked before an operator adds it.

A departure is only as big as its smallest part: the session with the most places that day (a
group stays together) and the beds of the homestay's free rooms that night. A part that does not
run (no session that day, no room) makes the departure unsellable; the next dates on which every
part runs are suggested instead. Three queries for any number of dates.
"""

import datetime
from dataclasses import dataclass, field

from django.utils import timezone

from tourism.availability import seats_left_by_session
from tourism.models import Booking, ExperienceSession, HomestayRoom

HORIZON_DAYS = 120


@dataclass(frozen=True)
class PartCheck:
    day_number: int
    date: datetime.date
    title: str
    kind: str  # "experience" or "homestay"
    places: int  # for a new group: seats in the best session, or beds in free rooms


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


def plans(*, package, dates, capacity, now):
    """A Plan for each date (in order) on which the package would depart."""
    days = list(package.days.select_related("experience", "homestay").order_by("day_number", "sort_order"))
    part_dates = {date + datetime.timedelta(days=day.day_number - 1) for date in dates for day in days}
    seats, beds = _places(days=days, dates=part_dates, now=now)
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
                        seats.get((day.experience_id, when), 0),
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


def departure_plan(*, package, date, capacity, now):
    return plans(package=package, dates=[date], capacity=capacity, now=now)[0]


def next_sellable_dates(*, package, after, now, limit=3, horizon=HORIZON_DAYS):
    """The first `limit` dates after `after` (within `horizon` days) on which every part runs."""
    dates = [after + datetime.timedelta(days=n) for n in range(1, horizon + 1)]
    return [plan.date for plan in plans(package=package, dates=dates, capacity=1, now=now) if plan.sells][:limit]


def _places(*, days, dates, now):
    """({(experience, date): most seats in one session}, {(homestay, night): beds in free rooms})."""
    seats, beds = {}, {}
    if not dates:
        return seats, beds
    first, last = min(dates), max(dates)
    experience_ids = {day.experience_id for day in days if day.experience_id}
    if experience_ids:
        sessions = ExperienceSession.objects.filter(
            experience_id__in=experience_ids, starts_at__date__gte=first, starts_at__date__lte=last, starts_at__gt=now
        )
        for session, left in seats_left_by_session(sessions=sessions, now=now):
            key = (session.experience_id, timezone.localtime(session.starts_at).date())
            seats[key] = max(seats.get(key, 0), left)
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
