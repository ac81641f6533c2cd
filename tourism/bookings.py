"""Booking rules: hold places, confirm, cancel with the policy shown at booking, expire holds.

Plain functions with explicit arguments, so the cart can call them for its booking lines.
Every hold runs in one transaction and locks the capacity rows it counts against through
lock_places(), in the one lock order written there, so two holds touching the same rows queue
instead of deadlocking or overselling. Only live, public pages can be booked (tourism.bookable).
"""

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.tasks import enqueue_on_commit
from storefront import orders
from tourism.availability import (
    departure_seats_left,
    free_rooms,
    package_parts,
    room_is_free,
    seats_left_by_session,
    session_seats_left,
    sessions_on,
)
from tourism.bookable import is_bookable
from tourism.models import (
    Booking,
    BookingErrorCode,
    BookingKind,
    BookingStatus,
    ExperiencePage,
    ExperienceSession,
    HomestayPage,
    HomestayRoom,
    PackageDeparture,
    PackagePage,
)
from tourism.tasks import send_booking_confirmation_task

HOLD_MINUTES = 30
# Bounds on dates a visitor types: a 10-year stay would overflow the total, a stay in 9999
# books nothing real.
MAX_STAY_NIGHTS = 30
BOOKING_HORIZON_DAYS = 2 * 365

_TRANSITIONS = {
    BookingStatus.HELD: {BookingStatus.CONFIRMED, BookingStatus.CANCELLED, BookingStatus.EXPIRED},
    BookingStatus.CONFIRMED: {BookingStatus.CANCELLED},
    BookingStatus.CANCELLED: set(),
    BookingStatus.EXPIRED: set(),
}


class BookingError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = BookingErrorCode(code)
        self.message = message


@dataclass(frozen=True)
class Traveller:
    name: str
    email: str
    phone: str = ""
    language: str = "vi"


def hold_session_seats(*, session, people, traveller, now, hold_minutes=HOLD_MINUTES):
    """Hold `people` seats on a session, or raise BookingError(SOLD_OUT) naming the seats left."""
    with transaction.atomic():
        lock_places(session_ids=[session.pk])
        session = ExperienceSession.objects.select_related("experience").get(pk=session.pk)
        experience = session.experience
        _check_bookable(ExperiencePage, experience.pk)
        _check_people(people, minimum=experience.min_group, maximum=experience.max_group)
        if session.starts_at <= now:
            raise BookingError(BookingErrorCode.INVALID, _("This session has already started."))
        _check_seats(session_seats_left(session=session, now=now), people)
        return _create(
            kind=BookingKind.SESSION,
            session=session,
            people=people,
            traveller=traveller,
            now=now,
            hold_minutes=hold_minutes,
            unit_price=experience.price_per_person_vnd,
            total=experience.price_per_person_vnd * people,
            policy=experience,
        )


def hold_room_nights(*, room, check_in, check_out, people, traveller, now, hold_minutes=HOLD_MINUTES):
    """Hold a whole room for the nights from check_in to check_out (exclusive)."""
    nights = (check_out - check_in).days
    if nights < 1:
        raise BookingError(BookingErrorCode.INVALID, _("Check-out must be at least one night after check-in."))
    if check_in < timezone.localtime(now).date():
        raise BookingError(BookingErrorCode.INVALID, _("Check-in cannot be in the past."))
    if nights > MAX_STAY_NIGHTS:
        raise BookingError(
            BookingErrorCode.INVALID, _("A stay can be at most %(nights)s nights.") % {"nights": MAX_STAY_NIGHTS}
        )
    if check_in > timezone.localtime(now).date() + datetime.timedelta(days=BOOKING_HORIZON_DAYS):
        raise BookingError(
            BookingErrorCode.INVALID,
            _("Stays can be booked at most %(days)s days ahead.") % {"days": BOOKING_HORIZON_DAYS},
        )
    with transaction.atomic():
        lock_places(room_ids=[room.pk])
        room = HomestayRoom.objects.select_related("homestay").get(pk=room.pk)
        _check_bookable(HomestayPage, room.homestay_id)
        _check_people(people, minimum=1, maximum=room.capacity)
        if not room_is_free(room=room, check_in=check_in, check_out=check_out, now=now):
            raise BookingError(BookingErrorCode.SOLD_OUT, _("This room is already booked for some of these nights."))
        return _create(
            kind=BookingKind.STAY,
            room=room,
            check_in=check_in,
            check_out=check_out,
            people=people,
            traveller=traveller,
            now=now,
            hold_minutes=hold_minutes,
            unit_price=room.nightly_price_vnd,
            total=room.nightly_price_vnd * nights,
            policy=room.homestay,
        )


def hold_departure_seats(*, departure, people, traveller, now, hold_minutes=HOLD_MINUTES):
    """Hold seats on a package departure and, as component bookings, on each of its parts.

    Each experience day takes seats on the session the departure keeps places on (its allotment)
    when it has room for the group, else on the one with the most seats left for it that day; each
    homestay night takes free rooms, largest first, until everyone has a bed.
    """
    _check_people(people, minimum=1, maximum=None)
    with transaction.atomic():
        lock_places(departure_ids=[departure.pk])  # and the sessions and rooms of its days
        departure = PackageDeparture.objects.select_related("package").get(pk=departure.pk)
        _check_bookable(PackagePage, departure.package_id)
        if departure.date <= timezone.localtime(now).date():
            raise BookingError(BookingErrorCode.INVALID, _("This departure has already left."))
        parts = package_parts(departure=departure)
        _check_seats(departure_seats_left(departure=departure, now=now), people, on_departure=True)
        components = []
        for date, experience_id, homestay_id in parts:
            if experience_id:
                components.append(
                    _pick_session(experience_id=experience_id, date=date, people=people, now=now, departure=departure)
                )
            if homestay_id:
                components.extend(_pick_rooms(homestay_id=homestay_id, night=date, people=people, now=now))
        package = departure.package
        booking = _create(
            kind=BookingKind.DEPARTURE,
            departure=departure,
            people=people,
            traveller=traveller,
            now=now,
            hold_minutes=hold_minutes,
            unit_price=package.price_per_person_vnd,
            total=package.price_per_person_vnd * people,
            policy=package,
        )
        for component in components:
            _create(
                parent=booking,
                people=people,
                traveller=traveller,
                now=now,
                hold_minutes=hold_minutes,
                unit_price=0,
                total=0,
                policy=package,
                **component,
            )
        return booking


def lock_places(*, departure_ids=(), session_ids=(), room_ids=()):
    """Lock departures (with every session and room their days may use), sessions and rooms FOR UPDATE.

    THE LOCK ORDER, for every transaction that books (adding to a cart, checkout's holds, the
    payment webhook's confirmation, releases, expiry):
        Cart (FOR NO KEY UPDATE) → Orders by pk (the cart's pending ones at checkout, the paid one in the webhook)
        → PackageDeparture → ExperienceSession → HomestayRoom, each by pk, all taken here at once
        → Booking rows, by pk (a package booking before its components)
        → StockLevel, by variant pk (storefront.inventory; line source "booking" before "product").
    An order's own bookings may be locked right after its order (releasing them before holding
    again); the expiry sweep (release_expired_holds) skips locked rows, so it never waits holding any.
    Call this at the top level of the transaction, before any savepoint: a row first locked inside
    a savepoint that is rolled back (add-to-cart's trial hold) keeps the lockers that queued meanwhile
    waiting for the whole transaction, and its commit-time foreign-key check on that same row (KEY
    SHARE, for the BookingRequest) then queues behind them: a deadlock. Locking again what is held
    costs nothing.
    """
    session_ids, room_ids = set(session_ids), set(room_ids)
    departures = list(
        PackageDeparture.objects.select_for_update(of=("self",))
        .filter(pk__in=set(departure_ids))
        .select_related("package")
        .order_by("pk")
    )
    homestay_ids = set()
    for departure in departures:
        for date, experience_id, homestay_id in package_parts(departure=departure):
            if experience_id:
                session_ids.update(s.pk for s in sessions_on(experience_id=experience_id, date=date))
            if homestay_id:
                homestay_ids.add(homestay_id)
    if homestay_ids:
        room_ids.update(HomestayRoom.objects.filter(homestay_id__in=homestay_ids).values_list("pk", flat=True))
    if session_ids:
        list(ExperienceSession.objects.select_for_update().filter(pk__in=session_ids).order_by("pk").values_list("pk"))
    if room_ids:
        list(HomestayRoom.objects.select_for_update().filter(pk__in=room_ids).order_by("pk").values_list("pk"))


def confirm_booking(*, booking, now, provider_payment_id=None):
    """Held → confirmed (with its components); the confirmation email is enqueued after commit."""
    with transaction.atomic():
        booking = Booking.objects.select_for_update().get(pk=booking.pk)
        if booking.status == BookingStatus.HELD and booking.hold_expires_at <= now:
            raise BookingError(BookingErrorCode.ILLEGAL_TRANSITION, _("This hold has expired; please book again."))
        _move(booking, BookingStatus.CONFIRMED)
        if provider_payment_id:
            booking.provider_payment_id = provider_payment_id
            booking.save(update_fields=["provider_payment_id"])
        booking_id = booking.pk
        enqueue_on_commit(send_booking_confirmation_task, booking_id=booking_id)
    return booking


def refund_amount(*, booking, now):
    """What the policy stored on the booking gives back if it is cancelled at `now` (whole đồng)."""
    if booking.status != BookingStatus.CONFIRMED:
        return 0  # a hold was never paid
    days_before = (booking_start(booking) - timezone.localtime(now).date()).days
    if days_before >= booking.free_cancellation_days:
        return booking.total_vnd
    # Round down: never refund a fraction of a đồng more than the policy gives.
    return booking.total_vnd * booking.late_refund_percent // 100


def cancel_booking(*, booking, now):
    """Cancel a held or confirmed booking and return the refund in VND per its stored policy."""
    with transaction.atomic():
        booking = Booking.objects.select_for_update().get(pk=booking.pk)
        refund = refund_amount(booking=booking, now=now)
        _move(booking, BookingStatus.CANCELLED)
        booking.refund_vnd = refund
        booking.save(update_fields=["refund_vnd"])
    return refund


def refund_booking(*, booking):
    """Refund a cancelled booking through its order (storefront.orders.refund, whichever gateway took
    the payment); returns the provider's refund id (None when nothing is due).

    Called after cancel_booking has committed, outside any transaction, so a slow or failing
    gateway never holds row locks. The refund's key is fixed per booking: calling again after a
    gateway error asks again with the same key, and after a success returns the same refund, so a
    booking is never refunded twice. The order's refunded amount and status follow (partially
    refunded, or refunded when nothing is left). Raises RefundError (the order cannot be refunded,
    e.g. nothing is left) or GatewayError.
    """
    booking = Booking.objects.select_related("order_line").get(pk=booking.pk)
    if booking.status != BookingStatus.CANCELLED:
        raise BookingError(BookingErrorCode.ILLEGAL_TRANSITION, _("Only a cancelled booking can be refunded."))
    if booking.provider_refund_id or not booking.refund_vnd or booking.order_line is None:
        return booking.provider_refund_id  # refunded before, nothing due, or never paid through an order
    refund = orders.refund(
        order_id=booking.order_line.order_id,
        amount_vnd=booking.refund_vnd,
        request_key=f"booking-{booking.pk}-refund",
        reason=f"booking #{booking.pk} cancelled",
    )
    Booking.objects.filter(pk=booking.pk).update(provider_refund_id=refund.provider_refund_id)
    return refund.provider_refund_id


def release_expired_holds(*, now):
    """Mark holds past their expiry as expired (their places are already free); returns how many.

    Package bookings are locked by pk and their components follow them, as _move does; rows
    another transaction has locked (being confirmed or cancelled right now) are skipped, left
    for the next run, so this never waits while holding locks (see lock_places).
    """
    with transaction.atomic():
        expired = list(
            Booking.objects.select_for_update(skip_locked=True)
            .filter(status=BookingStatus.HELD, hold_expires_at__lte=now, parent=None)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        if not expired:
            return 0
        return Booking.objects.filter(Q(pk__in=expired) | Q(parent_id__in=expired), status=BookingStatus.HELD).update(
            status=BookingStatus.EXPIRED
        )


def booking_start(booking):
    return booking.starts_on


def _move(booking, status):
    """The one place a booking's status changes; components follow their package booking."""
    if status not in _TRANSITIONS[BookingStatus(booking.status)]:
        raise BookingError(
            BookingErrorCode.ILLEGAL_TRANSITION,
            _("A %(current)s booking cannot become %(new)s.")
            % {"current": booking.get_status_display(), "new": BookingStatus(status).label},
        )
    booking.status = status
    booking.save(update_fields=["status"])
    booking.components.update(status=status)


def _check_bookable(model, page_id):
    # Session, room and departure ids are sequential: whoever guesses one of a private or
    # unpublished page must meet the same refusal as for an id that does not exist.
    if not is_bookable(model, page_id):
        raise BookingError(BookingErrorCode.INVALID, _("This item is not for sale."))


def _check_people(people, *, minimum, maximum):
    if maximum is None and people < max(minimum, 1):
        raise BookingError(BookingErrorCode.INVALID, _("A booking needs at least one person."))
    if people < max(minimum, 1) or (maximum is not None and people > maximum):
        raise BookingError(
            BookingErrorCode.INVALID,
            _("This booking takes from %(minimum)s to %(maximum)s people.")
            % {"minimum": max(minimum, 1), "maximum": maximum},
        )


def _check_seats(left, people, *, on_departure=False):
    if left >= people:
        return
    if left == 0:
        raise BookingError(BookingErrorCode.SOLD_OUT, _("This date is sold out."))
    if on_departure:
        raise BookingError(
            BookingErrorCode.SOLD_OUT,
            ngettext(
                "Only %(count)s place is left on this departure.",
                "Only %(count)s places are left on this departure.",
                left,
            )
            % {"count": left},
        )
    raise BookingError(
        BookingErrorCode.SOLD_OUT,
        ngettext("Only %(count)s seat is left on this session.", "Only %(count)s seats are left on this session.", left)
        % {"count": left},
    )


def _pick_session(*, experience_id, date, people, now, departure=None):
    """The departure's allotted session that day when it has room for the group (its places were
    kept for it), else the session with the most seats left for it."""
    sessions = ExperienceSession.objects.filter(experience_id=experience_id, starts_at__date=date).order_by(
        "starts_at", "pk"
    )
    seats = seats_left_by_session(sessions=sessions, now=now, departure=departure)
    allotted = set(departure.allotments.values_list("session_id", flat=True)) if departure is not None else set()
    left, session = max(
        ((left, session) for session, left in seats),
        key=lambda pair: (pair[1].pk in allotted and pair[0] >= people, pair[0]),
        default=(0, None),
    )
    if left < people:
        raise BookingError(
            BookingErrorCode.SOLD_OUT, _("An experience in this package is sold out on %(date)s.") % {"date": date}
        )
    return {"kind": BookingKind.SESSION, "session": session}


def _pick_rooms(*, homestay_id, night, people, now):
    chosen, beds = [], 0
    for room in free_rooms(homestay_id=homestay_id, night=night, now=now):
        if beds >= people:
            break
        chosen.append(room)
        beds += room.capacity
    if beds < people:
        raise BookingError(
            BookingErrorCode.SOLD_OUT, _("The homestay in this package is full on %(date)s.") % {"date": night}
        )
    return [
        {"kind": BookingKind.STAY, "room": room, "check_in": night, "check_out": night + datetime.timedelta(days=1)}
        for room in chosen
    ]


def _create(*, traveller, now, hold_minutes, unit_price, total, policy, **fields):
    return Booking.objects.create(
        status=BookingStatus.HELD,
        hold_expires_at=now + datetime.timedelta(minutes=hold_minutes),
        lead_name=traveller.name,
        email=traveller.email,
        phone=traveller.phone,
        language=traveller.language,
        unit_price_vnd=unit_price,
        total_vnd=total,
        # The policy shown at booking time travels with the booking: later edits don't change it.
        free_cancellation_days=policy.free_cancellation_days,
        late_refund_percent=policy.late_refund_percent,
        **fields,
    )
