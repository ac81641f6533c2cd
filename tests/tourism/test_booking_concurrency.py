"""Visitors booking the same places at once, through the API, with real threads on PostgreSQL row locks.

Every visitor either gets their places or a clean 409 sold_out: never a 5xx (a deadlock or a lock
wait that PostgreSQL breaks becomes "503 busy"), and never more places sold than there are.
"""

import datetime

import pytest
from django.db.models import Sum
from django.test import Client
from django.utils import timezone

from tests.storefront.test_concurrency import run_at_once
from tests.tourism.factories import (
    make_departure,
    make_experience,
    make_homestay,
    make_operator,
    make_package,
    make_session,
    make_village,
)
from tourism.models import Booking, BookingStatus

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

TRAVELLER = {"name": "Nông Thị Lan", "email": "lan@example.com", "phone": "0912345678"}
CHECKOUT = {**TRAVELLER, "delivery_method": "pickup", "accept_terms": True}


def _day(days):
    return (timezone.localdate() + datetime.timedelta(days=days)).isoformat()


def _post(client, url, data=None):
    return client.post(url, data or {}, content_type="application/json")


def _visitor(index):
    # Each visitor from its own address: the API throttles writes per client address.
    return Client(REMOTE_ADDR=f"127.0.1.{index + 1}")


def _code(response):
    return response.json().get("error", {}).get("code") if response.status_code >= 400 else None


def _new_cart(client):
    response = _post(client, "/api/v1/carts/")
    assert response.status_code == 201, response.content
    return response.json()["token"]


def _held_or_confirmed(**filters):
    return Booking.objects.filter(status__in=[BookingStatus.HELD, BookingStatus.CONFIRMED], **filters)


def test_six_visitors_book_one_session_at_once_and_none_gets_a_server_error(home_page, stripe_settings):
    village = make_village(home_page)
    session = make_session(make_experience(village, max_group=8), capacity=8)
    clients = [_visitor(i) for i in range(6)]
    tokens = [_new_cart(c) for c in clients]

    def book_and_pay(i):
        added = _post(
            clients[i],
            f"/api/v1/carts/{tokens[i]}/bookings/",
            {
                "kind": "session",
                "session": session.pk,
                "people": 2,
                **TRAVELLER,
            },
        )
        if added.status_code != 201:
            return ("add", added.status_code, _code(added))
        paid = _post(clients[i], f"/api/v1/carts/{tokens[i]}/checkout/", CHECKOUT)
        return ("checkout", paid.status_code, _code(paid))

    results = run_at_once(6, book_and_pay)

    assert all(isinstance(r, tuple) for r in results), results
    assert all(status < 500 for _step, status, _code in results), results
    refused = [r for r in results if r[1] != 201 or r[0] == "add"]
    assert all(status == 409 and code == "sold_out" for _step, status, code in refused), results
    sold = _held_or_confirmed(session=session).aggregate(n=Sum("people"))["n"] or 0
    assert sold <= session.capacity
    assert sold == 2 * sum(1 for step, status, _code in results if step == "checkout" and status == 201)
    assert sold == session.capacity  # 8 places, 2 each: four visitors got theirs


def test_mixed_carts_added_in_opposite_orders_do_not_deadlock(home_page, stripe_settings):
    """A session, a room-night and a package departure over both, added in opposite orders by four buyers."""
    buyers, rounds = 4, 3
    village = make_village(home_page)
    experience = make_experience(village, max_group=8)
    # Rooms are let whole: every package traveller (one a booking) takes a room on the package's night.
    homestay = make_homestay(village, rooms=[(300000, 2)] * (buyers * rounds))
    rooms = list(homestay.rooms.order_by("pk"))
    operator = make_operator(home_page, "Mixed Travel")
    package = make_package(operator, days=[(1, experience, homestay), (2, None, None)])
    departure = make_departure(package, days_ahead=20, capacity=40)
    session = make_session(experience, days_ahead=20, capacity=40)
    clients = [_visitor(i) for i in range(buyers)]

    for round_ in range(rounds):
        tokens = [_new_cart(c) for c in clients]
        session_line = {"kind": "session", "session": session.pk, "people": 1, **TRAVELLER}
        departure_line = {"kind": "departure", "departure": departure.pk, "people": 1, **TRAVELLER}
        # Each buyer a room of their own on a night apart from the package's, so every buyer can succeed.
        stays = [
            {
                "kind": "stay",
                "room": rooms[i].pk,
                "check_in": _day(30 + round_),
                "check_out": _day(31 + round_),
                "people": 2,
                **TRAVELLER,
            }
            for i in range(buyers)
        ]
        orders = [
            [session_line, stays[i], departure_line] if i % 2 else [departure_line, stays[i], session_line]
            for i in range(buyers)
        ]

        def book_and_pay(i):
            for line in orders[i]:
                added = _post(clients[i], f"/api/v1/carts/{tokens[i]}/bookings/", line)
                if added.status_code != 201:
                    return ("add", added.status_code, added.content)
            paid = _post(clients[i], f"/api/v1/carts/{tokens[i]}/checkout/", CHECKOUT)
            return ("checkout", paid.status_code, paid.content)

        results = run_at_once(buyers, book_and_pay)

        assert [r[:2] if isinstance(r, tuple) else r for r in results] == [("checkout", 201)] * buyers, results

    assert _held_or_confirmed(departure=departure, parent=None).aggregate(n=Sum("people"))["n"] == buyers * rounds
    # The session's own seats plus the package's component seats on it.
    assert _held_or_confirmed(session=session).aggregate(n=Sum("people"))["n"] == 2 * buyers * rounds
    assert _held_or_confirmed(room__in=rooms[:buyers], parent=None).count() == buyers * rounds


def test_the_expiry_sweep_skips_a_hold_being_confirmed_instead_of_waiting(home_page):
    """release_expired_holds never waits holding locks: a row locked elsewhere is left for the next run."""
    import threading

    from django.db import connection, transaction

    from tourism.bookings import Traveller, hold_session_seats, release_expired_holds

    village = make_village(home_page)
    session = make_session(make_experience(village), capacity=8)
    now = timezone.now()
    busy = hold_session_seats(session=session, people=1, traveller=Traveller(name="A", email="a@example.com"), now=now)
    free = hold_session_seats(session=session, people=1, traveller=Traveller(name="B", email="b@example.com"), now=now)
    later = now + datetime.timedelta(hours=1)
    locked, finish = threading.Event(), threading.Event()

    def confirming():
        try:
            with transaction.atomic():
                list(Booking.objects.select_for_update().filter(pk=busy.pk))
                locked.set()
                finish.wait(timeout=20)
        finally:
            connection.close()

    thread = threading.Thread(target=confirming)
    thread.start()
    try:
        assert locked.wait(timeout=10)
        started = timezone.now()
        assert release_expired_holds(now=later) == 1  # only the row nobody holds
        assert (timezone.now() - started).total_seconds() < 2  # no wait for the lock (lock_timeout is 4 s)
    finally:
        finish.set()
        thread.join(timeout=20)
    assert Booking.objects.get(pk=free.pk).status == BookingStatus.EXPIRED
    assert Booking.objects.get(pk=busy.pk).status == BookingStatus.HELD
    assert release_expired_holds(now=later) == 1  # the next run takes it
