import datetime

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from security.same_site import same_site_only
from storefront import cart as carts
from storefront.models import Order
from storefront.templatetags.storefront_tags import vnd
from tourism import cancellations
from tourism.availability import bookings_on
from tourism.booking_requests import BookingRequestError, add_booking_to_cart
from tourism.bookings import BookingError
from tourism.hosts import can_open_bookings
from tourism.manifests import manifest_csv, manifest_groups, manifest_totals
from tourism.models import Booking, BookingErrorCode, ExperienceSession
from tourism.traveller_info import ZONE_NAME


def manifest(request):
    """Who is coming on a day (?date=YYYY-MM-DD, today by default): the bookings the user may see,
    grouped by place and time, with totals; ?format=csv gives the same rows for a spreadsheet.
    Days and times are Cao Bằng's, whatever time zone the admin user chose."""
    if not can_open_bookings(request.user):
        raise PermissionDenied
    with timezone.override(ZONE_NAME):
        try:
            date = datetime.date.fromisoformat(request.GET.get("date", ""))
        except ValueError:
            date = timezone.localdate()
        # Held bookings count while their hold lasts, as for places; cancelled and expired ones never.
        visible = Booking.objects.for_user(request.user).active(now=timezone.now())
        bookings = list(bookings_on(date=date, queryset=visible).select_related("parent__departure__package"))
        groups = manifest_groups(bookings)
        if request.GET.get("format") == "csv":
            return manifest_csv(groups, date=date)
        context = {
            "date": date,
            "previous": date - datetime.timedelta(days=1),
            "next": date + datetime.timedelta(days=1),
            "groups": groups,
            "totals": manifest_totals(bookings),
        }
        response = render(request, "tourism/admin/manifest.html", context)
    response["Cache-Control"] = "private, no-store"
    return response


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


def _order_booking(token, booking_id):
    """The booking of the order with this secret token; any other booking id is a 404, as is a wrong token."""
    order = Order.objects.filter(token=str(token)[:64]).first()
    booking = (
        Booking.objects.filter(pk=booking_id, order_line__order=order, parent=None)
        .select_related("session__experience", "room__homestay", "departure__package")
        .first()
        if order
        else None
    )
    if booking is None:
        raise Http404
    return order, booking


def _private(response):
    response["Cache-Control"] = "private, no-store"
    return response


@never_cache
def cancel_one_booking(request, token, booking_id):
    """GET: what cancelling gives back now (the stored policy); POST: cancel, refund and tell everyone."""
    order, booking = _order_booking(token, booking_id)
    now = timezone.now()
    quote = cancellations.quote(booking=booking, now=now)
    if request.method == "POST" and booking.status == "confirmed" and quote.cancellable:
        try:
            change = cancellations.cancel(booking=booking, now=now)
        except BookingError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request,
                translation.gettext("Your booking is cancelled. %(amount)s will be refunded to your card.")
                % {"amount": vnd(change.refund_vnd or 0)},
            )
        return redirect("storefront:order", token=order.token)
    if request.method == "POST":  # cancelled already (a second click), or too late
        return redirect("storefront:order", token=order.token)
    return _private(render(request, "tourism/cancel_booking.html", {"order": order, "quotes": [quote], "whole": False}))


@never_cache
def cancel_order_bookings(request, token):
    """Every booking of the order that can still be cancelled, in one confirmation."""
    order = Order.objects.filter(token=str(token)[:64]).first()
    if order is None:
        raise Http404
    now = timezone.now()
    bookings = Booking.objects.filter(order_line__order=order, parent=None, status="confirmed").select_related(
        "session__experience", "room__homestay", "departure__package"
    )
    quotes = [q for q in (cancellations.quote(booking=b, now=now) for b in bookings) if q.cancellable]
    if request.method == "POST":
        if quotes:
            changes = cancellations.cancel_all(bookings=[q.booking for q in quotes], now=now)
            messages.success(
                request,
                translation.gettext("Your bookings are cancelled. %(amount)s will be refunded to your card.")
                % {"amount": vnd(sum(change.refund_vnd or 0 for change in changes))},
            )
        return redirect("storefront:order", token=order.token)
    if not quotes:
        raise Http404
    return _private(render(request, "tourism/cancel_booking.html", {"order": order, "quotes": quotes, "whole": True}))


@never_cache
def change_booking_date(request, token, booking_id):
    """Another session of the same experience with places for the group, while cancelling would be free."""
    order, booking = _order_booking(token, booking_id)
    now = timezone.now()
    quote = cancellations.quote(booking=booking, now=now)
    if not booking.session_id or booking.status != "confirmed" or not quote.free:
        raise Http404
    choices = cancellations.sessions_to_move_to(booking=booking, now=now)
    error = ""
    if request.method == "POST":
        target = ExperienceSession.objects.filter(
            pk=int(request.POST["session"]) if str(request.POST.get("session", "")).isdigit() else 0,
            experience_id=booking.session.experience_id,
        ).first()
        if target is None:
            error = translation.gettext("Choose a session.")
        elif target.pk == booking.session_id:  # moved there already (a second click): nothing to do
            return redirect("storefront:order", token=order.token)
        else:
            try:
                cancellations.change_session(booking=booking, to_session=target, now=now)
            except BookingError as failure:
                error = failure.message
            else:
                messages.success(request, translation.gettext("Your booking has a new date."))
                return redirect("storefront:order", token=order.token)
    context = {"order": order, "booking": booking, "choices": choices, "error": error}
    return _private(render(request, "tourism/change_booking.html", context, status=400 if error else 200))
