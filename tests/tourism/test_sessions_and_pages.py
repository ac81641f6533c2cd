import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone, translation

from tests.storefront.factories import make_catalogue, make_producer, make_product, url_in
from tests.tourism.factories import (
    make_departure,
    make_experience,
    make_homestay,
    make_operator,
    make_package,
    make_session,
    make_village,
)
from tourism.bookings import Traveller, hold_session_seats
from tourism.calendar import session_choices
from tourism.models import Booking, ExperienceSession
from tourism.sessions import generate_sessions

LANGUAGES = ["vi", "en", "lo", "zh-hans"]


def test_generate_sessions_only_in_season_and_on_the_rule_days(home_page):
    experience = make_experience(make_village(home_page), name="Làm miến")
    created = generate_sessions(
        experience=experience,
        weekdays=[1, 3, 5],
        start_time=datetime.time(8),
        months=[11, 12, 1, 2, 3],
        start_date=datetime.date(2027, 10, 1),
        end_date=datetime.date(2028, 4, 30),
        capacity=10,
    )
    local = [timezone.localtime(s.starts_at) for s in created]
    assert {d.month for d in local} == {11, 12, 1, 2, 3}
    assert {d.weekday() for d in local} == {1, 3, 5}
    assert {(d.hour, d.minute) for d in local} == {(8, 0)}
    assert local[0].date() == datetime.date(2027, 11, 2)  # the first Tuesday in November
    assert len(created) == ExperienceSession.objects.filter(experience=experience).count() > 60
    # Running the rule again adds nothing.
    assert (
        generate_sessions(
            experience=experience,
            weekdays=[1, 3, 5],
            start_time=datetime.time(8),
            months=[11, 12, 1, 2, 3],
            start_date=datetime.date(2027, 10, 1),
            end_date=datetime.date(2028, 4, 30),
            capacity=10,
        )
        == []
    )


def test_generate_sessions_command(home_page):
    experience = make_experience(make_village(home_page))
    call_command(
        "generate_sessions",
        str(experience.pk),
        "--weekdays",
        "sat,sun",
        "--time",
        "09:30",
        "--from",
        "2027-06-01",
        "--to",
        "2027-06-30",
    )
    sessions = ExperienceSession.objects.filter(experience=experience)
    assert sessions.count() == 8 and {s.capacity for s in sessions} == {experience.max_group}


def test_availability_calendar_shows_seats_left_per_day(home_page):
    experience = make_experience(make_village(home_page))
    session = make_session(experience, days_ahead=3, capacity=6)
    hold_session_seats(
        session=session, people=4, traveller=Traveller(name="A", email="a@example.com"), now=timezone.now()
    )
    today = timezone.localdate()
    with translation.override("en"):
        choices = session_choices(
            experience=experience, first=today, last=today + datetime.timedelta(days=14), now=timezone.now()
        )
    assert [(c.date, c.seats_left, c.label) for c in choices] == [
        (timezone.localtime(session.starts_at).date(), 2, "2 seats left")
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_tourism_pages_render_in_four_languages(client, home_page, language):
    catalogue, producers = make_catalogue(home_page)
    village = make_village(home_page, name="Làng rèn Phúc Sen")
    producer = make_producer(producers)
    producer.craft_village = village
    producer.save_revision().publish()
    product = make_product(catalogue, producer, title="Dao rèn")
    experience = make_experience(village, name="Lò rèn nửa ngày")
    experience.host_producer = producer
    experience.save_revision().publish()
    make_session(experience, days_ahead=2, capacity=8)
    homestay = make_homestay(village, name="Homestay Yến Nhi")
    package = make_package(
        make_operator(home_page), name="Gói hai ngày", days=[(1, experience, homestay), (2, None, None)]
    )
    make_departure(package, days_ahead=2, capacity=4)

    suffix = {"vi": "", "en": " EN", "lo": " LO", "zh-hans": " ZH"}[language]
    for page, expected in [
        (village, ["Lò rèn nửa ngày" + suffix, "Homestay Yến Nhi" + suffix, "Dao rèn" + suffix]),
        (experience, ["Làng rèn Phúc Sen" + suffix, "calendar__slot", "Dao rèn" + suffix]),
        (homestay, ["1.000.000 ₫" if language in ("vi", "lo") else "₫1,000,000"]),
        (package, ["Lò rèn nửa ngày" + suffix, "Homestay Yến Nhi" + suffix]),
        (village.get_parent(), ["Làng rèn Phúc Sen" + suffix]),
        (product, ["visit-village", "Làng rèn Phúc Sen" + suffix]),
        (producer, ["visit-village"]),
        (home_page, ["Làng rèn Phúc Sen" + suffix]),
    ]:
        response = client.get(url_in(page.specific, language))
        assert response.status_code == 200, page
        body = response.content.decode()
        for text in expected:
            assert text in body, (page, text)
        assert f'lang="{language}"' in body.lower()


def test_package_page_says_sold_out_when_a_part_is(client, home_page):
    village = make_village(home_page)
    experience = make_experience(village)
    package = make_package(make_operator(home_page), days=[(1, experience, None)])
    make_departure(package, days_ahead=5, capacity=4)  # no session that day: nothing to sell
    with translation.override("en"):
        body = client.get(url_in(package, "en")).content.decode()
    assert "Sold out" in body


def test_experience_calendar_costs_the_same_queries_for_3_or_30_sessions(client, home_page):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    experience = make_experience(make_village(home_page))
    url = url_in(experience, "en")

    def queries_with(count):
        Booking.objects.all().delete()
        ExperienceSession.objects.filter(experience=experience).delete()
        for day in range(count):
            session = make_session(experience, days_ahead=1 + day % 35, hour=6 + day // 35, capacity=8)
            hold_session_seats(
                session=session, people=1, traveller=Traveller(name="A", email="a@example.com"), now=timezone.now()
            )
        client.get(url)  # warm caches
        with CaptureQueriesContext(connection) as context:
            assert client.get(url).status_code == 200
        return len(context.captured_queries)

    assert queries_with(3) == queries_with(30)


def test_a_package_itinerary_comes_with_its_route_and_a_publish_shows_a_new_day(client, home_page, settings):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tourism.models import PackageDay, PackagePage

    settings.PAGE_CACHE_ENABLED = False  # every view renders; the route and the page are kept
    experience = make_experience(make_village(home_page), name="Lò rèn")
    package = make_package(make_operator(home_page), days=[(1, experience, None)])
    url = url_in(package, "en")
    for _ in range(3):
        client.get(url)
    with CaptureQueriesContext(connection) as context:
        kept = client.get(url + "?from=newsletter").content.decode()

    package = PackagePage.objects.get(pk=package.pk)
    package.days.add(PackageDay(sort_order=1, day_number=2, description_en="Market day in Trùng Khánh"))
    package.save_revision().publish()
    fresh = client.get(url).content.decode()

    assert "Lò rèn EN" in kept and "Market day" not in kept
    assert not [query for query in context.captured_queries if "tourism_packageday" in query["sql"]]
    assert "Market day in Trùng Khánh" in fresh and "Lò rèn EN" in fresh
