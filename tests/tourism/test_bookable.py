"""Private or unpublished experiences, homestays and packages cannot be booked by guessing an id.

Session, room and departure ids are sequential: the forms, the API, checkout's hold and the hold
functions all refuse them when the page or an ancestor is unpublished or has a view restriction.
"""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from storefront.models import CartLine, Order
from tests.storefront.factories import make_shop
from tests.tourism.factories import (
    make_departure,
    make_experience,
    make_homestay,
    make_operator,
    make_package,
    make_session,
    make_village,
)
from tourism.bookings import BookingError, Traveller, hold_departure_seats, hold_room_nights, hold_session_seats
from tourism.models import Booking, BookingErrorCode

TRAVELLER = {"name": "Nông Thị Lan", "email": "lan@example.com", "phone": "0912345678"}
CHECKOUT = {**TRAVELLER, "delivery_method": "pickup", "accept_terms": True}


def _day(days):
    return (timezone.localdate() + datetime.timedelta(days=days)).isoformat()


def _restrict(page):
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret")


def _post(client, url, data=None, lang="en"):
    return client.post(f"{url}?lang={lang}", data or {}, content_type="application/json")


@pytest.fixture
def world(home_page):
    village = make_village(home_page)
    experience = make_experience(village)
    homestay = make_homestay(village, rooms=((800000, 2),))
    package = make_package(
        make_operator(home_page, "Private Travel"), days=[(1, experience, homestay), (2, None, None)]
    )
    return {
        "village": village,
        "experience": experience,
        "session": make_session(experience, days_ahead=20),
        "homestay": homestay,
        "room": homestay.rooms.get(),
        "package": package,
        "departure": make_departure(package, days_ahead=20),  # on the session's day
    }


def _line(kind, world):
    if kind == "session":
        return {"kind": "session", "session": world["session"].pk, "people": 2, **TRAVELLER}
    if kind == "stay":
        return {
            "kind": "stay",
            "room": world["room"].pk,
            "check_in": _day(10),
            "check_out": _day(12),
            "people": 2,
            **TRAVELLER,
        }
    return {"kind": "departure", "departure": world["departure"].pk, "people": 2, **TRAVELLER}


def _make_private(how, world):
    """restricted experience, unpublished homestay, restricted package (a restriction on an ancestor)."""
    if how == "restricted experience":
        _restrict(world["experience"])
        return "session"
    if how == "unpublished homestay":
        world["homestay"].unpublish()
        return "stay"
    if how == "restricted package":
        _restrict(world["package"].get_parent())  # the operator's index page: the package inherits it
        return "departure"
    if how == "unpublished village":
        # Unpublished on its own, without its children: they stay "live" under an unpublished page.
        world["village"].specific.unpublish()
        return "session"
    raise AssertionError(how)


CASES = ["restricted experience", "unpublished homestay", "restricted package", "unpublished village"]


@pytest.mark.parametrize("how", CASES)
def test_refused_when_added_through_the_api_in_the_visitors_language(client, world, how):
    kind = _make_private(how, world)
    token = _post(client, "/api/v1/carts/").json()["token"]

    response = _post(client, f"/api/v1/carts/{token}/bookings/", _line(kind, world), lang="vi")

    assert response.status_code == 400, response.content
    assert response.json()["error"] == {"code": "invalid", "message": "Mặt hàng này không được bán."}
    assert not CartLine.objects.exists()


@pytest.mark.parametrize("how", CASES)
def test_refused_when_added_through_the_web_form(client, world, how):
    kind = _make_private(how, world)

    response = client.post("/en/bookings/add/", {**_line(kind, world), "people": "2"})

    assert response.status_code == 400
    assert "This item is not for sale." in response.content.decode()
    assert not CartLine.objects.exists()


@pytest.mark.parametrize("how", CASES)
def test_added_before_it_became_private_is_refused_at_checkout(client, world, how, stripe_settings):
    kind = {
        "restricted experience": "session",
        "unpublished homestay": "stay",
        "restricted package": "departure",
        "unpublished village": "session",
    }[how]
    token = _post(client, "/api/v1/carts/").json()["token"]
    assert _post(client, f"/api/v1/carts/{token}/bookings/", _line(kind, world)).status_code == 201

    _make_private(how, world)

    assert client.get(f"/api/v1/carts/{token}/").json()["lines"] == []  # left out, as a private product is
    response = _post(client, f"/api/v1/carts/{token}/checkout/", CHECKOUT)
    assert response.status_code == 400, response.content
    assert response.json()["error"]["code"] == "empty_cart"
    assert not Booking.objects.exists()
    assert not Order.objects.exists()


def test_a_private_booking_beside_a_product_is_not_sold_with_it(client, home_page, world, stripe_settings):
    variant = make_shop(home_page, stock=5)
    token = _post(client, "/api/v1/carts/").json()["token"]
    _post(client, f"/api/v1/carts/{token}/products/", {"variant": variant.pk, "quantity": 1})
    assert _post(client, f"/api/v1/carts/{token}/bookings/", _line("session", world)).status_code == 201
    _restrict(world["experience"])

    response = _post(client, f"/api/v1/carts/{token}/checkout/", CHECKOUT)

    assert response.status_code == 201, response.content
    assert [line["kind"] for line in response.json()["order"]["lines"]] == ["product"]
    assert not Booking.objects.exists()


@pytest.mark.parametrize("how", CASES)
def test_the_hold_functions_refuse_too(world, how):
    """Checkout's hold and the payment webhook's re-hold go through these: the last guard."""
    kind = _make_private(how, world)
    traveller, now = Traveller(name="Lan", email="lan@example.com"), timezone.now()
    with pytest.raises(BookingError) as error:
        if kind == "session":
            hold_session_seats(session=world["session"], people=2, traveller=traveller, now=now)
        elif kind == "stay":
            check_in = timezone.localdate() + datetime.timedelta(days=10)
            hold_room_nights(
                room=world["room"],
                check_in=check_in,
                check_out=check_in + datetime.timedelta(days=1),
                people=2,
                traveller=traveller,
                now=now,
            )
        else:
            hold_departure_seats(departure=world["departure"], people=2, traveller=traveller, now=now)
    assert error.value.code == BookingErrorCode.INVALID
    assert not Booking.objects.exists()


def test_public_pages_stay_bookable(client, world):
    token = _post(client, "/api/v1/carts/").json()["token"]
    for kind in ("session", "stay", "departure"):
        response = _post(client, f"/api/v1/carts/{token}/bookings/", _line(kind, world))
        assert response.status_code == 201, response.content
    assert len(client.get(f"/api/v1/carts/{token}/").json()["lines"]) == 3
