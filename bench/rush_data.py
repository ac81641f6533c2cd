"""Rows for the rush scenarios (bench/rush.py), and what the database says once they are over.

Run in the benchmark's settings, on its database:

    python -m bench.rush_data setup --units 300   → {"variant", "units", "session", "room", "night", …}
    python -m bench.rush_data check '<setup JSON>' → {"flash": {...}, "booking": {...}}: the figures each scenario is judged on

Every run makes fresh rows (a new variant, session, room and package departure), so a reused database
keeps no stock or places from an earlier run, and the checks look at these rows only.
"""

import datetime
import json
import sys

from bench.measure import setup

# 40 places: one experience session, one homestay room for one night (let whole) and one package departure.
PLACES = {"session": 16, "room": 8, "departure": 16}


def create(*, units, places=PLACES):
    from django.utils import timezone

    from bench.generate import LANGS, bulk_pages, translated
    from storefront.models import ProductPage, ProductVariant, StockLevel
    from tourism.models import (
        ExperiencePage,
        ExperienceSession,
        HomestayPage,
        HomestayRoom,
        PackageDay,
        PackageDeparture,
        PackageIndexPage,
        PackagePage,
    )

    now = timezone.now()
    today = timezone.localdate()
    stamp = now.strftime("%Y%m%d%H%M%S%f")
    product = ProductPage.objects.live().public().order_by("pk").first()
    variant = ProductVariant.objects.create(
        product=product, sku=f"RUSH-{stamp}", label="Flash sale", price_vnd=99_000, weight_grams=500, sort_order=99
    )
    StockLevel.objects.update_or_create(variant=variant, defaults={"quantity": units})  # a signal may have made the row

    experience = (
        ExperiencePage.objects.live().filter(min_group__lte=1, max_group__gte=2).order_by("pk").first()
    )  # groups of 1 or 2
    starts = timezone.make_aware(datetime.datetime.combine(today + datetime.timedelta(days=20), datetime.time(15)))
    starts += datetime.timedelta(
        minutes=ExperienceSession.objects.filter(experience=experience).count()
    )  # one start per run
    session = ExperienceSession.objects.create(experience=experience, starts_at=starts, capacity=places["session"])
    homestay = HomestayPage.objects.live().order_by("pk").first()
    room = HomestayRoom.objects.create(
        homestay=homestay,
        room_type="Rush dormitory",
        beds=places["room"],
        capacity=places["room"],
        nightly_price_vnd=400_000,
        sort_order=99,
    )
    # A package of its own, whose one day is a guided walk: its departure's places are its own, not
    # also seats on a session or rooms (those are the other two items).
    index = PackageIndexPage.objects.order_by("pk").first()
    titles = {lang: f"Rush walk {stamp}" for lang in LANGS}
    slugs = {lang: f"rush-{stamp}-{lang.replace('_', '-')}" for lang in LANGS}
    [package_id] = bulk_pages(
        index,
        PackagePage,
        [
            (
                titles,
                slugs,
                {
                    "operator_id": index.operator_id,
                    "price_per_person_vnd": 1_500_000,
                    "free_cancellation_days": 14,
                    "late_refund_percent": 30,
                    **translated("summary", {lang: "A day's walk" for lang in LANGS}),
                },
            )
        ],
        now=now,
    )
    PackageDay.objects.create(
        package_id=package_id, sort_order=0, day_number=1, **translated("description", {lang: "Walk" for lang in LANGS})
    )
    departure = PackageDeparture.objects.create(
        package_id=package_id, date=today + datetime.timedelta(days=20), capacity=places["departure"]
    )
    return {
        "variant": variant.pk,
        "units": units,
        "session": session.pk,
        "room": room.pk,
        "night": (today + datetime.timedelta(days=25)).isoformat(),
        "check_out": (today + datetime.timedelta(days=26)).isoformat(),
        "departure": departure.pk,
        "places": places,
    }


def flash_sale_figures(*, variant_id, units):
    """Units held and sold against the stock row, and whether every live order is covered by its holds."""
    from django.db.models import Count, Sum

    from storefront.models import Order, OrderLine, OrderStatus, StockHold, StockLevel

    left = StockLevel.objects.get(variant_id=variant_id).quantity
    kept = StockHold.objects.filter(variant_id=variant_id, released_at__isnull=True)
    held = kept.filter(confirmed_at__isnull=True).aggregate(n=Sum("quantity"))["n"] or 0
    sold = kept.filter(confirmed_at__isnull=False).aggregate(n=Sum("quantity"))["n"] or 0
    live = Order.objects.filter(
        lines__variant_id=variant_id, status__in=[OrderStatus.PENDING, OrderStatus.PAID]
    ).distinct()
    ordered = dict(
        OrderLine.objects.filter(order__in=live, variant_id=variant_id)
        .order_by()
        .values("order")
        .annotate(n=Sum("quantity"))
        .values_list("order", "n")
    )
    covered = dict(
        kept.filter(order__in=live).order_by().values("order").annotate(n=Sum("quantity")).values_list("order", "n")
    )
    uncovered = sum(1 for order, units_ordered in ordered.items() if covered.get(order, 0) < units_ordered)
    two_pending = (
        Order.objects.filter(lines__variant_id=variant_id, status=OrderStatus.PENDING)
        .order_by()
        .values("cart")
        .annotate(n=Count("pk", distinct=True))
        .filter(n__gt=1)
        .count()  # no ordering: it would split the groups
    )
    return {
        "units": units,
        "left": left,
        "held": held,
        "sold": sold,
        "orders": len(ordered),
        "ordered_units": sum(ordered.values()),
        "uncovered_orders": uncovered,
        "carts_with_two_pending_orders": two_pending,
        "passed": held + sold == units
        and left + held + sold == units
        and uncovered == 0
        and two_pending == 0
        and sum(ordered.values()) == held + sold,
    }


def booking_rush_figures(*, session_id, room_id, night, departure_id, places):
    """Places taken per item (held or confirmed) against capacity, and whether every pending order holds its places."""
    from django.db.models import Count, Q, Sum

    from storefront.models import Order, OrderStatus
    from tourism.line_source import SOURCE
    from tourism.models import Booking, BookingRequest, BookingStatus

    night = datetime.date.fromisoformat(night)
    taken = Booking.objects.filter(status__in=[BookingStatus.HELD, BookingStatus.CONFIRMED])
    session = taken.filter(session_id=session_id).aggregate(n=Sum("people"))["n"] or 0
    departure = taken.filter(departure_id=departure_id, parent=None).aggregate(n=Sum("people"))["n"] or 0
    stays = taken.filter(room_id=room_id, check_in__lte=night, check_out__gt=night)
    room_bookings, room = stays.count(), stays.aggregate(n=Sum("people"))["n"] or 0
    references = [
        str(pk)
        for pk in BookingRequest.objects.filter(
            Q(session_id=session_id) | Q(room_id=room_id) | Q(departure_id=departure_id)
        ).values_list("pk", flat=True)
    ]
    pending = Order.objects.filter(
        lines__source=SOURCE, lines__reference__in=references, status=OrderStatus.PENDING
    ).distinct()
    uncovered = sum(
        1
        for order in pending.prefetch_related("lines")
        if any(
            not taken.filter(order_line=line, parent=None, status=BookingStatus.HELD).exists()
            for line in order.lines.all()
        )
    )
    two_pending = pending.order_by().values("cart").annotate(n=Count("pk", distinct=True)).filter(n__gt=1).count()
    total = session + departure + room
    return {
        "session": session,
        "room": room,
        "room_bookings": room_bookings,
        "departure": departure,
        "total": total,
        "capacity": sum(places.values()),
        "orders": pending.count(),
        "uncovered_orders": uncovered,
        "carts_with_two_pending_orders": two_pending,
        "passed": session <= places["session"]
        and departure <= places["departure"]
        and room_bookings <= 1
        and room <= places["room"]
        and total <= sum(places.values())
        and uncovered == 0
        and two_pending == 0,
    }


def check(ids):
    return {
        "flash": flash_sale_figures(variant_id=ids["variant"], units=ids["units"]),
        "booking": booking_rush_figures(
            session_id=ids["session"],
            room_id=ids["room"],
            night=ids["night"],
            departure_id=ids["departure"],
            places=ids["places"],
        ),
    }


if __name__ == "__main__":
    setup()
    if sys.argv[1] == "setup":
        print(json.dumps(create(units=int(sys.argv[sys.argv.index("--units") + 1]) if "--units" in sys.argv else 300)))
    else:
        print(json.dumps(check(json.loads(sys.argv[2]))))
