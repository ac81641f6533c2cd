import datetime

from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from security.same_site import same_site_only
from storefront import cart as carts
from tourism.availability import bookings_on
from tourism.booking_requests import BookingRequestError, add_booking_to_cart
from tourism.booking_staff import can_open_bookings
from tourism.bookings import BookingError
from tourism.models import Booking, BookingErrorCode


def manifest(request):
    """Who is coming on a day: the bookings the user may see, for ?date=YYYY-MM-DD (today by default)."""
    if not can_open_bookings(request.user):
        raise PermissionDenied
    try:
        date = datetime.date.fromisoformat(request.GET.get("date", ""))
    except ValueError:
        date = timezone.localdate()
    bookings = bookings_on(date=date, queryset=Booking.objects.for_user(request.user)).order_by("lead_name")
    return render(request, "tourism/admin/manifest.html", {"date": date, "bookings": bookings})


# CSRF-exempt like storefront's add_to_cart, for the same reason: the booking forms sit on
# cacheable pages with no per-visitor token; cross-site POSTs are refused by same_site_only.
@csrf_exempt
@same_site_only
@require_POST
def add_booking(request):
    """Add a session, a room stay or a package departure to the visitor's cart, then show the cart.

    Every rule (group size, dates, seats left) is checked by running the real hold and rolling it back.
    """
    try:
        add_booking_to_cart(
            cart_for=lambda create: carts.get_cart(request=request, create=create),
            data=request.POST,
            language=translation.get_language(),
            now=timezone.now(),
        )
    except BookingRequestError as error:
        return _booking_error(request, error.message, 400)
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
