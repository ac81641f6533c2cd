"""Bookings in the cart: added by the page forms, held by checkout, confirmed by the payment webhook."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from storefront.models import CartLine, Order, OrderStatus, StockHold, StockLevel
from tests.storefront.factories import checkout_details, make_shop, payment_event, signed_webhook
from tests.tourism.factories import (
    make_departure,
    make_experience,
    make_homestay,
    make_operator,
    make_package,
    make_session,
    make_village,
)
from tourism.availability import package_availability
from tourism.models import Booking, BookingStatus

SECRET = "whsec_test_secret"  # config.settings.test
TRAVELLER = {"name": "Nông Thị Lan", "email": "lan@example.com", "phone": "0912345678", "accept_terms": True}


def _day(days):
    return (timezone.localdate() + datetime.timedelta(days=days)).isoformat()


def _add_session(client, session, people="2", **extra):
    return client.post(
        "/en/bookings/add/", {"kind": "session", "session": session.pk, "people": people, **TRAVELLER, **extra}
    )


def _add_stay(client, room, check_in, check_out, people="2"):
    return client.post(
        "/en/bookings/add/",
        {
            "kind": "stay",
            "room": room.pk,
            "check_in": check_in,
            "check_out": check_out,
            "people": people,
            **TRAVELLER,
        },
    )


@pytest.fixture
def places(home_page):
    village = make_village(home_page)
    experience = make_experience(village, price=450000)
    homestay = make_homestay(village, rooms=((1000000, 3),))
    return make_session(experience, capacity=4), homestay.rooms.get()


def test_a_session_a_stay_and_a_product_are_paid_by_one_checkout(
    client, home_page, places, stripe_settings, django_capture_on_commit_callbacks
):
    session, room = places
    variant = make_shop(home_page, stock=5, price=185000)
    assert client.post("/en/cart/add/", {"variant": variant.pk, "quantity": "1"}).status_code == 302
    assert _add_session(client, session, people="2")["Location"] == "/en/cart/"
    assert _add_stay(client, room, _day(10), _day(12), people="3")["Location"] == "/en/cart/"

    cart_html = client.get("/en/cart/").content.decode()
    assert "2 nights, 3 guests" in cart_html and room.room_type in cart_html

    response = client.post("/en/checkout/", {**TRAVELLER, "delivery_method": "pickup", "address_kind": "vietnam"})

    order = Order.objects.get()
    assert response.status_code == 302, response.content.decode()[:500]
    # 1 × 185 000 + 2 people × 450 000 + 2 nights × 1 000 000
    assert order.total_vnd == 185000 + 900000 + 2000000
    held = Booking.objects.filter(order_line__order=order)
    assert sorted(held.values_list("status", flat=True)) == [BookingStatus.HELD, BookingStatus.HELD]

    payload = payment_event(order)
    with django_capture_on_commit_callbacks(execute=True):
        webhook = client.post(
            "/stripe/webhook/",
            payload,
            content_type="application/json",
            HTTP_STRIPE_SIGNATURE=signed_webhook(payload, secret=SECRET),
        )

    order.refresh_from_db()
    assert webhook.status_code == 200 and order.status == OrderStatus.PAID
    assert sorted(held.values_list("status", flat=True)) == [BookingStatus.CONFIRMED, BookingStatus.CONFIRMED]
    assert set(held.values_list("provider_payment_id", flat=True)) == {order.provider_payment_id}
    assert StockLevel.objects.get(variant=variant).quantity == 4
    assert not CartLine.objects.exists()
    booking_mails = [m for m in mail.outbox if m.attachments]
    assert len(mail.outbox) == 3 and len(booking_mails) == 2
    assert all(m.attachments[0][2] == "text/calendar" for m in booking_mails)
    assert "2 nights" in client.get(f"/en/orders/{order.token}/").content.decode()


def test_a_package_departure_is_paid_through_the_cart_and_takes_places_on_its_parts(
    client,
    home_page,
    places,
    stripe_settings,
    django_capture_on_commit_callbacks,
):
    session, room = places
    operator = make_operator(home_page, "Alpha Travel")
    days_ahead = (timezone.localtime(session.starts_at).date() - timezone.localdate()).days
    package = make_package(operator, price=2500000, days=[(1, session.experience, room.homestay), (2, None, None)])
    departure = make_departure(package, days_ahead=days_ahead, capacity=10)

    response = client.post(
        "/en/bookings/add/", {"kind": "departure", "departure": departure.pk, "people": "3", **TRAVELLER}
    )
    assert response["Location"] == "/en/cart/"
    client.post("/en/checkout/", {**TRAVELLER, "delivery_method": "pickup", "address_kind": "vietnam"})
    order = Order.objects.get()
    assert order.total_vnd == 3 * 2500000
    package_booking = Booking.objects.get(order_line__order=order, parent=None)
    # The package's travellers also take their seats in the workshop and a room for the night.
    parts = Booking.objects.filter(parent=package_booking)
    assert {(p.session_id, p.room_id, p.people) for p in parts} == {(session.pk, None, 3), (None, room.pk, 3)}

    payload = payment_event(order)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/stripe/webhook/",
            payload,
            content_type="application/json",
            HTTP_STRIPE_SIGNATURE=signed_webhook(payload, secret=SECRET),
        )
    order.refresh_from_db()
    assert order.status == OrderStatus.PAID
    assert set(Booking.objects.filter(pk=package_booking.pk).values_list("status", flat=True)) == {
        BookingStatus.CONFIRMED
    }
    assert set(parts.values_list("status", flat=True)) == {BookingStatus.CONFIRMED}
    assert (
        len(mail.outbox) == 2 and len([m for m in mail.outbox if m.attachments]) == 1
    )  # the order + the booking's .ics
    # The homestay's only room (3 guests) is taken for the night, so the departure has no place left.
    assert package_availability(departure=departure) == 0


def test_a_session_sold_out_after_adding_is_refused_at_checkout_and_nothing_is_held(client, home_page, places):
    session, room = places
    variant = make_shop(home_page, stock=5)
    client.post("/en/cart/add/", {"variant": variant.pk, "quantity": "1"})
    _add_session(client, session, people="3")
    Booking.objects.create(
        kind="session",
        session=session,
        people=2,
        lead_name="Other",
        email="o@example.com",
        status=BookingStatus.CONFIRMED,
        unit_price_vnd=1,
        total_vnd=2,
        free_cancellation_days=7,
        late_refund_percent=50,
    )

    response = client.post("/en/checkout/", {**TRAVELLER, "delivery_method": "pickup", "address_kind": "vietnam"})

    assert response.status_code == 400
    assert "is sold out or there are fewer left than you asked for" in response.content.decode()
    assert not Booking.objects.filter(status=BookingStatus.HELD).exists()
    assert not Order.objects.filter(status=OrderStatus.PENDING).exists()
    assert not StockHold.objects.exists()


@pytest.mark.parametrize("people", ["0", "-1", "abc", "", "1.5"])
def test_bad_people_is_a_400_with_a_message(client, places, people):
    session, _room = places
    response = _add_session(client, session, people=people)
    assert response.status_code == 400
    assert "Enter a whole number of at least 1." in response.content.decode()
    assert not CartLine.objects.exists()


def test_too_many_people_is_a_400_with_the_group_size(client, places):
    session, _room = places
    response = _add_session(client, session, people="9")
    assert response.status_code == 400 and "This booking takes from 1 to 8 people." in response.content.decode()


@pytest.mark.parametrize(
    "check_in, check_out, message",
    [
        (_day(12), _day(10), "Check-out must be at least one night after check-in."),
        (_day(10), _day(10), "Check-out must be at least one night after check-in."),
        (_day(-3), _day(-1), "Check-in cannot be in the past."),
        ("tomorrow", _day(3), "Enter check-in and check-out dates."),
    ],
)
def test_bad_stay_dates_are_a_400_with_a_message(client, places, check_in, check_out, message):
    _session, room = places
    response = _add_stay(client, room, check_in, check_out)
    assert response.status_code == 400 and message in response.content.decode()
    assert not CartLine.objects.exists() and not Booking.objects.exists()


def test_a_booked_room_is_sold_out_for_the_form(client, places):
    _session, room = places
    assert _add_stay(client, room, _day(10), _day(12)).status_code == 302
    client.post("/en/checkout/", {**TRAVELLER, "delivery_method": "pickup", "address_kind": "vietnam"})

    other = client.__class__()
    response = _add_stay(other, room, _day(11), _day(13))

    assert response.status_code == 409 and "already booked" in response.content.decode()


def test_missing_traveller_or_unknown_session_is_a_400(client, places):
    session, _room = places
    assert _add_session(client, session, email="not-an-email").status_code == 400
    assert (
        client.post(
            "/en/bookings/add/", {"kind": "session", "session": "999999", "people": "1", **TRAVELLER}
        ).status_code
        == 400
    )
    assert client.post("/en/bookings/add/", {"kind": "nope", "people": "1", **TRAVELLER}).status_code == 400


def test_booking_pages_show_a_plain_form_without_a_csrf_token(client, places):
    session, room = places
    html = client.get(session.experience.url).content.decode()
    assert 'action="/vi/bookings/add/"' in html and "csrfmiddlewaretoken" not in html
    assert "csrfmiddlewaretoken" not in client.get(room.homestay.url).content.decode()


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_carts_with_crossing_bookings_and_products_do_not_deadlock(home_page):
    from storefront.checkout import start_checkout
    from storefront.models import Cart
    from tests.storefront.test_concurrency import run_at_once
    from tourism.models import BookingRequest

    village = make_village(home_page)
    experience = make_experience(village)
    first, second = make_session(experience, capacity=40, hour=8), make_session(experience, capacity=40, hour=14)
    variant = make_shop(home_page, stock=50)

    def cart_with(*sessions):
        cart = Cart.objects.create()
        for session in sessions:
            request = BookingRequest.objects.create(
                kind="session", session=session, people=1, lead_name="Lan", email="lan@example.com"
            )
            CartLine.objects.create(cart=cart, source="booking", reference=str(request.pk), quantity=1)
        CartLine.objects.create(cart=cart, source="product", reference=str(variant.pk), quantity=1)
        return cart

    for _round in range(5):
        carts = [cart_with(first, second), cart_with(second, first)]
        results = run_at_once(2, lambda i: start_checkout(cart=carts[i], details=checkout_details()))
        assert all(isinstance(r, Order) for r in results), results

    assert Booking.objects.filter(status=BookingStatus.HELD, session=first).count() == 10
    assert Booking.objects.filter(status=BookingStatus.HELD, session=second).count() == 10


def test_the_cron_command_expires_holds_and_forgets_requests_no_line_uses(client, places):
    from django.core.management import call_command

    from tourism.models import BookingRequest

    session, _room = places
    _add_session(client, session, people="1")
    _add_session(client, session, people="2")
    kept, removed = BookingRequest.objects.order_by("pk")
    CartLine.objects.filter(reference=str(removed.pk)).delete()  # the visitor took it out of the cart
    BookingRequest.objects.update(created_at=timezone.now() - datetime.timedelta(days=3))

    call_command("expire_booking_holds", stdout=open("/dev/null", "w"))

    assert list(BookingRequest.objects.values_list("pk", flat=True)) == [kept.pk]
