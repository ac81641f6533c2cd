import datetime
import random
import threading

import pytest
from django.core import mail
from django.db import connection
from django.utils import timezone, translation

from tests.tourism.factories import (
    make_departure,
    make_experience,
    make_homestay,
    make_operator,
    make_package,
    make_session,
    make_village,
)
from tourism.availability import package_availability, session_seats_left
from tourism.bookings import (
    BookingError,
    Traveller,
    cancel_booking,
    confirm_booking,
    hold_departure_seats,
    hold_room_nights,
    hold_session_seats,
    release_expired_holds,
)
from tourism.models import Booking, BookingErrorCode, BookingStatus
from tourism.notifications import booking_ics

TRAVELLER = Traveller(name="Lan", email="lan@example.com", phone="0900", language="en")


@pytest.fixture
def experience(home_page):
    return make_experience(make_village(home_page), price=450000, free_days=7, late_percent=50)


def test_hold_session_seats_counts_people_and_price(experience):
    session = make_session(experience, capacity=8)
    booking = hold_session_seats(session=session, people=3, traveller=TRAVELLER, now=timezone.now())
    assert (booking.total_vnd, booking.unit_price_vnd, booking.status) == (1350000, 450000, BookingStatus.HELD)
    assert session_seats_left(session=session, now=timezone.now()) == 5


def test_never_exceeds_capacity_with_a_clear_message(experience):
    session = make_session(experience, capacity=3)
    hold_session_seats(session=session, people=1, traveller=TRAVELLER, now=timezone.now())
    with pytest.raises(BookingError) as error, translation.override("en"):
        hold_session_seats(session=session, people=3, traveller=TRAVELLER, now=timezone.now())
    assert error.value.code == BookingErrorCode.SOLD_OUT
    assert error.value.message == "Only 2 seats are left on this session."


def test_expired_hold_frees_seats_and_is_released(experience):
    session = make_session(experience, capacity=2)
    now = timezone.now()
    held = hold_session_seats(session=session, people=2, traveller=TRAVELLER, now=now)
    later = now + datetime.timedelta(minutes=31)
    assert session_seats_left(session=session, now=later) == 2
    assert release_expired_holds(now=later) == 1
    held.refresh_from_db()
    assert held.status == BookingStatus.EXPIRED
    with pytest.raises(BookingError):
        confirm_booking(booking=held, now=later)


def test_confirmation_email_in_travellers_language_with_ics(experience, django_capture_on_commit_callbacks):
    session = make_session(experience)
    booking = hold_session_seats(
        session=session,
        people=2,
        traveller=Traveller(name="Wang", email="w@example.com", language="zh-hans"),
        now=timezone.now(),
    )
    with django_capture_on_commit_callbacks(execute=True):
        confirm_booking(booking=booking, now=timezone.now(), provider_payment_id="pi_123")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["w@example.com"]
    assert "已确认" in message.subject
    name, content, mimetype = message.attachments[0]
    assert (name, mimetype) == (f"booking-{booking.pk}.ics", "text/calendar")
    assert "BEGIN:VEVENT" in content and f"UID:booking-{booking.pk}@caobang" in content


def test_ics_for_a_stay_uses_all_day_dates(home_page):
    homestay = make_homestay(make_village(home_page))
    check_in = timezone.localdate() + datetime.timedelta(days=10)
    booking = hold_room_nights(
        room=homestay.rooms.get(),
        check_in=check_in,
        check_out=check_in + datetime.timedelta(days=2),
        people=2,
        traveller=TRAVELLER,
        now=timezone.now(),
    )
    text = booking_ics(booking=booking, now=timezone.now())
    assert f"DTSTART;VALUE=DATE:{check_in:%Y%m%d}" in text and text.endswith("END:VCALENDAR\r\n")
    assert booking.total_vnd == 2000000


def test_room_nights_never_overlap(home_page):
    room = make_homestay(make_village(home_page)).rooms.get()
    day = timezone.localdate() + datetime.timedelta(days=5)
    hold_room_nights(
        room=room,
        check_in=day,
        check_out=day + datetime.timedelta(days=2),
        people=2,
        traveller=TRAVELLER,
        now=timezone.now(),
    )
    with pytest.raises(BookingError) as error:
        hold_room_nights(
            room=room,
            check_in=day + datetime.timedelta(days=1),
            check_out=day + datetime.timedelta(days=3),
            people=1,
            traveller=TRAVELLER,
            now=timezone.now(),
        )
    assert error.value.code == BookingErrorCode.SOLD_OUT
    # The check-out day is free for the next guest.
    hold_room_nights(
        room=room,
        check_in=day + datetime.timedelta(days=2),
        check_out=day + datetime.timedelta(days=3),
        people=1,
        traveller=TRAVELLER,
        now=timezone.now(),
    )


@pytest.mark.parametrize(("days_before_cancel", "expected"), [(10, 900000), (7, 900000), (6, 450000), (0, 450000)])
def test_cancellation_refund_follows_the_policy_shown_at_booking(experience, days_before_cancel, expected):
    session = make_session(experience, days_ahead=30)
    booking = hold_session_seats(session=session, people=2, traveller=TRAVELLER, now=timezone.now())
    confirm_booking(booking=booking, now=timezone.now())
    experience.free_cancellation_days, experience.late_refund_percent = 1, 100  # a later edit changes nothing
    experience.save()
    cancel_at = session.starts_at - datetime.timedelta(days=days_before_cancel)
    assert cancel_booking(booking=booking, now=cancel_at) == expected
    booking.refresh_from_db()
    assert (booking.status, booking.refund_vnd) == (BookingStatus.CANCELLED, expected)
    with pytest.raises(BookingError) as error:
        cancel_booking(booking=booking, now=cancel_at)
    assert error.value.code == BookingErrorCode.ILLEGAL_TRANSITION


def test_cancelling_a_hold_refunds_nothing(experience):
    booking = hold_session_seats(session=make_session(experience), people=1, traveller=TRAVELLER, now=timezone.now())
    assert cancel_booking(booking=booking, now=timezone.now()) == 0


def test_package_departure_sells_out_when_a_part_does(home_page):
    village = make_village(home_page)
    experience = make_experience(village, max_group=8)
    homestay = make_homestay(village, rooms=((1000000, 2), (600000, 4)))
    operator = make_operator(home_page)
    package = make_package(operator, days=[(1, experience, homestay), (2, None, None)])
    departure = make_departure(package, days_ahead=20, capacity=10)
    session = make_session(experience, days_ahead=20, capacity=5)
    now = timezone.now()
    assert package_availability(departure=departure, now=now) == 5  # the session, not the departure's 10 nor 6 beds
    hold_session_seats(session=session, people=3, traveller=TRAVELLER, now=now)
    assert package_availability(departure=departure, now=now) == 2

    booking = hold_departure_seats(departure=departure, people=2, traveller=TRAVELLER, now=now)
    assert booking.total_vnd == 2 * package.price_per_person_vnd
    assert session_seats_left(session=session, now=now) == 0  # the package's travellers take the session's seats
    assert booking.components.count() == 2  # one session, one room (the 4-bed room sleeps both)
    assert package_availability(departure=departure, now=now) == 0
    with pytest.raises(BookingError) as error:
        hold_departure_seats(departure=departure, people=1, traveller=TRAVELLER, now=now)
    assert error.value.code == BookingErrorCode.SOLD_OUT

    confirm_booking(booking=booking, now=now)
    assert set(booking.components.values_list("status", flat=True)) == {BookingStatus.CONFIRMED}


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)  # the Wagtail root page comes back after a flush
def test_twelve_travellers_never_oversell_a_session_of_eight():
    from tests.factories import make_home_page

    home = make_home_page()
    session = make_session(make_experience(make_village(home)), capacity=8)
    requests = [random.Random(n).randint(1, 3) for n in range(12)]
    barrier = threading.Barrier(len(requests))
    outcomes = []

    def book(people):
        try:
            translation.activate("en")
            barrier.wait()
            hold_session_seats(session=session, people=people, traveller=TRAVELLER, now=timezone.now())
            outcomes.append(("ok", people))
        except BookingError as error:
            outcomes.append((error.code, error.message))
        finally:
            connection.close()

    threads = [threading.Thread(target=book, args=(people,)) for people in requests]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    sold = sum(Booking.objects.filter(session=session).values_list("people", flat=True))
    assert sold == sum(people for status, people in outcomes if status == "ok")
    assert sold <= 8 and sum(requests) > 8
    losers = [message for status, message in outcomes if status != "ok"]
    assert losers and all(status in ("ok", BookingErrorCode.SOLD_OUT) for status, _ in outcomes)
    assert all("sold out" in message or "left on this session" in message for message in losers)


def test_a_cancelled_paid_booking_is_refunded_through_its_order(
    client, experience, payments, django_capture_on_commit_callbacks
):
    """Booking refunds go through storefront.orders.refund, whichever gateway took the payment."""
    from storefront.models import Order, OrderStatus, Refund
    from tests.storefront.gateways import post_event
    from tourism.bookings import refund_booking

    session = make_session(experience, days_ahead=3)
    traveller = {"name": "Lan", "email": "lan@example.com", "phone": "0900", "accept_terms": True}
    client.post("/en/bookings/add/", {"kind": "session", "session": session.pk, "people": "2", **traveller})
    client.post("/en/checkout/", {**traveller, "delivery_method": "pickup", "address_kind": "vietnam"})
    order = Order.objects.get()
    payments.pay(order)
    with django_capture_on_commit_callbacks(execute=True):
        post_event(client, payments, payments.event(order))
    booking = Booking.objects.get(order_line__order=order, status=BookingStatus.CONFIRMED)

    assert cancel_booking(booking=booking, now=timezone.now()) == 450000  # inside 7 days: 50 % of 900,000
    refund_id = refund_booking(booking=booking)

    booking.refresh_from_db()
    order.refresh_from_db()
    refund = Refund.objects.get(order=order)
    assert booking.provider_refund_id == refund_id == refund.provider_refund_id
    assert (refund.provider, refund.amount, refund.status) == (payments.name, 450000, "succeeded")
    assert payments.refunds(order.provider_payment_id) == [(refund_id, 450000)]
    assert (order.status, order.refunded_vnd) == (OrderStatus.PAID, 450000)  # a partial refund keeps the status
    assert refund_booking(booking=booking) == refund_id  # a second call sends nothing new
    assert Refund.objects.count() == 1 and len(payments.refunds(order.provider_payment_id)) == 1


def test_a_booking_refund_the_gateway_refuses_is_asked_again_with_the_same_key(
    client, experience, payments, settings, django_capture_on_commit_callbacks
):
    from core.payments import GatewayError
    from storefront.models import Order, Refund
    from tests.storefront.gateways import post_event
    from tourism.bookings import refund_booking

    session = make_session(experience, days_ahead=30)
    traveller = {"name": "Lan", "email": "lan@example.com", "phone": "0900", "accept_terms": True}
    client.post("/en/bookings/add/", {"kind": "session", "session": session.pk, "people": "1", **traveller})
    client.post("/en/checkout/", {**traveller, "delivery_method": "pickup", "address_kind": "vietnam"})
    order = Order.objects.get()
    payments.pay(order)
    with django_capture_on_commit_callbacks(execute=True):
        post_event(client, payments, payments.event(order))
    booking = Booking.objects.get(order_line__order=order, status=BookingStatus.CONFIRMED)
    cancel_booking(booking=booking, now=timezone.now())
    payments.go_down(settings)

    with pytest.raises(GatewayError):
        refund_booking(booking=booking)
    assert Refund.objects.get().status == "failed" and Booking.objects.get(pk=booking.pk).provider_refund_id is None

    payments.come_back(settings)
    refund_id = refund_booking(booking=booking)

    assert Refund.objects.get().status == "succeeded" and payments.refunds(order.provider_payment_id) == [
        (refund_id, 450000)
    ]
