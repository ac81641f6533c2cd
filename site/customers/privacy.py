"""Personal-data rights: a customer's export, their erasure, and guests' data after the retention period.

Erasure keeps what accounting law needs (order numbers, dates, amounts, lines, payments, refunds,
status history) and blanks who bought: name, email, phone, address, traveller details, the
account itself. An order still in progress (paid and not yet shipped, a payment that may still
arrive, a trip yet to take place) is not erased: the customer's request is refused with the list of
those orders, and they ask again once it is complete. See docs/privacy.md.
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from customers.models import CustomerProfile, SavedAddress
from storefront.models import LineKind, Order, OrderStatus
from tourism.models import Booking, BookingRequest, BookingStatus

ORDER_PERSONAL_FIELDS = (
    "name",
    "email",
    "phone",
    "street",
    "commune",
    "province",
    "country",
    "address_lines",
    "postcode",
)
UNSHIPPED = (OrderStatus.PAID, OrderStatus.FULFILLED)  # paid, not yet on its way


class ErasureRefused(Exception):
    """Orders still in progress: they must complete before their buyer's data can go."""

    def __init__(self, orders):
        super().__init__(", ".join(order.number for order in orders))
        self.orders = list(orders)


def export_data(*, user) -> dict:
    """Everything we hold about `user`, as JSON-ready data: profile, addresses, orders, bookings, reviews."""
    profile = CustomerProfile.objects.filter(user=user).first()
    orders = Order.objects.filter(user=user).prefetch_related("lines", "payments", "refunds").order_by("created_at")
    bookings = (
        Booking.objects.filter(order_line__order__user=user, parent=None)
        .select_related("order_line__order")
        .order_by("created_at")
    )
    return {
        "account": {
            "username": user.get_username(),
            "email": user.email,
            "date_joined": user.date_joined,
            "last_login": user.last_login,
        },
        "profile": profile
        and {
            "name": profile.name,
            "phone": profile.phone,
            "language": profile.language,
            "marketing_consent": profile.marketing_consent,
            "marketing_consent_at": profile.marketing_consent_at,
        },
        "addresses": [
            {
                field: getattr(address, field)
                for field in ("name", "phone", "address_kind", *ORDER_PERSONAL_FIELDS[3:], "is_default")
            }
            for address in SavedAddress.objects.filter(user=user).order_by("pk")
        ],
        "orders": [_order_data(order) for order in orders],
        "bookings": [
            {
                "order_number": booking.order_line.order.number,
                "kind": booking.kind,
                "status": booking.status,
                "starts_on": booking.starts_on,
                "check_out": booking.check_out,
                "people": booking.people,
                "lead_traveller": booking.lead_name,
                "email": booking.email,
                "phone": booking.phone,
                "total_vnd": booking.total_vnd,
                "refund_vnd": booking.refund_vnd,
            }
            for booking in bookings
        ],
        "reviews": [
            {
                "page_id": review.page_id,
                "rating": review.rating,
                "title": review.title,
                "body": review.body,
                "name_shown": review.author_name,
                "status": review.status,
                "created_at": review.created_at,
            }
            # Through the reverse accessor: customers and reviews are sibling apps and do not import each other.
            for review in (user.reviews.order_by("pk") if hasattr(user, "reviews") else [])
        ],
    }


def _order_data(order):
    return {
        "number": order.number,
        "created_at": order.created_at,
        "paid_at": order.paid_at,
        "status": order.status,
        "language": order.language,
        **{field: getattr(order, field) for field in ORDER_PERSONAL_FIELDS},
        "delivery_method": order.delivery_method,
        "subtotal_vnd": order.subtotal_vnd,
        "discount_vnd": order.discount_vnd,
        "delivery_fee_vnd": order.delivery_fee_vnd,
        "total_vnd": order.total_vnd,
        "refunded_vnd": order.refunded_vnd,
        "voucher_code": order.voucher_code,
        "carrier": order.carrier,
        "tracking_number": order.tracking_number,
        "terms_version": order.terms_version,
        "terms_accepted_at": order.terms_accepted_at,
        "lines": [
            {
                "kind": line.kind,
                "description": line.description,
                "label": line.label,
                "sku": line.sku,
                "unit_price_vnd": line.unit_price_vnd,
                "quantity": line.quantity,
                "refunded_quantity": line.refunded_quantity,
            }
            for line in order.lines.all()
        ],
        "payments": [
            {"amount": payment.amount, "currency": payment.currency, "status": payment.status}
            for payment in order.payments.all()
        ],
        "refunds": [
            {"amount": refund.amount, "status": refund.status, "created_at": refund.created_at}
            for refund in order.refunds.all()
        ],
    }


def orders_in_progress(*, orders, now=None) -> list[Order]:
    """Those of `orders` whose buyer we still need: a payment may arrive, goods to ship, a trip to come."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    busy = []
    for order in orders.prefetch_related("lines"):
        if order.status == OrderStatus.PENDING and order.hold_expires_at and order.hold_expires_at > now:
            busy.append(order)
        elif order.status in UNSHIPPED and any(line.kind == LineKind.PRODUCT for line in order.lines.all()):
            busy.append(order)
        elif any(
            booking.starts_on >= today
            for booking in Booking.objects.filter(
                order_line__order=order, parent=None, status=BookingStatus.CONFIRMED
            ).select_related("session", "departure")
        ):
            busy.append(order)
    return busy


def anonymise_order(*, order: Order, now) -> None:
    """Blank the buyer's and travellers' personal data on `order`; amounts, dates and numbers stay."""
    for field in ORDER_PERSONAL_FIELDS:
        setattr(order, field, "")
    order.user = None
    order.anonymised_at = now
    order.save(update_fields=[*ORDER_PERSONAL_FIELDS, "user", "anonymised_at"])
    # Package bookings' components carry the lead traveller too.
    Booking.objects.filter(Q(order_line__order=order) | Q(parent__order_line__order=order)).update(
        lead_name="", email="", phone=""
    )


def erase_customer(*, user, now=None) -> int:
    """Erase `user`'s personal data and account; returns how many orders were anonymised.

    Raises ErasureRefused (and changes nothing) while any of their orders is in progress.
    """
    now = now or timezone.now()
    with transaction.atomic():
        orders = Order.objects.select_for_update().filter(user=user).order_by("pk")
        busy = orders_in_progress(orders=orders, now=now)
        if busy:
            raise ErasureRefused(busy)
        done = 0
        for order in orders:
            anonymise_order(order=order, now=now)
            done += 1
        if hasattr(user, "reviews"):  # a review stays (it was published), no longer signed by them
            for review in user.reviews.all():
                review.author_name = ""
                review.author_email = f"erased-{review.pk}@invalid"  # unique per page and buyer
                review.save(update_fields=["author_name", "author_email"])
        user.delete()  # profile, saved addresses, verified emails and cart go with it
    return done


def anonymise_expired_guest_data(*, now=None, days=None) -> int:
    """Anonymise guest orders (and stale booking requests) older than the retention period; returns the orders.

    An order still in progress waits for a later run. Idempotent: an anonymised order is skipped.
    """
    now = now or timezone.now()
    days = settings.PERSONAL_DATA_RETENTION_DAYS if days is None else days
    cutoff = now - datetime.timedelta(days=days)
    done = 0
    old = Order.objects.filter(user__isnull=True, anonymised_at__isnull=True, created_at__lt=cutoff).order_by("pk")
    for pk in old.values_list("pk", flat=True).iterator():
        with transaction.atomic():
            orders = Order.objects.select_for_update().filter(pk=pk, anonymised_at__isnull=True)
            order = orders.first()
            if order is None or orders_in_progress(orders=orders, now=now):
                continue
            anonymise_order(order=order, now=now)
            done += 1
    # What a booking cart line asked for, and for whom: the order keeps its own copy.
    BookingRequest.objects.filter(created_at__lt=cutoff).exclude(email="").update(lead_name="", email="", phone="")
    return done
