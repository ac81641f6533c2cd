"""Orders and bookings for the review tests: a product order through real checkout, a booking as rows."""

import datetime
import itertools
import uuid

from django.utils import timezone

from storefront.checkout import start_checkout
from storefront.models import LineKind, Order, OrderLine, OrderStatus
from storefront.orders import transition_order
from tests.storefront.factories import checkout_details, make_cart, make_catalogue, make_producer, make_product
from tests.tourism.factories import make_experience, make_session, make_village
from tourism.models import Booking, BookingKind, BookingStatus

_numbers = itertools.count(1)


def make_products(home, *, count=1, stars=4):
    catalogue, producers = make_catalogue(home)
    producer = make_producer(producers)
    return [make_product(catalogue, producer, title=f"Miến dong {n}", stars=stars) for n in range(count)]


def product_order(product, *, email="lan@example.com", status=OrderStatus.PAID, language="vi", user=None):
    """An order for one unit of `product` through checkout, moved to `status` (pending: left unpaid)."""
    variant = product.variants.order_by("sort_order", "pk").first()
    order = start_checkout(
        cart=make_cart((variant, 1)), details=checkout_details(email=email, language=language), user=user
    )
    order.provider_payment_id = f"pi_{uuid.uuid4().hex[:10]}"
    order.save()
    path = {
        OrderStatus.PENDING: [],
        OrderStatus.PAID: [OrderStatus.PAID],
        OrderStatus.SHIPPED: [OrderStatus.PAID, OrderStatus.SHIPPED],
        OrderStatus.REFUNDED: [OrderStatus.PAID, OrderStatus.REFUNDED],
        OrderStatus.CANCELLED: [OrderStatus.CANCELLED],
    }[status]
    for step in path:
        transition_order(order=order, to_status=step)
    order.refresh_from_db()
    return order


def make_experience_in(home):
    return make_experience(make_village(home))


def booking_order(experience, *, days_ago=2, status=BookingStatus.CONFIRMED, email="fang@example.com"):
    """A paid order whose one line is a booking of a session `days_ago` days ago (negative: ahead)."""
    session = make_session(experience, days_ahead=-days_ago, hour=8 + next(_numbers) % 10)
    number = next(_numbers)
    order = Order.objects.create(
        number=f"RV{number:06d}",
        language="zh-hans",
        fingerprint=uuid.uuid4().hex,
        name="Wang Fang",
        email=email,
        phone="+86 138 0000 0000",
        delivery_method="none",
        subtotal_vnd=900000,
        total_vnd=900000,
        status=OrderStatus.PAID,
        paid_at=timezone.now() - datetime.timedelta(days=days_ago + 10),
    )
    line = OrderLine.objects.create(
        order=order,
        kind=LineKind.BOOKING,
        source="booking",
        reference=str(number),
        description=experience.title,
        unit_price_vnd=450000,
        quantity=2,
    )
    Booking.objects.create(
        kind=BookingKind.SESSION,
        status=status,
        session=session,
        people=2,
        lead_name="Wang Fang",
        email=email,
        unit_price_vnd=450000,
        total_vnd=900000,
        free_cancellation_days=7,
        late_refund_percent=50,
        order_line=line,
    )
    return order, line
