import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from storefront import cart as carts
from tourism.availability import bookings_on
from tourism.bookings import BookingError
from tourism.line_source import SOURCE, check_request
from tourism.models import (
    Booking, BookingErrorCode, BookingKind, BookingRequest, ExperienceSession, HomestayRoom, PackageDeparture,
)


def manifest(request):
    """Who is coming on a day: the bookings the user may see, for ?date=YYYY-MM-DD (today by default)."""
    if not request.user.has_perm("tourism.view_booking"):
        raise PermissionDenied
    try:
        date = datetime.date.fromisoformat(request.GET.get("date", ""))
    except ValueError:
        date = timezone.localdate()
    bookings = bookings_on(date=date, queryset=Booking.objects.for_user(request.user)).order_by("lead_name")
    return render(request, "tourism/admin/manifest.html", {"date": date, "bookings": bookings})


class _BadRequest(Exception):
    def __init__(self, message, status=400):
        super().__init__(message)
        self.message = message
        self.status = status


# CSRF-exempt like storefront's add_to_cart, for the same reason: the booking forms sit on
# cacheable pages with no per-visitor token, and adding to a cart buys nothing.
@csrf_exempt
@require_POST
def add_booking(request):
    """Add a session, a room stay or a package departure to the visitor's cart, then show the cart.

    Every rule (group size, dates, seats left) is checked by running the real hold and rolling it back.
    """
    try:
        with transaction.atomic():
            booking_request, quantity = _booking_request(request.POST)
            check_request(request=booking_request, people=booking_request.people, now=timezone.now())
            booking_request.save()
            cart = carts.get_cart(request=request, create=True)
            carts.set_quantity(cart=cart, source=SOURCE, reference=str(booking_request.pk), quantity=quantity)
    except _BadRequest as error:
        return _booking_error(request, error.message, error.status)
    except BookingError as error:
        return _booking_error(request, error.message, 409 if error.code == BookingErrorCode.SOLD_OUT else 400)
    except carts.CartError as error:
        return _booking_error(request, error.message, 400)
    return redirect("storefront:cart")


def _booking_error(request, message, status):
    referer = request.headers.get("Referer", "")
    back = referer if url_has_allowed_host_and_scheme(referer, allowed_hosts={request.get_host()}) else ""
    response = render(request, "tourism/booking_error.html", {"message": message, "back": back}, status=status)
    response["Cache-Control"] = "private, no-store"
    return response


def _booking_request(data):
    """The posted form → an unsaved BookingRequest and the cart line's quantity, or _BadRequest."""
    people = carts.parse_quantity(data.get("people"))
    name = data.get("name", "").strip()[:160]
    email = data.get("email", "").strip()
    if not name:
        raise _BadRequest(gettext("Enter the lead traveller's name."))
    try:
        validate_email(email)
    except ValidationError:
        raise _BadRequest(gettext("Enter a valid email address.")) from None
    fields = {
        "people": people, "lead_name": name, "email": email, "phone": data.get("phone", "").strip()[:40],
        "language": translation.get_language() or "vi",
    }
    kind = data.get("kind", "")
    if kind == BookingKind.SESSION:
        session = _live(ExperienceSession.objects.filter(experience__live=True), data.get("session"))
        return BookingRequest(kind=kind, session=session, **fields), people
    if kind == BookingKind.STAY:
        room = _live(HomestayRoom.objects.filter(homestay__live=True), data.get("room"))
        try:
            check_in = datetime.date.fromisoformat(data.get("check_in", ""))
            check_out = datetime.date.fromisoformat(data.get("check_out", ""))
        except ValueError:
            raise _BadRequest(gettext("Enter check-in and check-out dates.")) from None
        return BookingRequest(kind=kind, room=room, check_in=check_in, check_out=check_out, **fields), 1
    if kind == BookingKind.DEPARTURE:
        departure = _live(PackageDeparture.objects.filter(package__live=True), data.get("departure"))
        return BookingRequest(kind=kind, departure=departure, **fields), people
    raise _BadRequest(gettext("This item is not for sale."))


def _live(queryset, raw):
    found = queryset.filter(pk=int(raw)).first() if str(raw or "").isdigit() and len(str(raw)) < 10 else None
    if found is None:
        raise _BadRequest(gettext("This item is not for sale."))
    return found
