"""Staff cancel a booking from the admin under its stored policy, or with another refund and a logged
reason; a confirmation says the refund first; the places are freed at once; the traveller, the operator
and the hosts are told, each in their language. Operators and hosts cannot cancel."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone, translation

from storefront.models import Order, OrderStatus
from tests.storefront.gateways import post_event
from tests.tourism.hosting import make_world
from tourism.availability import departure_seats_left, room_is_free, session_seats_left
from tourism.models import Booking, BookingChange, BookingStatus
from tourism.traveller_info import traveller_info


@pytest.fixture
def world(home_page):
    return make_world(home_page)


def _cancel_url(booking):
    return f"/admin/snippets/tourism/booking/cancel/{booking.pk}/"


def _paid(client, payments, capture, **fields):
    traveller = {"name": "Lan", "email": "lan@example.com", "phone": "0900", "accept_terms": True}
    client.post("/vi/bookings/add/", {"people": "2", **fields, **traveller})
    client.post("/vi/checkout/", traveller)
    order = Order.objects.latest("pk")
    payments.pay(order)
    with capture(execute=True):
        post_event(client, payments, payments.event(order, event_id=f"evt_{order.pk}"))
    return order, Booking.objects.get(order_line__order=order, parent=None)


def _subjects_to(address):
    return [message.subject for message in mail.outbox if address in message.to]


def _when(booking, language):
    with translation.override(language):
        return traveller_info(booking).when


def test_staff_cancel_under_the_policy_after_a_confirmation_and_everyone_is_told(
    client, world, payments, django_capture_on_commit_callbacks
):
    session = world["session"]
    order, booking = _paid(client, payments, django_capture_on_commit_callbacks, kind="session", session=session.pk)
    seats_before = session_seats_left(session=session, now=timezone.now())
    staff = world["users"]["staff"]
    client.force_login(staff)
    detail = client.get(f"/admin/snippets/tourism/booking/inspect/{booking.pk}/").content.decode()
    assert _cancel_url(booking) in detail and 'name="status"' not in detail
    assert client.get(f"/admin/snippets/tourism/booking/edit/{booking.pk}/").status_code in (302, 403, 404)

    confirmation = client.get(_cancel_url(booking))  # says the refund, changes nothing
    assert confirmation.status_code == 200 and confirmation.context["refund_vnd"] == booking.total_vnd
    assert 'name="confirm"' in confirmation.content.decode()
    assert Booking.objects.get(pk=booking.pk).status == BookingStatus.CONFIRMED

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(_cancel_url(booking), {"confirm": "1"})
    assert response.status_code == 302
    booking.refresh_from_db()
    order.refresh_from_db()
    assert (booking.status, booking.refund_vnd) == (BookingStatus.CANCELLED, booking.total_vnd)
    assert (order.status, order.refunded_vnd) == (OrderStatus.REFUNDED, booking.total_vnd)
    assert [refund for _id, refund in payments.refunds(order.provider_payment_id)] == [booking.total_vnd]
    assert session_seats_left(session=session, now=timezone.now()) == seats_before + 2
    change = BookingChange.objects.get(booking=booking)
    assert (change.kind, change.staff, change.reason) == ("cancelled", staff, "")
    assert change.refund_vnd == change.policy_refund_vnd == booking.total_vnd

    assert _subjects_to("lan@example.com")  # the traveller
    # The co-operative's member prefers English; the workshop's own address reads Vietnamese.
    [to_member] = _subjects_to("tuan@example.com")
    assert _when(booking, "en") in to_member
    [to_workshop] = _subjects_to("lo-ren@example.com")
    assert _when(booking, "vi") in to_workshop and _when(booking, "vi") != _when(booking, "en")
    assert not _subjects_to("alpha@example.com") and not _subjects_to("diep@example.com")  # not theirs
    assert not _subjects_to("khac@example.com")

    detail = client.get(f"/admin/snippets/tourism/booking/inspect/{booking.pk}/").content.decode()
    assert _cancel_url(booking) not in detail  # nothing left to cancel
    assert client.post(_cancel_url(booking), {"confirm": "1"}).status_code == 302
    assert BookingChange.objects.filter(booking=booking).count() == 1


def test_staff_cancel_a_package_frees_every_part_and_tells_its_operator_and_hosts(
    client, world, django_capture_on_commit_callbacks
):
    departure, booking = world["departure"], world["package"]  # Fang's party of 3, day 1 at the forge and the homestay
    now = timezone.now()
    night = departure.date
    seats_before = departure_seats_left(departure=departure, now=now)
    assert not room_is_free(room=world["room"], check_in=night, check_out=night + datetime.timedelta(days=1), now=now)
    client.force_login(world["users"]["staff"])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(_cancel_url(booking), {"confirm": "1"})
    booking.refresh_from_db()
    assert booking.status == BookingStatus.CANCELLED
    assert set(booking.components.values_list("status", flat=True)) == {BookingStatus.CANCELLED}
    assert departure_seats_left(departure=departure, now=now) == seats_before + 3
    assert session_seats_left(session=world["session"], now=now) == world["session"].capacity - 2  # Emma's stay
    assert room_is_free(room=world["room"], check_in=night, check_out=night + datetime.timedelta(days=1), now=now)

    [to_operator_member] = _subjects_to("an@example.com")  # prefers Simplified Chinese
    assert _when(booking, "zh-hans") in to_operator_member
    [to_operator] = _subjects_to("alpha@example.com")
    assert _when(booking, "vi") in to_operator
    assert _subjects_to("tuan@example.com") and _subjects_to("diep@example.com")  # the workshop, the homestay
    assert _subjects_to("fang@example.com")  # the traveller
    assert not _subjects_to("binh@example.com") and not _subjects_to("khac@example.com")  # not theirs


def test_another_refund_needs_a_reason_and_is_logged(client, world, payments, django_capture_on_commit_callbacks):
    order, booking = _paid(
        client, payments, django_capture_on_commit_callbacks, kind="session", session=world["session"].pk
    )
    staff = world["users"]["staff"]
    client.force_login(staff)
    url = _cancel_url(booking)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"override": "1", "refund_vnd": "100000", "confirm": "1"})  # no reason
        client.post(url, {"override": "1", "refund_vnd": str(booking.total_vnd + 1), "reason": "x", "confirm": "1"})
    assert Booking.objects.get(pk=booking.pk).status == BookingStatus.CONFIRMED
    assert not BookingChange.objects.filter(booking=booking).exists()

    reason = "Mưa lũ, khách đồng ý nhận 100.000"
    confirmation = client.post(url, {"override": "1", "refund_vnd": "100000", "reason": reason})
    assert confirmation.status_code == 200 and confirmation.context["refund_vnd"] == 100000
    assert reason in confirmation.content.decode()
    assert Booking.objects.get(pk=booking.pk).status == BookingStatus.CONFIRMED

    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"override": "1", "refund_vnd": "100000", "reason": reason, "confirm": "1"})
    booking.refresh_from_db()
    order.refresh_from_db()
    assert booking.status == BookingStatus.CANCELLED
    assert booking.refund_vnd == 100000 and order.refunded_vnd == 100000
    change = BookingChange.objects.get(booking=booking)
    assert (change.kind, change.staff, change.reason) == ("overridden", staff, reason)
    assert (change.policy_refund_vnd, change.refund_vnd) == (booking.total_vnd, 100000)
    log = client.get(f"/admin/snippets/tourism/booking/inspect/{booking.pk}/").content.decode()
    assert reason in log


@pytest.mark.parametrize("who", ["operator", "coop", "family", "editor"])
def test_operators_hosts_and_editors_cannot_cancel(client, world, who):
    client.force_login(world["users"][who])
    booking = world["package"] if who in ("operator", "family") else world["direct"]
    assert client.get(_cancel_url(booking)).status_code in (302, 403)
    response = client.post(_cancel_url(booking), {"confirm": "1"})
    assert response.status_code in (302, 403)
    response = client.post(_cancel_url(booking), {"override": "1", "refund_vnd": "0", "reason": "x", "confirm": "1"})
    assert response.status_code in (302, 403)
    assert Booking.objects.get(pk=booking.pk).status == BookingStatus.CONFIRMED
    assert not BookingChange.objects.exists()


def test_staff_cannot_cancel_a_package_part_alone(client, world):
    part = world["package"].components.first()
    client.force_login(world["users"]["staff"])
    assert client.post(_cancel_url(part), {"confirm": "1"}, follow=True).status_code == 404
    assert Booking.objects.get(pk=part.pk).status == BookingStatus.CONFIRMED
