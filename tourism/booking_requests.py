"""Adding a booking to a cart: the web form (tourism.views) and the API (api.views.cart) both call this.

The posted fields become an unsaved BookingRequest; every rule (group size, dates, seats left) is
then checked by running the real hold and rolling it back (tourism.line_source.check_request).
"""

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils.translation import gettext

from storefront import cart as carts
from storefront.cart_lock import lock_cart
from storefront.checkout import release_pending_orders
from tourism.bookable import bookable_pages
from tourism.line_source import SOURCE, check_request, lock_requests
from tourism.models import (
    BookingKind,
    BookingRequest,
    ExperiencePage,
    ExperienceSession,
    HomestayPage,
    HomestayRoom,
    PackageDeparture,
    PackagePage,
)


class BookingRequestError(Exception):
    """The request itself is wrong (missing name, unknown session, bad dates): a 400 for the visitor."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def add_booking_to_cart(*, cart_for, data, language, now):
    """Check and save a booking request from `data` and put it in the cart `cart_for(create=...)` returns.

    `cart_for(create=True)` is called only once the request is valid, so a refused booking never
    creates a cart. Raises BookingRequestError, tourism.bookings.BookingError (sold out, group
    size) or storefront.cart.CartError; on any of them nothing is saved.
    """
    with transaction.atomic():
        booking_request, quantity = build_booking_request(data=data, language=language)
        # Checkout's lock order: the cart, its pending orders, then the places, all before the trial
        # hold's savepoint. The cart changes, so its pending order is released first (storefront.cart
        # would do it too, but after the places are locked): its own holds never refuse this booking.
        cart = cart_for(create=False)
        if cart is not None:
            lock_cart(cart_id=cart.pk)
            release_pending_orders(cart=cart)
        lock_requests([booking_request])
        check_request(request=booking_request, people=booking_request.people, now=now)
        booking_request.save()
        cart = cart or cart_for(create=True)
        carts.set_quantity(cart=cart, source=SOURCE, reference=str(booking_request.pk), quantity=quantity)
    return cart, booking_request


def build_booking_request(*, data, language):
    """Posted fields (a QueryDict or a dict) → an unsaved BookingRequest and the cart line's quantity."""
    people = carts.parse_quantity(data.get("people"))
    name = str(data.get("name") or "").strip()[:160]
    email = str(data.get("email") or "").strip()
    if not name:
        raise BookingRequestError(gettext("Enter the lead traveller's name."))
    try:
        validate_email(email)
    except ValidationError:
        raise BookingRequestError(gettext("Enter a valid email address.")) from None
    fields = {
        "people": people,
        "lead_name": name,
        "email": email,
        "phone": str(data.get("phone") or "").strip()[:40],
        "language": language or "vi",
    }
    kind = data.get("kind", "")
    if kind == BookingKind.SESSION:
        session = _bookable(
            ExperienceSession.objects.filter(experience__in=bookable_pages(ExperiencePage.objects)), data.get("session")
        )
        return BookingRequest(kind=kind, session=session, **fields), people
    if kind == BookingKind.STAY:
        room = _bookable(
            HomestayRoom.objects.filter(homestay__in=bookable_pages(HomestayPage.objects)), data.get("room")
        )
        try:
            check_in = _date(data.get("check_in"))
            check_out = _date(data.get("check_out"))
        except ValueError:
            raise BookingRequestError(gettext("Enter check-in and check-out dates.")) from None
        return BookingRequest(kind=kind, room=room, check_in=check_in, check_out=check_out, **fields), 1
    if kind == BookingKind.DEPARTURE:
        departure = _bookable(
            PackageDeparture.objects.filter(package__in=bookable_pages(PackagePage.objects)), data.get("departure")
        )
        return BookingRequest(kind=kind, departure=departure, **fields), people
    raise BookingRequestError(gettext("This item is not for sale."))


def _date(value):
    if isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value or ""))


def _bookable(queryset, raw):
    # A private or unpublished page's session, room or departure answers as one that does not exist.
    found = queryset.filter(pk=int(raw)).first() if str(raw or "").isdigit() and len(str(raw)) < 10 else None
    if found is None:
        raise BookingRequestError(gettext("This item is not for sale."))
    return found
