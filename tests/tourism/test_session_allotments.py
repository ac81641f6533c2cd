"""Places a departure keeps on a session (a SessionAllotment): nobody else can book them, the
departure's own bookings take them first, and the departure form keeps them within what is free."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from tests.tourism.factories import (
    make_departure,
    make_experience,
    make_operator,
    make_package,
    make_session,
    make_village,
)
from tourism.availability import (
    package_availabilities,
    package_availability,
    seats_left_by_session,
    session_seats_left,
)
from tourism.bookings import BookingError, Traveller, hold_departure_seats, hold_session_seats
from tourism.calendar import session_choices
from tourism.departure_plan import set_allotments
from tourism.models import BookingErrorCode, ExperienceSession, PackageDeparture, SessionAllotment

TRAVELLER = Traveller(name="Lan", email="lan@example.com", phone="0900", language="en")


@pytest.fixture
def world(home_page):
    village = make_village(home_page)
    forging = make_experience(village, max_group=12)
    morning = make_session(forging, days_ahead=30, capacity=10, hour=8)
    afternoon = make_session(forging, days_ahead=30, capacity=12, hour=14)
    operator = make_operator(home_page, "Alpha Travel")
    package = make_package(operator, days=[(1, forging, None)])
    departure = make_departure(package, days_ahead=30, capacity=6)
    user = get_user_model().objects.create_user("an", "an@example.com", "pw")
    user.groups.add(operator.group)
    operator.members.add(user)
    return {
        "forging": forging,
        "morning": morning,
        "afternoon": afternoon,
        "package": package,
        "departure": departure,
        "user": user,
        "home": home_page,
    }


def _keep(world, places, session=None):
    return set_allotments(
        departure=world["departure"], places_by_session={session or world["morning"]: places}, now=timezone.now()
    )


def test_unused_allotted_places_are_for_the_departure_only(world):
    _keep(world, 6)
    now = timezone.now()
    morning, departure = world["morning"], world["departure"]
    assert session_seats_left(session=morning, now=now) == 4
    assert session_seats_left(session=morning, now=now, departure=departure) == 10
    sessions = ExperienceSession.objects.filter(pk=morning.pk)
    assert seats_left_by_session(sessions=sessions, now=now) == [(morning, 4)]
    day = timezone.localtime(morning.starts_at).date()
    choices = session_choices(experience=world["forging"], first=day, last=day + datetime.timedelta(days=1), now=now)
    assert [choice.seats_left for choice in choices] == [4, 12]
    assert package_availability(departure=departure, now=now) == 6
    with pytest.raises(BookingError) as refused:
        hold_session_seats(session=morning, people=5, traveller=TRAVELLER, now=now)
    assert refused.value.code == BookingErrorCode.SOLD_OUT
    hold_session_seats(session=morning, people=4, traveller=TRAVELLER, now=now)
    assert session_seats_left(session=morning, now=now) == 0
    # The departure still sells its six: the allotted places were not sold away.
    assert package_availability(departure=departure, now=now) == 6


def test_the_departure_takes_its_allotted_session_and_uses_its_allotment_first(world):
    _keep(world, 6)
    now = timezone.now()
    # Without the allotment the afternoon (12 free) would be picked.
    booking = hold_departure_seats(departure=world["departure"], people=3, traveller=TRAVELLER, now=now)
    assert booking.components.get().session == world["morning"]
    # 3 booked from the allotment, 3 still kept: others see 10 − 3 − 3.
    assert session_seats_left(session=world["morning"], now=now) == 4
    assert package_availability(departure=world["departure"], now=now) == 3


def test_another_departure_cannot_take_the_allotted_places(world):
    _keep(world, 6)
    other = make_departure(make_package(world["departure"].package.operator, days=[(1, world["forging"], None)]))
    ExperienceSession.objects.filter(pk=world["afternoon"].pk).update(capacity=0)
    now = timezone.now()
    assert package_availability(departure=other, now=now) == 4
    days = list(other.package.days.all())
    assert package_availabilities(departures=[other], days=days, now=now) == {other.pk: 4}
    assert package_availabilities(departures=[world["departure"]], days=days, now=now) == {world["departure"].pk: 6}


def test_an_allotment_never_exceeds_what_is_free_nor_the_capacity(world):
    now = timezone.now()
    hold_session_seats(session=world["morning"], people=7, traveller=TRAVELLER, now=now)
    assert _keep(world, 6) == {world["morning"].pk: 3}
    PackageDeparture.objects.filter(pk=world["departure"].pk).update(capacity=2)
    world["departure"].refresh_from_db()
    assert _keep(world, 6) == {world["morning"].pk: 2}
    assert SessionAllotment.objects.get().places == 2


def test_deleting_the_departure_frees_its_allotment(world):
    _keep(world, 6)
    assert session_seats_left(session=world["morning"], now=timezone.now()) == 4
    world["departure"].delete()
    assert session_seats_left(session=world["morning"], now=timezone.now()) == 10


def test_the_api_and_the_cart_count_allotted_places_as_taken(client, world):
    _keep(world, 6)
    day = timezone.localtime(world["morning"].starts_at).date().isoformat()
    response = client.get(f"/api/v1/experiences/{world['forging'].pk}/availability/?start={day}&end={day}")
    assert response.status_code == 200, response.content
    seats = {row["id"]: row["seats_left"] for row in response.json()["sessions"]}
    assert seats == {world["morning"].pk: 4, world["afternoon"].pk: 12}
    response = client.get(f"/api/v1/packages/{world['package'].pk}/availability/")
    assert [row["available"] for row in response.json()["departures"]] == [6]


# The departure form (operators and editors alike).


def _form(world, **extra):
    departure = world["departure"]
    return {
        "package": departure.package_id,
        "date": departure.date.isoformat(),
        "capacity": str(departure.capacity),
        **extra,
    }


def test_the_operator_keeps_places_on_a_session_from_the_departure_form(client, world):
    client.force_login(world["user"])
    url = reverse("tourism_departure_edit", args=[world["departure"].pk])
    page = client.get(url).content.decode()
    assert 'name="allotment-0-session"' in page and f'value="{world["morning"].pk}"' in page
    response = client.post(url, _form(world, **{"allotment-0-session": world["morning"].pk, "allotment-0-places": 5}))
    assert response.status_code == 302
    allotment = SessionAllotment.objects.get()
    assert (allotment.departure, allotment.session, allotment.places) == (world["departure"], world["morning"], 5)
    # Left blank, the places are the departure's capacity (at most what is free).
    client.post(url, _form(world, **{"allotment-0-session": world["afternoon"].pk, "allotment-0-places": ""}))
    allotment = SessionAllotment.objects.get()
    assert (allotment.session, allotment.places) == (world["afternoon"], 6)
    # "Keep no places" frees them.
    client.post(url, _form(world, **{"allotment-0-session": ""}))
    assert not SessionAllotment.objects.exists()


def test_the_form_refuses_more_places_than_are_free(client, world):
    hold_session_seats(session=world["morning"], people=7, traveller=TRAVELLER, now=timezone.now())
    client.force_login(world["user"])
    url = reverse("tourism_departure_edit", args=[world["departure"].pk])
    response = client.post(url, _form(world, **{"allotment-0-session": world["morning"].pk, "allotment-0-places": 5}))
    assert response.status_code == 200 and not SessionAllotment.objects.exists()
    assert "allotment-0-places" in response.context["form"].errors


def test_lowering_the_capacity_shrinks_the_allotment(client, world):
    _keep(world, 6)
    client.force_login(world["user"])
    url = reverse("tourism_departure_edit", args=[world["departure"].pk])
    client.post(url, _form(world, capacity="3", **{"allotment-0-session": world["morning"].pk}))
    assert SessionAllotment.objects.get().places == 3


def test_a_new_departure_keeps_places_too(client, world):
    client.force_login(world["user"])
    date = world["departure"].date
    world["departure"].delete()
    response = client.post(
        reverse("tourism_departure_add"),
        {
            "package": world["package"].pk,
            "date": date.isoformat(),
            "capacity": "4",
            "allotment-0-session": world["morning"].pk,
        },
    )
    assert response.status_code == 302
    assert SessionAllotment.objects.get().places == 4


def test_another_operator_cannot_reach_the_departure_nor_its_allotment(client, world):
    stranger = get_user_model().objects.create_user("bo", "bo@example.com", "pw")
    beta = make_operator(world["home"], "Beta Tours")
    stranger.groups.add(beta.group)
    beta.members.add(stranger)
    client.force_login(stranger)
    url = reverse("tourism_departure_edit", args=[world["departure"].pk])
    assert client.get(url, follow=True).status_code == 404
    data = _form(world, **{"allotment-0-session": world["morning"].pk, "allotment-0-places": 6})
    assert client.post(url, data, follow=True).status_code == 404
    assert not SessionAllotment.objects.exists()
    listing = client.get(reverse("tourism_departures"), follow=True).content.decode()
    assert world["package"].title not in listing


def test_my_departures_badges_one_that_cannot_sell(client, world):
    unsellable = make_departure(world["package"], days_ahead=31, capacity=4)  # no session that day
    client.force_login(world["user"])
    response = client.get(reverse("tourism_departures"))
    rows = {departure.pk: departure for departure in response.context["departures"]}
    assert rows[unsellable.pk].cannot_sell and rows[unsellable.pk].available == 0
    assert not rows[world["departure"].pk].cannot_sell and rows[world["departure"].pk].available == 6
    assert response.content.decode().count("departure-cannot-sell") == 1
