"""Bookings as cart lines: the "booking" line source (storefront.line_sources), built on tourism.bookings.

A booking cart line's reference is the pk of a BookingRequest (what is booked and for whom, see
tourism.models.BookingRequest). Checkout prices the line here and holds it with the same hold
functions a direct booking uses; the Booking rows point at their OrderLine, so releasing and
confirming an order finds them again. Sessions and departures are priced per person (quantity =
people); a room per stay (quantity 1, unit price = nights × nightly price, guests in the label).
"""

from django.db import transaction
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext, ngettext

from storefront.line_sources import PricedLine, SoldOut
from storefront.models import CartLine, LineKind, OrderLine
from tourism.availability import (
    departure_seats_left,
    package_availability,
    package_parts,
    room_is_free,
    session_seats_left,
    sessions_on,
)
from tourism.bookable import bookable_ids
from tourism.bookings import (
    BookingError,
    Traveller,
    confirm_booking,
    hold_departure_seats,
    hold_room_nights,
    hold_session_seats,
    lock_places,
)
from tourism.models import Booking, BookingKind, BookingRequest, BookingStatus, HomestayRoom

SOURCE = "booking"


def requests_for(lines):
    ids = {int(line.reference) for line in lines if line.reference.isdigit()}
    return {
        request.pk: request
        for request in BookingRequest.objects.filter(pk__in=ids).select_related(
            "session__experience", "room__homestay", "departure__package"
        )
    }


def people_for(request, line):
    """Sessions and departures count people in the line's quantity; a room line's quantity is 1."""
    return request.people if request.kind == BookingKind.STAY else line.quantity


def hold_request(*, request, people, now, hold_minutes):
    """Hold what `request` asks for with tourism.bookings' own rules; raises BookingError."""
    traveller = Traveller(name=request.lead_name, email=request.email, phone=request.phone, language=request.language)
    if request.kind == BookingKind.SESSION:
        return hold_session_seats(
            session=request.session, people=people, traveller=traveller, now=now, hold_minutes=hold_minutes
        )
    if request.kind == BookingKind.STAY:
        return hold_room_nights(
            room=request.room,
            check_in=request.check_in,
            check_out=request.check_out,
            people=people,
            traveller=traveller,
            now=now,
            hold_minutes=hold_minutes,
        )
    return hold_departure_seats(
        departure=request.departure, people=people, traveller=traveller, now=now, hold_minutes=hold_minutes
    )


def page_id_of(request):
    """The experience, homestay or package page the request books."""
    if request.kind == BookingKind.SESSION:
        return request.session.experience_id
    if request.kind == BookingKind.STAY:
        return request.room.homestay_id
    return request.departure.package_id


def lock_requests(requests):
    """Lock every departure, session and room these requests may take places on (lock_places' order).

    Each hold function locks its own rows in that order, but a cart holds several bookings one
    after another: all of them are locked first, at the top of the caller's transaction.
    """
    lock_places(
        departure_ids=[r.departure_id for r in requests if r.departure_id],
        session_ids=[r.session_id for r in requests if r.session_id],
        room_ids=[r.room_id for r in requests if r.room_id],
    )


def check_request(*, request, people, now):
    """Would the hold succeed now? Runs the real hold and rolls it back, so the rules live in one place.

    The caller has locked the request's places already (lock_requests), outside this savepoint.
    """
    with transaction.atomic():
        hold_request(request=request, people=people, now=now, hold_minutes=1)
        transaction.set_rollback(True)


def forget_unused_requests(*, older_than):
    """Delete booking requests created before `older_than` that no cart line or order line points at.

    Each add-to-cart makes a request; a line removed from a cart (or an abandoned form) leaves it behind.
    """
    unused = (
        BookingRequest.objects.filter(created_at__lt=older_than)
        .annotate(reference=Cast("pk", CharField()))
        .exclude(reference__in=CartLine.objects.filter(source=SOURCE).values("reference"))
        .exclude(reference__in=OrderLine.objects.filter(source=SOURCE).values("reference"))
    )
    deleted, _by_model = BookingRequest.objects.filter(pk__in=list(unused.values_list("pk", flat=True))).delete()
    return deleted


class BookingLineSource:
    name = SOURCE

    def price_lines(self, *, lines, holders=()):
        now = timezone.now()
        requests = requests_for(lines)
        # A private or unpublished page's booking is left out, as a product's is: not for sale.
        bookable = bookable_ids({page_id_of(request) for request in requests.values()})
        own = own_holds(holders=holders, now=now)
        priced = []
        for line in lines:
            request = requests.get(int(line.reference)) if line.reference.isdigit() else None
            if request is None or page_id_of(request) not in bookable:
                continue
            item = _price(request, line, now, own)
            if item is not None:
                priced.append(item)
        return priced

    def hold_lines(self, *, order, lines, expires_at):
        now = timezone.now()
        requests = requests_for(lines)
        wanted = [(requests[int(line.reference)], line) for line in lines if int(line.reference) in requests]
        lock_requests([request for request, _line in wanted])
        hold_minutes = max((expires_at - now).total_seconds() / 60, 0)
        for request, line in sorted(wanted, key=_hold_order):
            try:
                booking = hold_request(
                    request=request, people=people_for(request, line), now=now, hold_minutes=hold_minutes
                )
            except BookingError as error:
                raise SoldOut(
                    gettext("%(item)s: %(reason)s") % {"item": line.description, "reason": error.message}
                ) from None
            Booking.objects.filter(pk=booking.pk).update(order_line=line)

    def release_lines(self, *, order):
        for booking in Booking.objects.filter(order_line__order=order, parent=None, status=BookingStatus.HELD).order_by(
            "pk"
        ):
            release_hold(booking=booking)

    def confirm_lines(self, *, order):
        """Confirm each line's hold; a lost hold is taken again if the places are still free, else False."""
        now = timezone.now()
        lines = list(order.lines.filter(source=SOURCE))
        requests = requests_for(lines)
        lock_requests(list(requests.values()))
        for line in lines:
            booking = (
                Booking.objects.filter(
                    order_line=line, parent=None, status__in=[BookingStatus.HELD, BookingStatus.CONFIRMED]
                )
                .order_by("-pk")
                .first()
            )
            if booking is not None and booking.status == BookingStatus.CONFIRMED:
                continue
            if booking is None or booking.hold_expires_at <= now:
                if booking is not None:
                    release_hold(booking=booking)
                request = requests.get(int(line.reference)) if line.reference.isdigit() else None
                if request is None:
                    return False
                try:
                    booking = hold_request(request=request, people=people_for(request, line), now=now, hold_minutes=1)
                except BookingError:
                    return False
                Booking.objects.filter(pk=booking.pk).update(order_line=line)
            confirm_booking(booking=booking, now=now, provider_payment_id=order.provider_payment_id)
        return True


def release_hold(*, booking):
    """An unpaid hold given back (its order changed, renewed or lapsed): it expired, nobody cancelled
    anything, so no refund and no cancellation shown on the order. Saved, not updated, so the pages
    showing places left are told (the page cache's bookings tag)."""
    with transaction.atomic():
        booking = Booking.objects.select_for_update().get(pk=booking.pk)
        if booking.status == BookingStatus.HELD:
            booking.status = BookingStatus.EXPIRED
            booking.save(update_fields=["status"])
            booking.components.filter(status=BookingStatus.HELD).update(status=BookingStatus.EXPIRED)


def _hold_order(pair):
    request, _line = pair
    rank = {BookingKind.DEPARTURE: 0, BookingKind.SESSION: 1, BookingKind.STAY: 2}[request.kind]
    return rank, request.departure_id or request.session_id or request.room_id or 0


def own_holds(*, holders, now):
    """The unexpired held bookings (package parts too) of `holders`, the cart's own pending orders."""
    if not holders:
        return []
    orders = [order.pk for order in holders]
    return list(
        Booking.objects.active(now=now)
        .filter(Q(order_line__order__in=orders) | Q(parent__order_line__order__in=orders), status=BookingStatus.HELD)
        .only("pk", "session_id", "departure_id", "parent_id", "people")
    )


# With the buyer's own holds, each count is the canonical one (tourism.availability) with those
# holds given back, so its rules (and any it learns) still apply; rooms are let whole, so a room is
# free when nothing but the buyer's own holds overlaps the stay.
def _seats_left(session, now, own, departure=None):
    left = session_seats_left(session=session, now=now, departure=departure)
    mine = sum(booking.people for booking in own if booking.session_id == session.pk)
    return min(left + mine, session.capacity) if mine else left


def _room_free(request, now, own):
    if not own:
        return room_is_free(room=request.room, check_in=request.check_in, check_out=request.check_out, now=now)
    overlapping = (
        Booking.objects.active(now=now)
        .filter(room=request.room, check_in__lt=request.check_out, check_out__gt=request.check_in)
        .exclude(pk__in=[booking.pk for booking in own])
    )
    return not overlapping.exists()


def _package_left(departure, now, own):
    """package_availability(), the least of the departure's seats and its parts', with own holds given back."""
    if not any(booking.departure_id == departure.pk for booking in own):
        return package_availability(departure=departure, now=now)
    mine = sum(b.people for b in own if b.departure_id == departure.pk and b.parent_id is None)
    available = min(departure_seats_left(departure=departure, now=now) + mine, departure.capacity)
    others = Booking.objects.active(now=now).exclude(pk__in=[booking.pk for booking in own])
    for date, experience_id, homestay_id in package_parts(departure=departure):
        if experience_id:
            seats = [_seats_left(s, now, own, departure) for s in sessions_on(experience_id=experience_id, date=date)]
            available = min(available, max(seats, default=0))
        if homestay_id:
            busy = others.filter(room__homestay_id=homestay_id, check_in__lte=date, check_out__gt=date)
            rooms = HomestayRoom.objects.filter(homestay_id=homestay_id).exclude(pk__in=busy.values("room_id"))
            available = min(available, sum(room.capacity for room in rooms))
    return available


def _price(request, line, now, own=()):
    today = timezone.localtime(now).date()
    common = {"source": SOURCE, "reference": line.reference, "kind": LineKind.BOOKING, "shipped": False}
    if request.kind == BookingKind.SESSION:
        session, experience = request.session, request.session.experience
        open_ = session.starts_at > now
        return PricedLine(
            **common,
            description=experience.title,
            label=when_label(request),
            unit_price_vnd=experience.price_per_person_vnd,
            quantity=line.quantity,
            available=_seats_left(session, now, own) if open_ else 0,
            url=experience.url or "",
        )
    if request.kind == BookingKind.STAY:
        room, homestay = request.room, request.room.homestay
        nights = (request.check_out - request.check_in).days
        free = request.check_in >= today and nights >= 1 and _room_free(request, now, own)
        return PricedLine(
            **common,
            description=homestay.title,
            label=when_label(request),
            unit_price_vnd=room.nightly_price_vnd * max(nights, 0),
            quantity=line.quantity,
            available=1 if free else 0,
            url=homestay.url or "",
        )
    departure, package = request.departure, request.departure.package
    open_ = departure.date > today
    available = _package_left(departure, now, own) if open_ else 0
    return PricedLine(
        **common,
        description=package.title,
        label=when_label(request),
        unit_price_vnd=package.price_per_person_vnd,
        quantity=line.quantity,
        available=available,
        url=package.url or "",
    )


def when_label(request):
    """The dates shown on cart and order lines (copied into OrderLine.label at checkout)."""
    if request.kind == BookingKind.SESSION:
        return date_format(timezone.localtime(request.session.starts_at), "SHORT_DATETIME_FORMAT")
    if request.kind == BookingKind.STAY:
        nights = (request.check_out - request.check_in).days
        return "%(room)s · %(check_in)s → %(check_out)s · %(stay)s" % {
            "room": request.room.room_type,
            "check_in": date_format(request.check_in, "SHORT_DATE_FORMAT"),
            "check_out": date_format(request.check_out, "SHORT_DATE_FORMAT"),
            "stay": ngettext("%(count)s night", "%(count)s nights", nights) % {"count": nights}
            + ", "
            + ngettext("%(count)s guest", "%(count)s guests", request.people) % {"count": request.people},
        }
    return date_format(request.departure.date, "SHORT_DATE_FORMAT")
