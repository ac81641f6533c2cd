"""The catalogue's filters, facet counts, sorting and pages, read from a plain GET form.

Invalid values are dropped with a message for the visitor, never an error page.
"""

import datetime
from dataclasses import dataclass, field
from functools import cached_property

from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Case, F, IntegerField, Q, Value, When
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from core import memo
from core.cards import Kept, listing_cards
from storefront.models.choices import OcopGroup, OcopStars
from storefront.models.producers import ProducerPage
from storefront.seasons import in_season_condition

PAGE_SIZE = 12
SORTS = {
    "newest": (_("Newest"), [F("first_published_at").desc(nulls_last=True), "-pk"]),
    "price_asc": (_("Price: low to high"), [F("cheapest_price").asc(nulls_last=True), "pk"]),
    "price_desc": (_("Price: high to low"), [F("cheapest_price").desc(nulls_last=True), "pk"]),
    "stars": (
        _("OCOP stars"),
        [F("current_stars").desc(nulls_last=True), F("first_published_at").desc(nulls_last=True), "pk"],
    ),
}
DEFAULT_SORT = "newest"
# Filters that are facets: each facet's counts ignore its own filter. Price limits always apply.
FACETS = ("group", "stars", "producer", "in_season")
FACET_COLUMNS = {"group": "ocop_group", "stars": "current_stars", "producer": "producer_id"}
# Larger numbers overflow the database's integer columns (a 500 on SQLite and PostgreSQL alike).
MAX_ID = 2**63 - 1
MAX_PRICE = 2**31 - 1


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class FacetCounts:
    total: int = 0
    in_season: int = 0
    group: dict = field(default_factory=dict)  # value → products
    stars: dict = field(default_factory=dict)
    producer: dict = field(default_factory=dict)


@dataclass
class CatalogueQuery:
    products: object  # a ProductPageQuerySet: the catalogue's live products
    today: datetime.date
    # Names `products` ("page-3", "api"): counts and shown ids are then kept in the cache under the
    # content token, per filters, sort and page (a new filter combination misses the page cache,
    # and its counts are most of its database time).
    scope: str = ""
    filters: dict = field(default_factory=dict)
    sort: str = DEFAULT_SORT
    page_number: str = "1"
    messages: list = field(default_factory=list)

    @classmethod
    def from_params(cls, params, *, products, today, scope=""):
        query = cls(products=products, today=today, scope=scope, page_number=params.get("page", "1"))
        query._read(params)
        return query

    def _read(self, params):
        group = params.get("group", "")
        if group:
            self._keep(
                "group", group, group in OcopGroup.values, _("That OCOP group does not exist; showing all groups.")
            )
        stars = params.get("stars", "")
        if stars:
            value = _as_int(stars)
            self._keep(
                "stars", value, value in OcopStars.values, _("OCOP stars go from 3 to 5; showing all star levels.")
            )
        producer = params.get("producer", "")
        if producer:
            value = _as_int(producer)
            self._keep(
                "producer",
                value,
                value is not None and 0 < value <= MAX_ID,
                _("That producer does not exist; showing all producers."),
            )
        if params.get("in_season") == "1":
            self.filters["in_season"] = True
        for name in ("price_min", "price_max"):
            raw = params.get(name, "").replace(".", "").replace(",", "").strip()
            if raw:
                value = _as_int(raw)
                self._keep(
                    name,
                    value,
                    value is not None and 0 <= value <= MAX_PRICE,
                    _("Prices are whole numbers of đồng; that price limit was ignored."),
                )
        sort = params.get("sort", DEFAULT_SORT)
        if sort in SORTS:
            self.sort = sort
        else:
            self.messages.append(gettext("That sort order does not exist; sorted by newest."))

    def _keep(self, name, value, valid, message):
        if valid:
            self.filters[name] = value
        else:
            self.messages.append(str(message))

    def filtered(self):
        """The products matching every active filter."""
        return self._matching(self.filters)

    def _matching(self, names):
        products = self.products.with_cheapest_price().with_current_stars(today=self.today)
        for name in names:
            products = products.filter(self._condition(name, self.filters[name]))
        return products

    def _condition(self, name, value):
        if name == "in_season":
            return in_season_condition(self.today.month)
        lookup = {
            "group": "ocop_group",
            "stars": "current_stars",
            "producer": "producer_id",
            "price_min": "cheapest_price__gte",
            "price_max": "cheapest_price__lte",
        }[name]
        return Q(**{lookup: value})

    @cached_property
    def counts(self):
        if not self.scope:
            return self._count()
        return memo.shared(f"catalogue-counts:{self.scope}:{self.today}:{self._filters_key()}", self._count)

    def _filters_key(self):
        return ",".join(f"{name}={value}" for name, value in sorted(self.filters.items()))

    def _count(self):
        """The total and every facet's counts in one query (five before): the products within the
        price limits are read once, with a flag per chosen facet filter, and each facet's counts
        ignore its own flag (and only it)."""
        chosen = [name for name in FACETS if name in self.filters]
        flags = {f"f_{name}": _flag(self._condition(name, self.filters[name])) for name in chosen}
        within_price_limits = self._matching([name for name in self.filters if name not in FACETS])
        rows = within_price_limits.order_by().annotate(**flags, season_now=_flag(self._condition("in_season", True)))
        rows = rows.values("ocop_group", "current_stars", "producer_id", "season_now", *flags)
        inner, params = rows.query.sql_with_params()

        def where(skip, *extra):
            conditions = [f"{flag} = 1" for flag in flags if flag != f"f_{skip}"] + list(extra)
            return " WHERE " + " AND ".join(conditions) if conditions else ""

        parts = [f"SELECT 'total', CAST(NULL AS text), COUNT(*) FROM matched{where(None)}"]
        for name, column in FACET_COLUMNS.items():
            parts.append(
                f"SELECT '{name}', CAST({column} AS text), COUNT(*) FROM matched{where(name, f'{column} IS NOT NULL')} GROUP BY {column}"
            )
        parts.append(
            f"SELECT 'in_season', CAST(NULL AS text), COUNT(*) FROM matched{where('in_season', 'season_now = 1')}"
        )
        found = FacetCounts()
        with connection.cursor() as cursor:
            cursor.execute(f"WITH matched AS ({inner}) " + " UNION ALL ".join(parts), params)
            for name, value, count in cursor.fetchall():
                if name in FACET_COLUMNS:
                    getattr(found, name)[value if name == "group" else int(value)] = count
                else:
                    setattr(found, name, count)
        return found

    def facets(self):
        counts = self.counts
        producers = [(pk, title) for pk, title in producer_names().items() if pk in counts.producer]
        return {
            "group": [
                FacetOption(value, label, counts.group.get(value, 0), self.filters.get("group") == value)
                for value, label in OcopGroup.choices
            ],
            "stars": [
                FacetOption(str(value), label, counts.stars.get(value, 0), self.filters.get("stars") == value)
                for value, label in OcopStars.choices
            ],
            "producer": [
                FacetOption(str(pk), title, counts.producer[pk], self.filters.get("producer") == pk)
                for pk, title in producers
            ],
            "in_season": FacetOption(
                "1", gettext("In season now"), counts.in_season, self.filters.get("in_season", False)
            ),
        }

    def shown(self, *, start, stop):
        """The products from `start` to `stop` in the chosen sort order (a queryset, or a Kept one)."""
        if not self.scope:
            return self._shown(start, stop)
        name = f"catalogue:{self.scope}:{self._filters_key()}:{self.sort}:{start}:{stop}"
        return Kept(name, lambda: self._shown(start, stop), shared=True)

    def _shown(self, start, stop):
        return self.filtered().order_by(*SORTS[self.sort][1])[start:stop]

    def results(self, request):
        """Template context: one page of product cards, facets with counts, and the form's state."""
        paginator = Paginator(range(self.counts.total), PAGE_SIZE)  # the total is known: no COUNT query
        page = paginator.get_page(self.page_number)
        page.object_list = []
        if page.paginator.count:
            page.object_list = listing_cards(request, self.shown(start=page.start_index() - 1, stop=page.end_index()))
        return {
            "products": page,
            "facets": self.facets(),
            "filters": self.filters,
            "sort": self.sort,
            "sorts": [(value, label) for value, (label, _order) in SORTS.items()],
            "filter_messages": self.messages,
        }


def producer_names():
    """Every producer's name in the current language, by id in alphabetical order: hundreds of
    them on every catalogue page.

    Kept in this process under the content token (as routes are), which a renamed producer replaces;
    modeltranslation's values_list keeps the fallbacks."""
    return memo.memoised(
        f"catalogue:producer_names:{get_language()}",
        lambda: dict(ProducerPage.objects.order_by("title").values_list("pk", "title")),
    )


def _flag(condition):
    return Case(When(condition, then=Value(1)), default=Value(0), output_field=IntegerField())


def _as_int(text):
    try:
        return int(text)
    except (TypeError, ValueError):
        return None
