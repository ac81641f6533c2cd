"""A traveller cancels or moves a booking from the order page, under the policy stored on it.

The refund goes through the order (storefront.orders.refund) on every payment gateway; the places
are free at once; the traveller, the operator and the host are told, each in their language.
"""

import datetime
import re

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone, translation

from storefront.models import Order, OrderStatus, Refund
from tests.storefront.gateways import post_event
from tests.tourism.factories import make_experience, make_session, make_village
from tourism.availability import session_seats_left
from tourism.models import Booking, BookingChange, BookingStatus

TRAVELLER = {"name": "Wang Fang", "email": "fang@example.com", "phone": "+86 138 0000 0000", "accept_terms": True}


@pytest.fixture
def experience(home_page):
    experience = make_experience(make_village(home_page), price=450000, free_days=7, late_percent=50)
    experience.host_email = "host@example.com"
    experience.meeting_point_zh_hans = "福森村铁匠铺门口"
    experience.meeting_point_vi = "Trước lò rèn xóm Phúc Sen"
    experience.save_revision().publish()
    return experience


def _book_and_pay(client, session, payments, capture, *, people="2", language="zh-hans"):
    prefix = f"/{language}"
    client.post(f"{prefix}/bookings/add/", {"kind": "session", "session": session.pk, "people": people, **TRAVELLER})
    client.post(f"{prefix}/checkout/", TRAVELLER)
    order = Order.objects.latest("pk")
    payments.pay(order)
    with capture(execute=True):
        post_event(client, payments, payments.event(order, event_id=f"evt_{order.pk}"))
    order.refresh_from_db()
    assert order.status == OrderStatus.PAID
    return order, Booking.objects.get(order_line__order=order, parent=None)


def _order_page(client, order, language="zh-hans"):
    return client.get(f"/{language}/orders/{order.token}/").content.decode()


def test_the_order_page_shows_where_to_meet_whom_to_call_and_how_to_cancel(
    client, experience, payments, django_capture_on_commit_callbacks
):
    session = make_session(experience, days_ahead=20)
    order, booking = _book_and_pay(client, session, payments, django_capture_on_commit_callbacks)
    page = _order_page(client, order)
    assert "福森村铁匠铺门口" in page  # the meeting point in the traveller's language
    assert "https://www.openstreetmap.org/?mlat=22.700000&amp;mlon=106.450000" in page  # the village's coordinates
    assert "host@example.com" in page
    with translation.override("zh-hans"):
        assert translation.gettext("%(time)s (Cao Bằng time, UTC+7)") % {"time": "08:00"} in page
    assert f"/zh-hans/bookings/{order.token}/{booking.pk}/cancel/" in page
    assert f"/zh-hans/bookings/{order.token}/{booking.pk}/change/" in page  # free period: the date may change


def test_cancelling_in_the_free_period_shows_the_full_refund_first_then_refunds_it(
    client, experience, payments, django_capture_on_commit_callbacks
):
    session = make_session(experience, days_ahead=20, capacity=8)
    order, booking = _book_and_pay(client, session, payments, django_capture_on_commit_callbacks)
    assert session_seats_left(session=session, now=timezone.now()) == 6
    mail.outbox.clear()

    preview = client.get(f"/zh-hans/bookings/{order.token}/{booking.pk}/cancel/")
    assert preview.status_code == 200 and preview["Cache-Control"].startswith("private")
    assert re.search(r'class="refund-amount">[^<]*900[.,\s]000', preview.content.decode())
    assert Booking.objects.get(pk=booking.pk).status == BookingStatus.CONFIRMED  # looking changes nothing

    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(f"/zh-hans/bookings/{order.token}/{booking.pk}/cancel/")
    assert done.status_code == 302 and done["Location"] == f"/zh-hans/orders/{order.token}/"

    booking.refresh_from_db()
    order.refresh_from_db()
    assert (booking.status, booking.refund_vnd) == (BookingStatus.CANCELLED, 900000)
    assert session_seats_left(session=session, now=timezone.now()) == 8  # free at once
    assert (order.status, order.refunded_vnd) == (OrderStatus.REFUNDED, 900000)
    assert payments.refunds(order.provider_payment_id) == [(booking.provider_refund_id, 900000)]
    change = BookingChange.objects.get(booking=booking)
    assert (change.kind, change.staff, change.policy_refund_vnd, change.refund_vnd) == (
        "cancelled",
        None,
        900000,
        900000,
    )
    to_traveller = [m for m in mail.outbox if m.to == [TRAVELLER["email"]]]
    to_host = [m for m in mail.outbox if m.to == ["host@example.com"]]
    assert len(to_traveller) == 1 and len(to_host) == 1
    with translation.override("zh-hans"):
        assert (
            translation.gettext("Your booking #%(number)s is cancelled") % {"number": booking.pk}
            == to_traveller[0].subject
        )
    assert TRAVELLER["phone"] not in to_host[0].body and TRAVELLER["email"] not in to_host[0].body

    # A second click (or a replayed form) refunds nothing more.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/zh-hans/bookings/{order.token}/{booking.pk}/cancel/")
    assert Refund.objects.filter(order=order).count() == 1
    assert BookingChange.objects.filter(booking=booking).count() == 1


def test_late_cancellation_refunds_the_stored_percentage_rounded_down(
    client, experience, payments, django_capture_on_commit_callbacks
):
    experience.late_refund_percent = 33
    experience.save_revision().publish()
    session = make_session(experience, days_ahead=3)
    order, booking = _book_and_pay(client, session, payments, django_capture_on_commit_callbacks, people="1")
    experience.late_refund_percent = 100  # a later change of the page's policy changes nothing
    experience.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/zh-hans/bookings/{order.token}/{booking.pk}/cancel/")
    booking.refresh_from_db()
    assert booking.refund_vnd == 450000 * 33 // 100 == 148500
    order.refresh_from_db()
    assert (order.status, order.refunded_vnd) == (OrderStatus.PAID, 148500)  # a partial refund keeps the status


def test_another_orders_token_or_a_started_booking_cannot_be_cancelled(
    client, experience, payments, django_capture_on_commit_callbacks
):
    session = make_session(experience, days_ahead=20)
    order, booking = _book_and_pay(client, session, payments, django_capture_on_commit_callbacks)
    other_session = make_session(experience, days_ahead=21)
    other, _other_booking = _book_and_pay(client, other_session, payments, django_capture_on_commit_callbacks)
    assert client.get(f"/zh-hans/bookings/{other.token}/{booking.pk}/cancel/").status_code == 404
    assert client.post(f"/zh-hans/bookings/{other.token}/{booking.pk}/cancel/").status_code == 404
    assert client.get(f"/zh-hans/bookings/not-a-token/{booking.pk}/cancel/").status_code == 404

    # On the day it starts, no cancel button and a refused POST.
    today = timezone.now()
    session.starts_at = today + datetime.timedelta(hours=2)
    session.save()
    assert f"/bookings/{order.token}/{booking.pk}/cancel/" not in _order_page(client, order)
    client.post(f"/zh-hans/bookings/{order.token}/{booking.pk}/cancel/")
    assert Booking.objects.get(pk=booking.pk).status == BookingStatus.CONFIRMED


def test_the_whole_order_is_cancelled_in_one_confirmation(
    client, experience, payments, django_capture_on_commit_callbacks
):
    first, second = make_session(experience, days_ahead=20), make_session(experience, days_ahead=22)
    client.post("/vi/bookings/add/", {"kind": "session", "session": first.pk, "people": "1", **TRAVELLER})
    client.post("/vi/bookings/add/", {"kind": "session", "session": second.pk, "people": "2", **TRAVELLER})
    client.post("/vi/checkout/", TRAVELLER)
    order = Order.objects.get()
    payments.pay(order)
    with django_capture_on_commit_callbacks(execute=True):
        post_event(client, payments, payments.event(order))
    assert f"/vi/bookings/{order.token}/cancel/" in _order_page(client, order, "vi")  # one link for all
    preview = client.get(f"/vi/bookings/{order.token}/cancel/").content.decode()
    assert preview.count('class="refund-amount"') == 2
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/vi/bookings/{order.token}/cancel/")
    order.refresh_from_db()
    assert set(Booking.objects.filter(order_line__order=order).values_list("status", flat=True)) == {"cancelled"}
    assert (order.status, order.refunded_vnd) == (OrderStatus.REFUNDED, 3 * 450000)


def test_moving_to_another_session_with_places_keeps_the_price_and_tells_the_traveller(
    client, experience, payments, django_capture_on_commit_callbacks
):
    session = make_session(experience, days_ahead=20)
    full = make_session(experience, days_ahead=24, capacity=1)
    later = make_session(experience, days_ahead=26)
    order, booking = _book_and_pay(client, session, payments, django_capture_on_commit_callbacks)
    page = client.get(f"/zh-hans/bookings/{order.token}/{booking.pk}/change/").content.decode()
    assert f'value="{later.pk}"' in page and f'value="{full.pk}"' not in page  # no place for two
    mail.outbox.clear()

    refused = client.post(f"/zh-hans/bookings/{order.token}/{booking.pk}/change/", {"session": full.pk})
    assert refused.status_code == 400
    with django_capture_on_commit_callbacks(execute=True):
        moved = client.post(f"/zh-hans/bookings/{order.token}/{booking.pk}/change/", {"session": later.pk})
    assert moved.status_code == 302
    booking.refresh_from_db()
    assert (booking.session_id, booking.total_vnd, booking.status) == (later.pk, 900000, BookingStatus.CONFIRMED)
    assert session_seats_left(session=session, now=timezone.now()) == 8
    change = BookingChange.objects.get(booking=booking)
    assert (change.kind, change.from_session_id, change.to_session_id) == ("date_changed", session.pk, later.pk)
    (to_traveller,) = [m for m in mail.outbox if m.to == [TRAVELLER["email"]]]
    assert to_traveller.attachments and to_traveller.attachments[0][2] == "text/calendar"
    assert later.starts_at.strftime("%Y%m%d") in to_traveller.attachments[0][1]  # the new date in the .ics

    # A second click on the same choice moves nothing and tells nobody again.
    with django_capture_on_commit_callbacks(execute=True):
        again = client.post(f"/zh-hans/bookings/{order.token}/{booking.pk}/change/", {"session": later.pk})
    assert again.status_code == 302 and BookingChange.objects.filter(booking=booking).count() == 1
    assert len([m for m in mail.outbox if m.to == [TRAVELLER["email"]]]) == 1


def test_the_date_cannot_change_after_the_free_period(client, experience, payments, django_capture_on_commit_callbacks):
    session = make_session(experience, days_ahead=3)
    later = make_session(experience, days_ahead=10)
    order, booking = _book_and_pay(client, session, payments, django_capture_on_commit_callbacks)
    assert f"/bookings/{order.token}/{booking.pk}/change/" not in _order_page(client, order)
    assert (
        client.post(f"/zh-hans/bookings/{order.token}/{booking.pk}/change/", {"session": later.pk}).status_code == 404
    )
    assert Booking.objects.get(pk=booking.pk).session_id == session.pk


def test_a_cancellation_needs_the_pages_csrf_token(client, experience, payments, django_capture_on_commit_callbacks):
    session = make_session(experience, days_ahead=20)
    order, booking = _book_and_pay(client, session, payments, django_capture_on_commit_callbacks)
    client = Client(enforce_csrf_checks=True)  # only the order's secret link: no session of the buyer's
    url = f"/zh-hans/bookings/{order.token}/{booking.pk}/cancel/"
    assert client.post(url).status_code == 403  # a form posted from elsewhere
    assert Booking.objects.get(pk=booking.pk).status == BookingStatus.CONFIRMED
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', client.get(url).content.decode()).group(1)
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, {"csrfmiddlewaretoken": token}).status_code == 302
    assert Booking.objects.get(pk=booking.pk).status == BookingStatus.CANCELLED
