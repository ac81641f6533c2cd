"""Hosts and operators see their guests (and nobody else's); staff cancel under the policy or with a reason."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.utils import timezone

from storefront.models import Order, OrderStatus, ProducerMember
from tests.storefront.factories import make_catalogue, make_producer
from tests.storefront.gateways import post_event
from tests.tourism.factories import (
    make_departure,
    make_experience,
    make_homestay,
    make_operator,
    make_package,
    make_session,
    make_village,
)
from tourism.booking_staff import BOOKINGS_STAFF
from tourism.bookings import Traveller, confirm_booking, hold_departure_seats, hold_room_nights, hold_session_seats
from tourism.models import Booking, BookingChange, BookingStatus, PlaceHost

DAYS = 20


def _user(name, *groups):
    user = get_user_model().objects.create_user(name, f"{name}@example.com", "pw")
    user.groups.add(*groups)
    return user


def _booked(hold, name, **kwargs):
    booking = hold(traveller=Traveller(name=name, email=f"{name.lower()}@example.com", phone="+84 900 000"), **kwargs)
    return confirm_booking(booking=booking, now=timezone.now())


@pytest.fixture
def world(home_page):
    now = timezone.now()
    _catalogue, producers = make_catalogue(home_page)
    forge_coop, other_coop = make_producer(producers), make_producer(producers, name="HTX Khác", slug="htx-khac")
    village = make_village(home_page)
    forging = make_experience(village, name="Lò rèn")
    forging.host_producer = forge_coop
    forging.save_revision().publish()
    incense = make_experience(village, name="Làm hương")
    homestay = make_homestay(village, rooms=((900000, 4),))
    room = homestay.rooms.get()
    session = make_session(forging, days_ahead=DAYS)
    make_session(incense, days_ahead=DAYS)
    operator = make_operator(home_page, "Alpha Travel")
    package = make_package(operator, days=[(1, forging, homestay), (2, None, None)])
    departure = make_departure(package, days_ahead=DAYS)
    producers_group = Group.objects.get(name="Producers")
    users = {
        "coop": _user("tuan", producers_group),
        "other_coop": _user("khac", producers_group),
        "family": _user("diep", producers_group),
        "operator": _user("an", operator.group),
        "editor": _user("ed", Group.objects.get(name="Editors")),
        "moderator": _user("mo", Group.objects.get(name="Moderators")),
        "staff": _user("sam", Group.objects.get(name=BOOKINGS_STAFF)),
    }
    operator.members.add(users["operator"])
    ProducerMember.objects.create(producer=forge_coop, user=users["coop"])
    ProducerMember.objects.create(producer=other_coop, user=users["other_coop"])
    PlaceHost.objects.create(user=users["family"], page=homestay)
    direct = _booked(hold_session_seats, "Emma", session=session, people=2, now=now)
    by_package = _booked(hold_departure_seats, "Fang", departure=departure, people=3, now=now)
    stay = _booked(
        hold_room_nights,
        "Somchai",
        room=room,
        check_in=session.starts_at.date() + timezone.timedelta(days=5),
        check_out=session.starts_at.date() + timezone.timedelta(days=6),
        people=2,
        now=now,
    )
    return {"users": users, "session": session, "direct": direct, "package": by_package, "stay": stay}


def _manifest(client, user, date, **params):
    client.force_login(user)
    return client.get("/admin/tourism/manifest/", {"date": date.isoformat(), **params})


def test_the_forging_cooperative_sees_its_workshops_guests_direct_and_by_package(client, world):
    day = timezone.localtime(world["session"].starts_at).date()
    response = _manifest(client, world["users"]["coop"], day)
    page = response.content.decode()
    assert "Emma" in page and "Fang" in page  # its workshop's session, and the package's part in it
    assert "Somchai" not in page
    assert response.context["totals"] == {"bookings": 2, "people": 5, "rooms": 0}

    csv = _manifest(client, world["users"]["coop"], day, format="csv")
    assert csv["Content-Type"].startswith("text/csv")
    text = csv.content.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = text.strip().splitlines()
    assert len(rows) == 3 and any("Emma" in row and ",2," in row for row in rows)


def test_the_homestay_family_sees_only_its_rooms(client, world):
    family = world["users"]["family"]
    stay_day = world["stay"].check_in
    assert "Somchai" in _manifest(client, family, stay_day).content.decode()
    day = timezone.localtime(world["session"].starts_at).date()
    page = _manifest(client, family, day).content.decode()
    assert "Fang" in page  # the package's night in its room
    assert "Emma" not in page


def test_the_operator_sees_its_package_bookings_only(client, world):
    day = timezone.localtime(world["session"].starts_at).date()
    page = _manifest(client, world["users"]["operator"], day).content.decode()
    assert "Fang" in page and "Emma" not in page


@pytest.mark.parametrize("who", ["editor", "moderator", "other_coop"])
def test_nobody_else_sees_any_guest(client, world, who):
    user = world["users"][who]
    day = timezone.localtime(world["session"].starts_at).date()
    client.force_login(user)
    manifest = client.get("/admin/tourism/manifest/", {"date": day.isoformat()})
    csv = client.get("/admin/tourism/manifest/", {"date": day.isoformat(), "format": "csv"})
    listing = client.get("/admin/snippets/tourism/booking/")
    detail = client.get(f"/admin/snippets/tourism/booking/inspect/{world['direct'].pk}/")
    for response in (manifest, csv, listing, detail):
        assert response.status_code in (302, 403, 404)
        assert b"Emma" not in response.content and b"+84 900 000" not in response.content


def _paid_booking(client, session, payments, capture):
    traveller = {"name": "Lan", "email": "lan@example.com", "phone": "0900"}
    client.post("/vi/bookings/add/", {"kind": "session", "session": session.pk, "people": "2", **traveller})
    client.post("/vi/checkout/", traveller)
    order = Order.objects.latest("pk")
    payments.pay(order)
    with capture(execute=True):
        post_event(client, payments, payments.event(order, event_id=f"evt_{order.pk}"))
    return order, Booking.objects.get(order_line__order=order, parent=None)


def test_staff_cancel_under_the_policy_and_the_host_is_told(
    client, world, payments, django_capture_on_commit_callbacks
):
    order, booking = _paid_booking(client, world["session"], payments, django_capture_on_commit_callbacks)
    client.force_login(world["users"]["staff"])
    detail = client.get(f"/admin/snippets/tourism/booking/inspect/{booking.pk}/").content.decode()
    assert "/admin/snippets/tourism/booking/cancel/" in detail
    assert client.get(f"/admin/snippets/tourism/booking/edit/{booking.pk}/").status_code in (302, 403)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/snippets/tourism/booking/cancel/{booking.pk}/")
    booking.refresh_from_db()
    order.refresh_from_db()
    assert (booking.status, booking.refund_vnd) == (BookingStatus.CANCELLED, booking.total_vnd)
    assert (order.status, order.refunded_vnd) == (OrderStatus.REFUNDED, booking.total_vnd)
    change = BookingChange.objects.get(booking=booking)
    assert change.staff == world["users"]["staff"] and change.reason == ""
    recipients = {address for message in mail.outbox for address in message.to}
    assert {"lan@example.com", "tuan@example.com"} <= recipients


def test_staff_override_needs_a_reason_which_is_logged(client, world, payments, django_capture_on_commit_callbacks):
    order, booking = _paid_booking(client, world["session"], payments, django_capture_on_commit_callbacks)
    client.force_login(world["users"]["staff"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/snippets/tourism/booking/cancel/{booking.pk}/", {"override": "1", "refund_vnd": "100000"})
    assert Booking.objects.get(pk=booking.pk).status == BookingStatus.CONFIRMED  # no reason: nothing done
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/admin/snippets/tourism/booking/cancel/{booking.pk}/",
            {"override": "1", "refund_vnd": "100000", "reason": "Mưa lũ, khách đồng ý nhận 100.000"},
        )
    booking.refresh_from_db()
    order.refresh_from_db()
    assert booking.refund_vnd == 100000 and order.refunded_vnd == 100000
    change = BookingChange.objects.get(booking=booking)
    assert (change.kind, change.policy_refund_vnd, change.refund_vnd) == ("overridden", booking.total_vnd, 100000)
    assert change.reason.startswith("Mưa lũ")


@pytest.mark.parametrize("who", ["operator", "coop"])
def test_operators_and_hosts_cannot_cancel(client, world, who):
    client.force_login(world["users"][who])
    booking = world["package"] if who == "operator" else world["direct"]
    assert client.post(f"/admin/snippets/tourism/booking/cancel/{booking.pk}/").status_code in (302, 403)
    assert Booking.objects.get(pk=booking.pk).status == BookingStatus.CONFIRMED
