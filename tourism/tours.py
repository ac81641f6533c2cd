"""The Tours page's listing: every live package, filtered by length, month, price, operator and village.

Operators publish tens of packages, not thousands: the live ones are read once with their days and
upcoming departures (three queries) and filtered here, so every filter's choices come from the
same rows and stay consistent with the results.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.utils.dates import MONTHS
from wagtail.models import Page

from tourism.models.packages import PackageDay, PackageDeparture, PackagePage

PRICE_STEPS = (1_000_000, 2_500_000, 5_000_000, 10_000_000)
LONGEST = 4  # "4 days or more"


@dataclass(frozen=True)
class TourFilters:
    days: int | None = None
    month: int | None = None
    max_price: int | None = None
    operator: int | None = None
    village: int | None = None

    @classmethod
    def from_query(cls, params):
        """Unknown or malformed values are ignored: a shared link with a typo still lists tours."""

        def number(name, allowed=None):
            raw = str(params.get(name) or "")
            if not raw.isdigit() or len(raw) > 9:
                return None
            value = int(raw)
            return value if allowed is None or value in allowed else None

        return cls(
            days=number("days", range(1, LONGEST + 1)),
            month=number("month", range(1, 13)),
            max_price=number("max_price", PRICE_STEPS),
            operator=number("operator"),
            village=number("village"),
        )

    @property
    def active(self):
        return any(value is not None for value in vars(self).values())


@dataclass
class Tour:
    package: PackagePage
    days: int
    village_ids: set
    departures: list = field(default_factory=list)  # upcoming PackageDeparture rows, soonest first

    @property
    def next_departure(self):
        return self.departures[0] if self.departures else None

    def matches(self, filters):
        return (
            (filters.days is None or min(self.days, LONGEST) == filters.days)
            and (filters.month is None or any(d.date.month == filters.month for d in self.departures))
            and (filters.max_price is None or self.package.price_per_person_vnd <= filters.max_price)
            and (filters.operator is None or self.package.operator_id == filters.operator)
            and (filters.village is None or filters.village in self.village_ids)
        )


def live_tours(*, today):
    """Every live, public package as a Tour, cheapest first."""
    days = PackageDay.objects.select_related("experience", "homestay").order_by("day_number", "sort_order")
    departures = PackageDeparture.objects.filter(date__gt=today).order_by("date")
    packages = (
        PackagePage.objects.live()
        .public()
        .select_related("operator")
        .prefetch_related(Prefetch("days", queryset=days), Prefetch("departures", queryset=departures))
        .order_by("price_per_person_vnd", "title")
    )
    tours = []
    for package in packages:
        parts = list(package.days.all())
        villages = {part.experience.village_id for part in parts if part.experience_id} | {
            part.homestay.village_id for part in parts if part.homestay_id
        }
        tours.append(
            Tour(
                package=package,
                days=max((part.day_number for part in parts), default=1),
                village_ids=villages,
                departures=list(package.departures.all()),
            )
        )
    return tours


@dataclass
class TourListing:
    tours: list  # the Tours that match
    filters: TourFilters
    operators: list  # (pk, name) with a live package
    villages: list  # (pk, title) visited by a live package
    months: list  # (number, name) with an upcoming departure
    lengths: list  # day counts offered
    price_steps: tuple = PRICE_STEPS


def tour_listing(*, filters, today):
    tours = live_tours(today=today)
    village_ids = set().union(*(tour.village_ids for tour in tours)) if tours else set()
    villages = Page.objects.live().public().filter(pk__in=village_ids).order_by("title")
    operators = {tour.package.operator_id: tour.package.operator.name for tour in tours}
    months = sorted({d.date.month for tour in tours for d in tour.departures}, key=lambda m: _month_order(m, today))
    return TourListing(
        tours=[tour for tour in tours if tour.matches(filters)],
        filters=filters,
        operators=sorted(operators.items(), key=lambda item: item[1]),
        villages=[(village.pk, village.title) for village in villages],
        months=[(month, MONTHS[month]) for month in months],
        lengths=sorted({min(tour.days, LONGEST) for tour in tours}),
    )


def _month_order(month, today):
    # The coming months in calendar order from this one: December, then January…
    return (month - today.month) % 12


def trip_end(*, departure, days):
    return departure.date + datetime.timedelta(days=days - 1)
