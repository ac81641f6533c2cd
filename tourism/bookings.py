"""Booking rules: hold places, confirm, cancel with the policy shown at booking, expire holds.

Plain functions with explicit arguments, so the cart can call them for its booking lines.
Every hold runs in one transaction and locks the capacity rows it counts against with
select_for_update() in one global order — departures, then sessions, then rooms, each by
primary key — so two holds touching the same rows queue instead of deadlocking or overselling.
"""
import datetime
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from tourism.availability import departure_seats_left, free_rooms, package_parts, room_is_free, session_seats_left, sessions_on
from tourism.models import Booking, BookingErrorCode, BookingKind, BookingStatus, ExperienceSession, HomestayRoom, PackageDeparture

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
        session = ExperienceSession.objects.select_for_update().select_related("experience").get(pk=session.pk)
        experience = session.experience
        _check_people(people, minimum=experience.min_group, maximum=experience.max_group)
        if session.starts_at <= now:
            raise BookingError(BookingErrorCode.INVALID, _("This session has already started."))
        _check_seats(session_seats_left(session=session, now=now), people)
        return _create(
            kind=BookingKind.SESSION, session=session, people=people, traveller=traveller, now=now, hold_minutes=hold_minutes,
            unit_price=experience.price_per_person_vnd, total=experience.price_per_person_vnd * people, policy=experience,
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
            BookingErrorCode.INVALID, _("Stays can be booked at most %(days)s days ahead.") % {"days": BOOKING_HORIZON_DAYS}
        )
    with transaction.atomic():
        room = HomestayRoom.objects.select_for_update().select_related("homestay").get(pk=room.pk)
        _check_people(people, minimum=1, maximum=room.capacity)
        if not room_is_free(room=room, check_in=check_in, check_out=check_out, now=now):
            raise BookingError(BookingErrorCode.SOLD_OUT, _("This room is already booked for some of these nights."))
        return _create(
            kind=BookingKind.STAY, room=room, check_in=check_in, check_out=check_out, people=people, traveller=traveller,
            now=now, hold_minutes=hold_minutes, unit_price=room.nightly_price_vnd, total=room.nightly_price_vnd * nights,
            policy=room.homestay,
        )


def hold_departure_seats(*, departure, people, traveller, now, hold_minutes=HOLD_MINUTES):
    """Hold seats on a package departure and, as component bookings, on each of its parts.

    Each experience day takes seats on the session with the most seats left that day; each
    homestay night takes free rooms, largest first, until everyone has a bed.
    """
    _check_people(people, minimum=1, maximum=None)
    with transaction.atomic():
        departure = PackageDeparture.objects.select_for_update().select_related("package").get(pk=departure.pk)
        if departure.date <= timezone.localtime(now).date():
            raise BookingError(BookingErrorCode.INVALID, _("This departure has already left."))
        parts = package_parts(departure=departure)
        session_ids = sorted(
            s.pk for date, experience_id, _h in parts if experience_id for s in sessions_on(experience_id=experience_id, date=date)
        )
        room_ids = sorted(
            HomestayRoom.objects.filter(homestay_id__in={h for _d, _e, h in parts if h}).values_list("pk", flat=True)
        )
        # Fixed order (see module docstring): sessions, then rooms, by primary key.
        list(ExperienceSession.objects.select_for_update().filter(pk__in=session_ids).order_by("pk"))
        list(HomestayRoom.objects.select_for_update().filter(pk__in=room_ids).order_by("pk"))

        _check_seats(departure_seats_left(departure=departure, now=now), people, on_departure=True)
        components = []
        for date, experience_id, homestay_id in parts:
            if experience_id:
                components.append(_pick_session(experience_id=experience_id, date=date, people=people, now=now))
            if homestay_id:
                components.extend(_pick_rooms(homestay_id=homestay_id, night=date, people=people, now=now))
        package = departure.package
        booking = _create(
            kind=BookingKind.DEPARTURE, departure=departure, people=people, traveller=traveller, now=now,
            hold_minutes=hold_minutes, unit_price=package.price_per_person_vnd, total=package.price_per_person_vnd * people,
            policy=package,
        )
        for component in components:
            _create(parent=booking, people=people, traveller=traveller, now=now, hold_minutes=hold_minutes,
                    unit_price=0, total=0, policy=package, **component)
        return booking


def confirm_booking(*, booking, now, payment_intent_id=None):
    """Held → confirmed (with its components); the confirmation email leaves after commit."""
    from tourism.notifications import send_booking_confirmation

    with transaction.atomic():
        booking = Booking.objects.select_for_update().get(pk=booking.pk)
        if booking.status == BookingStatus.HELD and booking.hold_expires_at <= now:
            raise BookingError(BookingErrorCode.ILLEGAL_TRANSITION, _("This hold has expired; please book again."))
        _move(booking, BookingStatus.CONFIRMED)
        if payment_intent_id:
            booking.payment_intent_id = payment_intent_id
            booking.save(update_fields=["payment_intent_id"])
        booking_id = booking.pk
        transaction.on_commit(lambda: send_booking_confirmation(booking_id=booking_id))
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
    """Send a cancelled booking's refund to Stripe; returns the refund id (None when nothing is due).

    Called after cancel_booking has committed, outside any transaction, so a slow or failing
    Stripe never holds row locks. The idempotency key is fixed per booking: calling again after
    a gateway error cannot refund twice.
    """
    from storefront.payments.stripe_client import refund_payment

    booking = Booking.objects.get(pk=booking.pk)
    if booking.status != BookingStatus.CANCELLED:
        raise BookingError(BookingErrorCode.ILLEGAL_TRANSITION, _("Only a cancelled booking can be refunded."))
    if booking.stripe_refund_id or not booking.refund_vnd or not booking.payment_intent_id:
        return booking.stripe_refund_id
    refund_id = refund_payment(
        payment_intent_id=booking.payment_intent_id, amount=booking.refund_vnd, currency="VND",
        idempotency_key=f"booking-{booking.pk}-refund",
    )
    Booking.objects.filter(pk=booking.pk).update(stripe_refund_id=refund_id)
    return refund_id


def release_expired_holds(*, now):
    """Mark holds past their expiry as expired (their places are already free); returns how many."""
    with transaction.atomic():
        expired = Booking.objects.select_for_update().filter(status=BookingStatus.HELD, hold_expires_at__lte=now)
        return expired.update(status=BookingStatus.EXPIRED)


def booking_start(booking):
    if booking.session_id:
        return timezone.localtime(booking.session.starts_at).date()
    if booking.room_id:
        return booking.check_in
    return booking.departure.date


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


def _check_people(people, *, minimum, maximum):
    if maximum is None and people < max(minimum, 1):
        raise BookingError(BookingErrorCode.INVALID, _("A booking needs at least one person."))
    if people < max(minimum, 1) or (maximum is not None and people > maximum):
        raise BookingError(
            BookingErrorCode.INVALID,
            _("This booking takes from %(minimum)s to %(maximum)s people.") % {"minimum": max(minimum, 1), "maximum": maximum},
        )


def _check_seats(left, people, *, on_departure=False):
    if left >= people:
        return
    if left == 0:
        raise BookingError(BookingErrorCode.SOLD_OUT, _("This date is sold out."))
    if on_departure:
        raise BookingError(
            BookingErrorCode.SOLD_OUT,
            ngettext("Only %(count)s place is left on this departure.", "Only %(count)s places are left on this departure.", left)
            % {"count": left},
        )
    raise BookingError(
        BookingErrorCode.SOLD_OUT,
        ngettext("Only %(count)s seat is left on this session.", "Only %(count)s seats are left on this session.", left)
        % {"count": left},
    )


def _pick_session(*, experience_id, date, people, now):
    best = max(
        ((session_seats_left(session=s, now=now), s) for s in sessions_on(experience_id=experience_id, date=date)),
        key=lambda pair: pair[0], default=(0, None),
    )
    if best[0] < people:
        raise BookingError(BookingErrorCode.SOLD_OUT, _("An experience in this package is sold out on %(date)s.") % {"date": date})
    return {"kind": BookingKind.SESSION, "session": best[1]}


def _pick_rooms(*, homestay_id, night, people, now):
    chosen, beds = [], 0
    for room in free_rooms(homestay_id=homestay_id, night=night, now=now):
        if beds >= people:
            break
        chosen.append(room)
        beds += room.capacity
    if beds < people:
        raise BookingError(BookingErrorCode.SOLD_OUT, _("The homestay in this package is full on %(date)s.") % {"date": night})
    return [
        {"kind": BookingKind.STAY, "room": room, "check_in": night, "check_out": night + datetime.timedelta(days=1)}
        for room in chosen
    ]


def _create(*, traveller, now, hold_minutes, unit_price, total, policy, **fields):
    return Booking.objects.create(
        status=BookingStatus.HELD,
        hold_expires_at=now + datetime.timedelta(minutes=hold_minutes),
        lead_name=traveller.name, email=traveller.email, phone=traveller.phone, language=traveller.language,
        unit_price_vnd=unit_price, total_vnd=total,
        # The policy shown at booking time travels with the booking: later edits don't change it.
        free_cancellation_days=policy.free_cancellation_days, late_refund_percent=policy.late_refund_percent,
        **fields,
    )
