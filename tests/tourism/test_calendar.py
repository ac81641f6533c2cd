"""The experience page's month calendar (tourism.calendar): days, weekday and month names, the next free date."""

import datetime
import re

import pytest
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext

from tests.storefront.factories import url_in
from tests.tourism.factories import (
    make_departure,
    make_experience,
    make_homestay,
    make_operator,
    make_package,
    make_session,
    make_village,
)
from tourism.bookings import Traveller, hold_room_nights, hold_session_seats
from tourism.calendar import WEEKDAYS, month_calendar, month_grid, stay_calendar, weekday_names
from tourism.models import Booking, ExperienceSession

LANGUAGES = ["vi", "en", "lo", "zh-hans"]
DJANGO_WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Monday", "Tuesday", "Wednesday", "Thursday"]


def hold(session, people):
    hold_session_seats(
        session=session, people=people, traveller=Traveller(name="A", email="a@example.com"), now=timezone.now()
    )


def days_of(calendar):
    return {day.date: day for month in calendar.months for week in month.weeks for day in week if day}


def test_month_grid_is_monday_first_with_blanks_outside_the_month():
    weeks = month_grid(datetime.date(2027, 2, 1))  # 1 February 2027 is a Monday; 28 days
    assert len(weeks) == 4 and all(len(week) == 7 for week in weeks)
    assert weeks[0][0] == datetime.date(2027, 2, 1) and weeks[-1][-1] == datetime.date(2027, 2, 28)
    weeks = month_grid(datetime.date(2026, 12, 1))  # a Tuesday
    assert weeks[0][0] is None and weeks[0][1] == datetime.date(2026, 12, 1)
    assert [d for week in weeks for d in week if d][-1] == datetime.date(2026, 12, 31)


def test_days_are_open_full_none_or_past_and_the_smallest_group_finds_the_next_free_date(home_page):
    experience = make_experience(make_village(home_page), min_group=2)
    today = timezone.localdate()
    full = make_session(experience, days_ahead=2, capacity=4)
    hold(full, 3)  # one place left: not enough for the smallest group of two
    open_day = make_session(experience, days_ahead=5, capacity=6)
    with translation.override("en"):
        calendar = month_calendar(experience=experience, today=today, now=timezone.now())
    days = days_of(calendar)
    assert days[today + datetime.timedelta(days=2)].state == "full"
    assert days[today + datetime.timedelta(days=5)].state == "open"
    assert days[today + datetime.timedelta(days=1)].state == "none"
    if today.day > 1:
        assert days[today - datetime.timedelta(days=1)].state == "past"
    assert calendar.next_free.pk == open_day.pk
    assert [(s.pk, s.seats_left, s.label) for s in calendar.sessions] == [
        (full.pk, 1, "1 seat left"),
        (open_day.pk, 6, "6 seats left"),
    ]
    assert calendar.months[0].first == today.replace(day=1) and len(calendar.months) >= 2


def test_a_group_too_big_for_every_session_has_no_next_free_date(home_page):
    experience = make_experience(make_village(home_page))
    make_session(experience, days_ahead=3, capacity=4)
    later = make_session(experience, days_ahead=9, capacity=8)
    now = timezone.now()
    assert month_calendar(experience=experience, today=timezone.localdate(), now=now, group=5).next_free.pk == later.pk
    calendar = month_calendar(experience=experience, today=timezone.localdate(), now=now, group=9)
    assert calendar.next_free is None
    assert days_of(calendar)[timezone.localdate() + datetime.timedelta(days=9)].state == "full"


def test_started_sessions_and_sessions_beyond_the_months_shown_are_not_offered(home_page):
    experience = make_experience(make_village(home_page))
    started = ExperienceSession.objects.create(
        experience=experience, starts_at=timezone.now() - datetime.timedelta(minutes=5), capacity=8
    )
    far = make_session(experience, days_ahead=400)
    soon = make_session(experience, days_ahead=40)
    calendar = month_calendar(experience=experience, today=timezone.localdate(), now=timezone.now())
    assert [s.pk for s in calendar.sessions] == [soon.pk]
    assert started.pk != soon.pk and far.pk != soon.pk
    assert 2 <= len(calendar.months) <= 6


@pytest.mark.parametrize("language", LANGUAGES)
def test_weekday_and_month_names_are_in_the_pages_language(home_page, language):
    experience = make_experience(make_village(home_page))
    make_session(experience, days_ahead=3)
    with translation.override(language):
        calendar = month_calendar(experience=experience, today=datetime.date(2026, 12, 4), now=timezone.now())
        assert calendar.weekdays == [gettext(name) for name in WEEKDAYS] == weekday_names()
        assert calendar.months[0].title == date_format(datetime.date(2026, 12, 1), "YEAR_MONTH_FORMAT")
        december = gettext("December")
    if language in ("en", "lo", "vi"):
        assert december in calendar.months[0].title
    else:
        assert calendar.months[0].title == "2026年12月"


def test_a_lao_page_shows_no_vietnamese_weekday_name(home_page):
    """Django's "Mon" has no Lao translation and gettext answers it in Vietnamese: the calendar's own names do not."""
    with translation.override("vi"):
        vietnamese = {gettext(name) for name in DJANGO_WEEKDAYS}
    assert "T2" in vietnamese or "Thứ 2" in vietnamese  # what a Lao page showed before
    with translation.override("lo"):
        lao = weekday_names()
        month = date_format(datetime.date(2026, 12, 1), "YEAR_MONTH_FORMAT")
    assert not vietnamese & set(lao)
    assert "Tháng" not in month


def test_experience_page_offers_the_sessions_in_a_plain_form_and_the_month_view(client, home_page):
    experience = make_experience(make_village(home_page), max_group=8)
    session = make_session(experience, days_ahead=3, capacity=8)
    full = make_session(experience, days_ahead=4, capacity=2)
    hold(full, 2)
    body = client.get(url_in(experience, "zh-hans")).content.decode()
    # Without JavaScript: a select of sessions, the full one disabled, posting to the booking view.
    assert re.search(rf'<option class="calendar__slot" value="{session.pk}"[^>]*data-left="8"', body)
    assert re.search(rf'<option class="calendar__slot" value="{full.pk}"[^>]*data-left="0"[^>]* disabled', body)
    assert 'action="/zh-hans/' in body or "bookings/add/" in body
    # The month view: the session's day is marked, the next free date named, the total's money format given.
    day = (timezone.localdate() + datetime.timedelta(days=3)).isoformat()
    assert f'class="cal-day cal-day--open" data-date="{day}"' in body
    assert f'data-next-free data-date="{day}"' in body
    assert f'data-price="{experience.price_per_person_vnd}" data-group="," data-symbol-first="1"' in body
    assert "js/calendar" in body and "<script>" not in body  # CSP: no inline script
    vi_body = client.get(url_in(experience, "vi")).content.decode()
    assert 'data-group="." data-symbol-first=""' in vi_body


def test_experience_page_queries_stay_bounded_with_many_sessions(client, home_page, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    experience = make_experience(make_village(home_page))
    url = url_in(experience, "en")

    def queries_with(count):
        Booking.objects.all().delete()
        ExperienceSession.objects.filter(experience=experience).delete()
        for n in range(count):
            hold(make_session(experience, days_ahead=1 + n % 150, hour=6 + n // 150, capacity=8), 1)
        for warm in ("a", "b"):  # the route, the site and the page kept (not this page: another query string)
            client.get(url + f"?{warm}={count}")
        with CaptureQueriesContext(connection) as context:
            assert client.get(url + f"?m={count}").status_code == 200
        return len(context.captured_queries)

    few = queries_with(2)
    assert few == queries_with(200)
    with django_assert_max_num_queries(12):
        client.get(url + "?fresh=1")


def test_a_booking_changes_the_cached_calendar(client, home_page):
    experience = make_experience(make_village(home_page), max_group=8)
    session = make_session(experience, days_ahead=3, capacity=3)
    url = url_in(experience, "en")
    day = (timezone.localdate() + datetime.timedelta(days=3)).isoformat()
    assert f'cal-day--open" data-date="{day}"' in client.get(url).content.decode()
    assert client.get(url)["X-Page-Cache"] == "hit"
    hold(session, 3)
    body = client.get(url).content.decode()
    assert f'cal-day--full" data-date="{day}"' in body
    assert "data-next-free-line hidden" in body


def test_stay_calendar_marks_nights_with_a_free_room_and_says_which_nights_each_room_is_taken(client, home_page):
    homestay = make_homestay(make_village(home_page), rooms=((1000000, 2), (600000, 4)))
    small, big = homestay.rooms.order_by("sort_order")
    today = timezone.localdate()
    night = today + datetime.timedelta(days=3)
    traveller = Traveller(name="A", email="a@example.com")
    for room in (small, big):
        hold_room_nights(
            room=room,
            check_in=night,
            check_out=night + datetime.timedelta(days=1),
            people=2,
            traveller=traveller,
            now=timezone.now(),
        )
    with translation.override("en"):
        calendar = stay_calendar(homestay=homestay, today=today, now=timezone.now())
    days = days_of(calendar)
    assert days[night].state == "full" and days[night + datetime.timedelta(days=1)].state == "open"
    assert calendar.next_free == today
    assert [(room.pk, busy) for room, busy in calendar.rooms] == [
        (small.pk, night.isoformat()),
        (big.pk, night.isoformat()),
    ]
    assert calendar.nights_many % {"count": 3} == "3 nights"
    assert len(calendar.months) == 3

    body = client.get(url_in(homestay, "lo")).content.decode()
    assert f'data-capacity="4" data-busy="{night.isoformat()}"' in body
    assert f'class="cal-day cal-day--full" data-date="{night.isoformat()}"' in body
    assert 'data-group="." data-symbol-first=""' in body and "js/calendar-stay" in body


def test_package_departures_say_their_places_and_the_form_can_total_the_group(client, home_page):
    experience = make_experience(make_village(home_page))
    make_session(experience, days_ahead=5, capacity=6)
    package = make_package(make_operator(home_page), days=[(1, experience, None)], price=2500000)
    open_departure = make_departure(package, days_ahead=5, capacity=4)
    sold_out = make_departure(package, days_ahead=6, capacity=4)  # no session that day
    body = client.get(url_in(package, "en")).content.decode()
    assert f'data-departure="{open_departure.pk}" data-left="4"' in body
    assert f'data-departure="{sold_out.pk}" data-left="0"' in body
    assert re.search(rf'<option value="{sold_out.pk}" data-left="0" disabled>', body)
    assert 'data-price="2500000" data-group="," data-symbol-first="1"' in body and "js/calendar-departures" in body
