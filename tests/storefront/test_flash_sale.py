"""The bench's rush scenarios (bench/rush.py) at a small scale: a flash sale and a booking rush.

Real threads released together by a barrier, each visitor with its own client and database
connection, through the web shop and the JSON API, with localstripe for the PaymentIntents.
"""

import datetime

import pytest
from django.db import connection
from django.db.models import Count, Sum
from django.test import Client
from django.utils import timezone

from storefront.models import Order, OrderStatus, StockHold, StockLevel
from tests.storefront.factories import make_shop
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

CONTACT = {
    "name": "Nông Thị Lan",
    "email": "lan@example.com",
    "phone": "0912345678",
    "delivery_method": "pickup",
    "accept_terms": True,
}
WEB_FORM = {**CONTACT, "address_kind": "vietnam"}


def _visitor(index):
    # Each visitor from its own address: the API throttles writes per client address.
    return Client(REMOTE_ADDR=f"127.0.{index // 200 + 1}.{index % 200 + 1}")


def _post_json(client, url, data=None):
    return client.post(url, data or {}, content_type="application/json")


def _flash_buyer(index, variant):
    """One unit through the web (even) or the API (odd); half the buyers click checkout twice at once.

    Returns [(step, status, order token or None)].
    """
    client = _visitor(index)
    double = index % 4 in (1, 2)  # many: a double click only shows a race when it comes before the units run out
    if index % 2 == 0:
        added = client.post("/en/cart/add/", {"variant": variant.pk, "quantity": "1"})
        if added.status_code != 302:
            return [("add", added.status_code, None)]
        twin = _visitor(index)
        twin.cookies = client.cookies  # the same browser session: a second click

        def checkout(c):
            response = c.post("/en/checkout/", WEB_FORM)
            token = response["Location"].split("/")[-3] if response.status_code == 302 else None
            return ("checkout", response.status_code, token)
    else:
        cart = _post_json(client, "/api/v1/carts/").json()["token"]
        added = _post_json(client, f"/api/v1/carts/{cart}/products/", {"variant": variant.pk, "quantity": 1})
        if added.status_code != 201:
            return [("add", added.status_code, None)]
        twin = _visitor(index)

        def checkout(c):
            response = _post_json(c, f"/api/v1/carts/{cart}/checkout/", CONTACT)
            token = response.json()["order"]["token"] if response.status_code == 201 else None
            return ("checkout", response.status_code, token)

    if double:
        connection.close()  # this thread waits for its two clicks: one connection fewer at the peak
        return run_at_once(2, lambda i: checkout((client, twin)[i]))
    return [checkout(client)]


def test_forty_buyers_for_twelve_units_some_clicking_twice(home_page, stripe_settings):
    variant = make_shop(home_page, stock=12)

    results = run_at_once(40, lambda i: _flash_buyer(i, variant))

    assert all(isinstance(r, list) and all(isinstance(a, tuple) for a in r) for r in results), results
    answers = [answer for buyer in results for answer in buyer]
    assert not [a for a in answers if a[1] >= 500], answers
    # Exactly the twelve units are held, none left, none held twice.
    assert StockLevel.objects.get(variant=variant).quantity == 0
    active = StockHold.objects.filter(variant=variant, released_at__isnull=True)
    assert active.aggregate(n=Sum("quantity"))["n"] == 12
    pending = Order.objects.filter(status=OrderStatus.PENDING)
    assert pending.count() == 12
    assert (
        not pending.order_by().values("cart").annotate(n=Count("pk")).filter(n__gt=1).exists()
    )  # (ordering would split groups)
    for order in pending:  # every order's unit is covered by a hold of its own
        assert active.filter(order=order).aggregate(n=Sum("quantity"))["n"] == 1, order.number
    # Twelve buyers were told "go and pay", each about their own order; a double click got the same order twice.
    told = [{a[2] for a in buyer if a[0] == "checkout" and a[1] in (201, 302)} for buyer in results]
    assert sorted(token for tokens in told for token in tokens) == sorted(pending.values_list("token", flat=True))
    assert all(len(tokens) <= 1 for tokens in told)
    refused = {a[1] for a in answers if a[0] == "checkout" and a[1] not in (201, 302)}
    assert refused <= {400, 409}, answers  # the web form shown again with "sold out", the API's 409


def _day(days):
    return (timezone.localdate() + datetime.timedelta(days=days)).isoformat()


def _traveller(index, items):
    """A mixed cart through the API, lines in opposite orders by index; a line refused as sold out is dropped."""
    client = _visitor(index)
    cart = _post_json(client, "/api/v1/carts/").json()["token"]
    who = {key: CONTACT[key] for key in ("name", "email", "phone")}
    session = {"kind": "session", "session": items["session"].pk, "people": 1, **who}
    departure = {"kind": "departure", "departure": items["departure"].pk, "people": 1, **who}
    stay = {"kind": "stay", "room": items["room"].pk, "check_in": _day(25), "check_out": _day(26), "people": 2, **who}
    lines = [[session, departure], [departure, session], [session, stay, departure], [departure, stay, session]][
        index % 4
    ]
    answers = [("add", _post_json(client, f"/api/v1/carts/{cart}/bookings/", line).status_code) for line in lines]
    if any(status == 201 for _step, status in answers):
        answers.append(("checkout", _post_json(client, f"/api/v1/carts/{cart}/checkout/", CONTACT).status_code))
    return answers


def test_thirty_travellers_for_eight_places_never_get_more(home_page, stripe_settings):
    """3 seats on a session, a room for 2 for one night and 3 places on a departure."""
    village = make_village(home_page)
    session = make_session(make_experience(village, max_group=8), days_ahead=20, capacity=3)
    room = make_homestay(village, rooms=[(300000, 2)]).rooms.get()
    package = make_package(make_operator(home_page, "Rush Travel"))  # one day with no session or room of its own
    departure = make_departure(package, days_ahead=20, capacity=3)
    items = {"session": session, "room": room, "departure": departure}

    results = run_at_once(30, lambda i: _traveller(i, items))

    assert all(isinstance(r, list) for r in results), results
    answers = [answer for traveller in results for answer in traveller]
    assert not [a for a in answers if a[1] >= 500], answers
    assert {status for _step, status in answers} <= {201, 409}, answers
    taken = Booking.objects.filter(status__in=[BookingStatus.HELD, BookingStatus.CONFIRMED])
    seats = taken.filter(session=session).aggregate(n=Sum("people"))["n"] or 0
    places = taken.filter(departure=departure, parent=None).aggregate(n=Sum("people"))["n"] or 0
    night = datetime.date.fromisoformat(_day(25))
    stays = taken.filter(room=room, check_in__lte=night, check_out__gt=night)
    assert seats <= 3 and places <= 3 and stays.count() <= 1
    assert seats + places + (stays.aggregate(n=Sum("people"))["n"] or 0) <= 8
    assert seats > 0 and places > 0  # the rush sold something: the checks above are not vacuous
    pending = Order.objects.filter(status=OrderStatus.PENDING)
    assert sum(1 for a in answers if a == ("checkout", 201)) == pending.count()
    assert (
        not pending.order_by().values("cart").annotate(n=Count("pk")).filter(n__gt=1).exists()
    )  # (ordering would split groups)
    for order in pending:  # every line of every pending order holds its places
        for line in order.lines.all():
            assert taken.filter(order_line=line, parent=None, status=BookingStatus.HELD).exists(), (
                order.number,
                line.description,
            )
