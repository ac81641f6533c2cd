"""What a traveller is told after booking: where to meet, whom to call, what to bring, when in Cao Bằng
time and the terms, the same in the confirmation email, the .ics file and (tested with the cancel
views) the order page, in the traveller's language."""

import datetime
import zoneinfo

import icalendar
import pytest
from django.core import mail
from django.utils import timezone, translation
from django.utils.formats import date_format

from core.money import format_vnd
from tests.tourism.factories import (
    make_departure,
    make_experience,
    make_homestay,
    make_operator,
    make_package,
    make_session,
    make_village,
)
from tourism.bookings import Traveller, confirm_booking, hold_departure_seats, hold_room_nights, hold_session_seats
from tourism.cancellations import cancel, quote
from tourism.models import Booking, BookingChange, TourOperator
from tourism.notifications import booking_ics, send_traveller_change_email, traveller_text
from tourism.traveller_info import traveller_info

HANOI = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
WANG = Traveller(name="Wang", email="wang@example.com", language="zh-hans")


@pytest.fixture
def experience(home_page):
    experience = make_experience(make_village(home_page), price=450000, free_days=7, late_percent=50)
    experience.host_phone = "+84 900 000 101"
    experience.host_email = "forge@example.com"
    experience.meeting_point_vi = "Cổng lò rèn, xóm Phúc Sen"
    experience.meeting_point_zh_hans = "福森村铁匠铺门口; 红色大门, 左边"  # ; and , must survive the .ics
    experience.meeting_latitude, experience.meeting_longitude = "22.712345", "106.401234"
    experience.what_to_bring_zh_hans = "<ul><li>结实的鞋子</li><li>长袖衣服</li></ul>"
    experience.save_revision().publish()
    return experience


def _booking(booking):
    return Booking.objects.select_related(
        "session__experience__village", "room__homestay__village", "departure__package__operator"
    ).get(pk=booking.pk)


def _confirmed_session_booking(experience, *, days_ahead=20, people=2, traveller=WANG):
    session = make_session(experience, days_ahead=days_ahead, hour=9)
    booking = hold_session_seats(session=session, people=people, traveller=traveller, now=timezone.now())
    confirm_booking(booking=booking, now=timezone.now())
    return _booking(booking)


def test_a_session_booking_tells_where_whom_what_when_and_the_terms_in_the_travellers_language(experience):
    booking = _confirmed_session_booking(experience)
    with translation.override("zh-hans"):
        info = traveller_info(booking)
        start = timezone.localtime(booking.session.starts_at, HANOI)
        assert info.meeting_point == "福森村铁匠铺门口; 红色大门, 左边"
        assert (
            info.map_url == "https://www.openstreetmap.org/?mlat=22.712345&mlon=106.401234#map=16/22.712345/106.401234"
        )
        assert [(c.name, c.phone, c.email) for c in info.contacts] == [
            ("Anh Nông", "+84 900 000 101", "forge@example.com")
        ]
        assert info.what_to_bring == "结实的鞋子; 长袖衣服"  # plain text from the rich text list
        assert info.when == (
            f"{date_format(start.date(), 'DATE_FORMAT')}, "
            + translation.gettext("%(time)s (Cao Bằng time, UTC+7)") % {"time": "09:00"}
        )
        free_until = start.date() - datetime.timedelta(days=7)
        assert date_format(free_until, "DATE_FORMAT") in info.terms and "50" in info.terms
    with translation.override("vi"):
        assert traveller_info(booking).meeting_point == "Cổng lò rèn, xóm Phúc Sen"


def test_the_start_is_in_cao_bang_time_whatever_the_server_zone(experience, settings):
    booking = _confirmed_session_booking(experience)
    with timezone.override(zoneinfo.ZoneInfo("America/New_York")), translation.override("en"):
        info = traveller_info(booking)
    assert "09:00" in info.when and info.start_date == timezone.localtime(booking.session.starts_at, HANOI).date()


def test_a_meeting_point_without_coordinates_maps_to_the_village(experience):
    experience.meeting_latitude = experience.meeting_longitude = None
    experience.save_revision().publish()
    booking = _confirmed_session_booking(experience)
    assert "mlat=22.700000&mlon=106.450000" in traveller_info(booking).map_url


def test_a_stay_gives_the_address_and_the_family_to_call(home_page):
    homestay = make_homestay(make_village(home_page))
    homestay.address_en = "Khuổi Ky hamlet, Đàm Thủy"
    homestay.host_phone = "+84 900 000 201"
    homestay.what_to_bring_en = "<p>A warm layer</p>"
    homestay.save_revision().publish()
    check_in = timezone.localdate() + datetime.timedelta(days=10)
    booking = hold_room_nights(
        room=homestay.rooms.get(),
        check_in=check_in,
        check_out=check_in + datetime.timedelta(days=2),
        people=2,
        traveller=Traveller(name="Lan", email="lan@example.com", language="en"),
        now=timezone.now(),
    )
    with translation.override("en"):
        info = traveller_info(_booking(booking))
    assert (info.meeting_point, info.address, info.what_to_bring) == ("", "Khuổi Ky hamlet, Đàm Thủy", "A warm layer")
    assert [(c.name, c.phone) for c in info.contacts] == [("Triệu Ích Sỹ", "+84 900 000 201")]
    assert "mlat=22.700000" in info.map_url  # the village's point: the house has none of its own
    assert (info.start_date, info.end_date) == (check_in, check_in + datetime.timedelta(days=2))


def test_a_package_names_its_operator_and_each_parts_host(home_page, experience):
    homestay = make_homestay(experience.village)
    homestay.host_phone = "+84 900 000 201"
    homestay.save_revision().publish()
    operator = make_operator(home_page)
    TourOperator.objects.filter(pk=operator.pk).update(phone="+84 900 000 301", email="trips@example.com")
    package = make_package(operator, days=[(1, experience, homestay), (2, None, None)])
    package.meeting_point_en = "Cao Bằng post office"
    package.save_revision().publish()
    departure = make_departure(package, days_ahead=30)
    make_session(experience, days_ahead=30)
    booking = hold_departure_seats(
        departure=departure,
        people=2,
        traveller=Traveller(name="Lan", email="lan@example.com", language="en"),
        now=timezone.now(),
    )
    with translation.override("en"):
        info = traveller_info(_booking(booking))
    assert [(c.name, c.phone) for c in info.contacts] == [
        ("Demo Travel", "+84 900 000 301"),
        ("Anh Nông", "+84 900 000 101"),
        ("Triệu Ích Sỹ", "+84 900 000 201"),
    ]
    assert [c.operator for c in info.contacts] == [True, False, False]
    with translation.override("en"):
        assert "Tour operator: Demo Travel (+84 900 000 301 · trips@example.com)" in traveller_text(info)
    assert info.meeting_point == "Cao Bằng post office"
    assert "mlat=22.712345" in info.map_url  # no point of its own: the first part's meeting point
    assert info.end_date == departure.date + datetime.timedelta(days=2)


def test_the_ics_carries_every_fact_and_parses_back(experience):
    booking = _confirmed_session_booking(experience)
    with translation.override("zh-hans"):
        text = booking_ics(booking=booking, now=timezone.now())
        info = traveller_info(booking)
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))  # folded, never past 75 octets
    event = icalendar.Calendar.from_ical(text).walk("VEVENT")[0]
    assert str(event["LOCATION"]) == "福森村铁匠铺门口; 红色大门, 左边"
    assert (event["GEO"].latitude, event["GEO"].longitude) == (22.712345, 106.401234)
    start = event.decoded("DTSTART")
    assert start == booking.session.starts_at and start.utcoffset() is not None
    assert event.decoded("DTEND") - start == datetime.timedelta(minutes=240)
    description = str(event["DESCRIPTION"])
    for fact in ("福森村铁匠铺门口", "+84 900 000 101", "forge@example.com", "结实的鞋子", info.terms, info.map_url):
        assert fact in description
    assert str(event["SUMMARY"]) == info.title


def test_the_confirmation_email_says_the_same_in_the_travellers_language(
    experience, django_capture_on_commit_callbacks
):
    session = make_session(experience, days_ahead=20, hour=9)
    booking = hold_session_seats(session=session, people=2, traveller=WANG, now=timezone.now())
    with django_capture_on_commit_callbacks(execute=True):
        confirm_booking(booking=booking, now=timezone.now())
    (message,) = mail.outbox
    with translation.override("zh-hans"):
        info = traveller_info(_booking(booking))
    for fact in (info.when, info.meeting_point, info.map_url, "+84 900 000 101", "结实的鞋子", info.terms):
        assert fact in message.body
    assert "Lò rèn nửa ngày ZH" in message.body  # the experience's Chinese title


def test_the_cancellation_email_gives_the_refund_in_the_travellers_language(experience):
    booking = _confirmed_session_booking(experience, days_ahead=3, people=1)  # late: 50 % back
    change = cancel(booking=booking, now=timezone.now())
    mail.outbox.clear()
    send_traveller_change_email(change=change)
    (message,) = mail.outbox
    assert message.to == ["wang@example.com"]
    with translation.override("zh-hans"):
        assert message.subject == translation.gettext("Your booking #%(number)s is cancelled") % {"number": booking.pk}
    assert format_vnd(225000, "zh-hans") in message.body and "\n\n\n" not in message.body
    assert BookingChange.objects.get(booking=booking).refund_vnd == 225000


@pytest.mark.parametrize(
    ("days_ahead", "refund", "free"),
    [(8, 450001, True), (7, 450001, True), (6, 225000, False), (1, 225000, False)],
)
def test_the_quote_is_full_to_the_last_free_day_then_the_percentage_rounded_down(experience, days_ahead, refund, free):
    experience.price_per_person_vnd = 450001  # 50 % of it is 225000.5: the half đồng is not paid
    experience.save_revision().publish()
    booking = _confirmed_session_booking(experience, days_ahead=days_ahead, people=1)
    got = quote(booking=booking, now=timezone.now())
    assert (got.refund_vnd, got.free) == (refund, free)
    assert got.cancellable
