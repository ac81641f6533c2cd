"""A departure must be able to sell: every itinerary day's session and room-night runs, or the operator is told."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from tests.tourism.factories import make_experience, make_homestay, make_operator, make_package, make_village
from tourism.departure_plan import departure_plan, next_sellable_dates, plans, set_allotments
from tourism.models import ExperienceSession, PackageDeparture
from tourism.sessions import generate_sessions


def _next(weekday, after):
    return after + datetime.timedelta(days=(weekday - after.weekday()) % 7 or 7)


@pytest.fixture
def world(home_page):
    village = make_village(home_page)
    forging = make_experience(village, name="Lò rèn")  # Tue, Thu, Sat
    incense = make_experience(village, name="Làm hương")  # Mon, Wed, Fri, Sun
    homestay = make_homestay(village, rooms=((900000, 2), (700000, 3)))
    today = timezone.localdate()
    for experience, weekdays in ((forging, [1, 3, 5]), (incense, [0, 2, 4, 6])):
        generate_sessions(
            experience=experience,
            weekdays=weekdays,
            start_time=datetime.time(8),
            months=list(range(1, 13)),
            start_date=today + datetime.timedelta(days=1),
            end_date=today + datetime.timedelta(days=90),
            capacity=4,
        )
    operator = make_operator(home_page, "Alpha Travel")
    lined_up = make_package(operator, name="Rèn rồi hương", days=[(1, forging, homestay), (2, incense, None)])
    never = make_package(operator, name="Hai ngày rèn", days=[(1, forging, None), (2, forging, None)])
    user = get_user_model().objects.create_user("an", "an@example.com", "pw")
    user.groups.add(operator.group)
    operator.members.add(user)
    return {"lined_up": lined_up, "never": never, "today": today, "user": user}


def test_a_tuesday_sells_as_many_places_as_its_smallest_part(world):
    tuesday = _next(1, world["today"])
    plan = departure_plan(package=world["lined_up"], date=tuesday, capacity=10, now=timezone.now())
    assert plan.sells and plan.places == 4  # the sessions take 4; the rooms sleep 5
    assert [(p.day_number, p.kind, p.places) for p in plan.parts] == [
        (1, "experience", 4),
        (1, "homestay", 5),
        (2, "experience", 4),
    ]


def test_a_monday_cannot_sell_and_the_next_dates_that_line_up_are_suggested(world, django_assert_max_num_queries):
    monday = _next(0, world["today"])
    plan = departure_plan(package=world["lined_up"], date=monday, capacity=10, now=timezone.now())
    assert not plan.sells
    assert [(p.day_number, p.date.weekday()) for p in plan.blocking] == [(1, 0), (2, 1)]  # no workshop, no incense
    with django_assert_max_num_queries(4):
        dates = next_sellable_dates(package=world["lined_up"], after=world["today"], now=timezone.now())
    # Tuesday → Wednesday, Thursday → Friday, Saturday → Sunday: the workshop's days, then incense.
    assert len(dates) == 3 and dates == sorted(dates) and dates[0] > world["today"]
    assert {day.weekday() for day in dates} <= {1, 3, 5}


def test_consecutive_days_of_a_tue_thu_sat_workshop_never_sell(world):
    assert next_sellable_dates(package=world["never"], after=world["today"], now=timezone.now()) == []


def test_a_full_session_makes_its_day_block(world):
    tuesday = _next(1, world["today"])
    ExperienceSession.objects.filter(starts_at__date=tuesday).update(capacity=0)
    assert not departure_plan(package=world["lined_up"], date=tuesday, capacity=10, now=timezone.now()).sells


def _post(client, world, package, date, capacity="10", **extra):
    client.force_login(world["user"])
    return client.post(
        "/admin/tourism/departures/add/" + ("?check=1" if extra.pop("check", False) else ""),
        {"package": package.pk, "date": date.isoformat(), "capacity": capacity, **extra},
    )


def test_the_admin_refuses_a_date_that_cannot_sell_and_offers_dates_that_can(client, world):
    monday = _next(0, world["today"])
    response = _post(client, world, world["lined_up"], monday)
    assert response.status_code == 200 and not PackageDeparture.objects.exists()
    page = response.content.decode()
    tuesday = _next(1, world["today"])
    assert f'value="{tuesday.isoformat()}"' in page  # a suggestion to click

    assert _post(client, world, world["never"], _next(1, world["today"])).status_code == 200
    assert not PackageDeparture.objects.exists()


def test_checking_a_date_saves_nothing_and_saving_a_smaller_one_warns(client, world):
    tuesday = _next(1, world["today"])
    checked = _post(client, world, world["lined_up"], tuesday, check=True)
    assert checked.status_code == 200 and not PackageDeparture.objects.exists()
    assert "departure-plan" in checked.content.decode()

    saved = _post(client, world, world["lined_up"], tuesday, capacity="10")
    assert saved.status_code == 302
    assert PackageDeparture.objects.get().date == tuesday
    messages = [m.message for m in saved.wsgi_request._messages]
    assert any("4" in message and "10" in message for message in messages)


def test_a_plan_lists_each_days_sessions_and_says_whether_it_sells_its_capacity(world):
    tuesday = _next(1, world["today"])
    now = timezone.now()
    full = departure_plan(package=world["lined_up"], date=tuesday, capacity=4, now=now)
    fewer = departure_plan(package=world["lined_up"], date=tuesday, capacity=10, now=now)
    never = departure_plan(package=world["lined_up"], date=_next(0, world["today"]), capacity=4, now=now)
    assert (full.verdict, fewer.verdict, never.verdict) == ("sells", "fewer", "cannot")
    workshop = full.parts[0]
    assert [(timezone.localtime(s.starts_at).date(), left) for s, left in workshop.sessions] == [(tuesday, 4)]
    assert full.parts[1].sessions == ()  # a room-night has no sessions


def test_a_departures_own_allotment_counts_as_free_for_it_only(world):
    tuesday = _next(1, world["today"])
    departure = PackageDeparture.objects.create(package=world["lined_up"], date=tuesday, capacity=3)
    session = ExperienceSession.objects.get(starts_at__date=tuesday)
    set_allotments(departure=departure, places_by_session={session: 3}, now=timezone.now())
    now = timezone.now()
    own = departure_plan(package=world["lined_up"], date=tuesday, capacity=3, now=now, departure=departure)
    other = departure_plan(package=world["lined_up"], date=tuesday, capacity=3, now=now)
    assert (own.parts[0].places, other.parts[0].places) == (4, 1)


def test_plans_for_many_dates_cost_a_few_queries(world, django_assert_max_num_queries):
    dates = [world["today"] + datetime.timedelta(days=n) for n in range(1, 121)]
    with django_assert_max_num_queries(4):  # itinerary, sessions with their places, rooms, room bookings
        result = plans(package=world["lined_up"], dates=dates, capacity=4, now=timezone.now())
    assert len(result) == 120 and any(plan.sells for plan in result) and not all(plan.sells for plan in result)
