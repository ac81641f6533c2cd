"""A direct session booking racing a package departure's booking (or its allotment being set), with
real threads on PostgreSQL row locks: the places kept for the departure are never sold to anyone else."""

import pytest
from django.db.models import Sum
from django.utils import timezone

from tests.storefront.test_concurrency import run_at_once
from tests.tourism.factories import (
    make_departure,
    make_experience,
    make_operator,
    make_package,
    make_session,
    make_village,
)
from tourism.availability import session_seats_left
from tourism.bookings import BookingError, Traveller, hold_departure_seats, hold_session_seats
from tourism.departure_plan import set_allotments
from tourism.models import Booking, BookingStatus, SessionAllotment

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

TRAVELLER = Traveller(name="Lan", email="lan@example.com", phone="0900", language="en")


@pytest.fixture
def world(home_page):
    forging = make_experience(make_village(home_page), max_group=10)
    session = make_session(forging, capacity=10)
    package = make_package(make_operator(home_page, "Alpha Travel"), days=[(1, forging, None)])
    departure = make_departure(package, capacity=6)
    return {"session": session, "departure": departure}


def _taken(session):
    return Booking.objects.filter(session=session, status=BookingStatus.HELD).aggregate(n=Sum("people"))["n"] or 0


@pytest.mark.parametrize("round_", range(3))
def test_a_direct_booking_never_takes_the_allotted_places(world, round_):
    session, departure = world["session"], world["departure"]
    set_allotments(departure=departure, places_by_session={session: 6}, now=timezone.now())

    def book(index):
        now = timezone.now()
        if index == 0:
            return hold_departure_seats(departure=departure, people=6, traveller=TRAVELLER, now=now)
        # Five direct travellers where only four places are for anyone else.
        return hold_session_seats(session=session, people=5 if index == 1 else 1, traveller=TRAVELLER, now=now)

    results = run_at_once(4, book)
    assert isinstance(results[0], Booking), results[0]  # the departure always gets its six
    assert isinstance(results[1], BookingError) and results[1].code == "sold_out", results[1]
    assert all(isinstance(result, Booking) for result in results[2:]), results
    assert _taken(session) == 6 + 2
    assert session_seats_left(session=session, now=timezone.now()) == 2


def test_setting_an_allotment_while_a_direct_booking_lands_never_oversells(world):
    session, departure = world["session"], world["departure"]

    def race(index):
        if index == 0:
            return set_allotments(departure=departure, places_by_session={session: 6}, now=timezone.now())
        return hold_session_seats(session=session, people=7, traveller=TRAVELLER, now=timezone.now())

    results = run_at_once(2, race)
    kept = SessionAllotment.objects.filter(departure=departure).aggregate(n=Sum("places"))["n"] or 0
    booked = _taken(session)
    assert booked + kept <= session.capacity, results
    # Whichever came first: the booking (then only 3 are kept) or the allotment (then the booking is refused).
    assert (booked, kept) in {(7, 3), (0, 6)}, results
