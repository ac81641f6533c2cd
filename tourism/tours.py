"""The Tours page's listing: every live package, filtered by length, month, price, operator and village.

Operators publish tens of packages, not thousands: the live ones are read once with their days and
upcoming departures, their places left in one go (tourism.availability), and filtered here, so every
filter's options and counts come from the same rows as the results, in a bounded number of queries.
Each filter's counts ignore its own choice (as the catalogue's do): they say what choosing it gives.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.utils.dates import MONTHS
from django.utils.translation import get_language, gettext, ngettext
from wagtail.models import Page

from core.money import format_vnd
from storefront.catalogue import FacetOption
from tourism.availability import departures_availabilities
from tourism.models.packages import PackageDay, PackageDeparture, PackagePage

PRICE_STEPS = (1_000_000, 2_500_000, 5_000_000, 10_000_000)
LONGEST = 4  # "4 days or more"
FILTERS = ("days", "month", "max_price", "operator", "village")


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
        return any(getattr(self, name) is not None for name in FILTERS)

    def without(self, name):
        return TourFilters(**{other: getattr(self, other) for other in FILTERS if other != name})


@dataclass
class Tour:
    package: PackagePage
    days: int
    village_ids: set
    departures: list = field(default_factory=list)  # upcoming PackageDeparture rows, soonest first, with .available

    @property
    def length(self):
        return min(self.days, LONGEST)

    @property
    def next_departure(self):
        """The soonest departure with places left (None: none has any)."""
        return next((departure for departure in self.departures if departure.available), None)

    @property
    def sold_out(self):
        return bool(self.departures) and self.next_departure is None

    def matches(self, filters):
        return (
            (filters.days is None or self.length == filters.days)
            and (filters.month is None or any(d.date.month == filters.month for d in self.departures))
            and (filters.max_price is None or self.package.price_per_person_vnd <= filters.max_price)
            and (filters.operator is None or self.package.operator_id == filters.operator)
            and (filters.village is None or filters.village in self.village_ids)
        )


def live_tours(*, today, now):
    """Every live, public package as a Tour, cheapest first, with its departures of the coming year."""
    days = PackageDay.objects.select_related("experience", "homestay").order_by("day_number", "sort_order")
    # Within a year: a month number then names one month, and the month filter stays unambiguous.
    departures = PackageDeparture.objects.filter(
        date__gt=today, date__lt=today + datetime.timedelta(days=365)
    ).order_by("date")
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
    by_package = {tour.package.pk: tour.package.days.all() for tour in tours}
    every = [departure for tour in tours for departure in tour.departures]
    available = departures_availabilities(
        departures=every, days_of=lambda departure: by_package[departure.package_id], now=now
    )
    for departure in every:
        departure.available = available[departure.pk]
    return tours


@dataclass
class TourListing:
    tours: list  # the Tours that match, cheapest first
    filters: TourFilters
    facets: dict  # filter name → [FacetOption], counts ignoring that filter's own choice


def tour_listing(*, filters, today, now):
    tours = live_tours(today=today, now=now)

    def count(name, test):
        others = filters.without(name)
        return sum(1 for tour in tours if tour.matches(others) and test(tour))

    def option(name, value, label, test):
        return FacetOption(str(value), label, count(name, test), getattr(filters, name) == value)

    village_ids = set().union(*(tour.village_ids for tour in tours))
    villages = Page.objects.live().public().filter(pk__in=village_ids).order_by("title").values_list("pk", "title")
    operators = sorted({(t.package.operator_id, t.package.operator.name) for t in tours}, key=lambda item: item[1])
    # The coming months in calendar order from this one: December, then January…
    months = sorted({d.date.month for t in tours for d in t.departures}, key=lambda m: (m - today.month) % 12)
    facets = {
        "days": [
            option("days", n, _length_label(n), lambda t, n=n: t.length == n)
            for n in sorted({tour.length for tour in tours})
        ],
        "month": [
            option("month", m, MONTHS[m], lambda t, m=m: any(d.date.month == m for d in t.departures)) for m in months
        ],
        "max_price": [
            option(
                "max_price",
                step,
                format_vnd(step, get_language()),
                lambda t, step=step: t.package.price_per_person_vnd <= step,
            )
            for step in PRICE_STEPS
        ],
        "operator": [
            option("operator", pk, name, lambda t, pk=pk: t.package.operator_id == pk) for pk, name in operators
        ],
        "village": [option("village", pk, title, lambda t, pk=pk: pk in t.village_ids) for pk, title in villages],
    }
    return TourListing(tours=[tour for tour in tours if tour.matches(filters)], filters=filters, facets=facets)


def _length_label(days):
    if days >= LONGEST:
        return gettext("%(count)d days or more") % {"count": LONGEST}
    return ngettext("%(count)d day", "%(count)d days", days) % {"count": days}
