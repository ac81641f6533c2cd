"""The catalogue's filters, facet counts, sorting and pages, read from a plain GET form.

Invalid values are dropped with a message for the visitor, never an error page.
"""
import datetime
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models import Count, F
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from storefront.models.choices import OcopGroup, OcopStars
from storefront.models.producers import ProducerPage

PAGE_SIZE = 12
FILTERS = ("group", "stars", "producer", "in_season", "price_min", "price_max")
SORTS = {
    "newest": (_("Newest"), [F("first_published_at").desc(nulls_last=True), "-pk"]),
    "price_asc": (_("Price: low to high"), [F("cheapest_price").asc(nulls_last=True), "pk"]),
    "price_desc": (_("Price: high to low"), [F("cheapest_price").desc(nulls_last=True), "pk"]),
    "stars": (_("OCOP stars"), [F("current_stars").desc(nulls_last=True), F("first_published_at").desc(nulls_last=True), "pk"]),
}
DEFAULT_SORT = "newest"
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
class CatalogueQuery:
    products: object  # a ProductPageQuerySet: the catalogue's live products
    today: datetime.date
    filters: dict = field(default_factory=dict)
    sort: str = DEFAULT_SORT
    page_number: str = "1"
    messages: list = field(default_factory=list)

    @classmethod
    def from_params(cls, params, *, products, today):
        query = cls(products=products, today=today, page_number=params.get("page", "1"))
        query._read(params)
        return query

    def _read(self, params):
        group = params.get("group", "")
        if group:
            self._keep("group", group, group in OcopGroup.values, _("That OCOP group does not exist; showing all groups."))
        stars = params.get("stars", "")
        if stars:
            value = _as_int(stars)
            self._keep("stars", value, value in OcopStars.values, _("OCOP stars go from 3 to 5; showing all star levels."))
        producer = params.get("producer", "")
        if producer:
            value = _as_int(producer)
            self._keep("producer", value, value is not None and 0 < value <= MAX_ID, _("That producer does not exist; showing all producers."))
        if params.get("in_season") == "1":
            self.filters["in_season"] = True
        for name in ("price_min", "price_max"):
            raw = params.get(name, "").replace(".", "").replace(",", "").strip()
            if raw:
                value = _as_int(raw)
                self._keep(name, value, value is not None and 0 <= value <= MAX_PRICE, _("Prices are whole numbers of đồng; that price limit was ignored."))
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

    def filtered(self, *, skip=None):
        """The products matching every active filter except `skip` (for that filter's counts)."""
        products = self.products.with_cheapest_price().with_current_stars(today=self.today)
        active = {name: value for name, value in self.filters.items() if name != skip}
        if "group" in active:
            products = products.filter(ocop_group=active["group"])
        if "stars" in active:
            products = products.filter(current_stars=active["stars"])
        if "producer" in active:
            products = products.filter(producer_id=active["producer"])
        if "in_season" in active:
            products = products.in_season(month=self.today.month)
        if "price_min" in active:
            products = products.filter(cheapest_price__gte=active["price_min"])
        if "price_max" in active:
            products = products.filter(cheapest_price__lte=active["price_max"])
        return products

    def _counts(self, field_name):
        rows = self.filtered(skip=_FILTER_FOR_FIELD[field_name]).order_by().values(field_name).annotate(n=Count("pk"))
        return {row[field_name]: row["n"] for row in rows}

    def facets(self):
        group_counts = self._counts("ocop_group")
        star_counts = self._counts("current_stars")
        producer_counts = self._counts("producer_id")
        # Hundreds of producers: their names only (modeltranslation's values_list keeps the fallbacks).
        producers = ProducerPage.objects.filter(pk__in=list(producer_counts)).order_by("title").values_list("pk", "title")
        return {
            "group": [
                FacetOption(value, label, group_counts.get(value, 0), self.filters.get("group") == value)
                for value, label in OcopGroup.choices
            ],
            "stars": [
                FacetOption(str(value), label, star_counts.get(value, 0), self.filters.get("stars") == value)
                for value, label in OcopStars.choices
            ],
            "producer": [
                FacetOption(str(pk), title, producer_counts[pk], self.filters.get("producer") == pk)
                for pk, title in producers
            ],
            "in_season": FacetOption(
                "1", gettext("In season now"),
                self.filtered(skip="in_season").in_season(month=self.today.month).count(),
                self.filters.get("in_season", False),
            ),
        }

    def page_cards(self, *, start, stop):
        """The product cards from `start` to `stop` in the chosen sort order."""
        return list(self.filtered().ranked_cards(SORTS[self.sort][1], start=start, stop=stop))

    def results(self):
        """Template context: one page of product cards, facets with counts, and the form's state."""
        page = Paginator(self.filtered().values("pk"), PAGE_SIZE).get_page(self.page_number)
        page.object_list = self.page_cards(start=page.start_index() - 1, stop=page.end_index()) if page.paginator.count else []
        return {
            "products": page,
            "facets": self.facets(),
            "filters": self.filters,
            "sort": self.sort,
            "sorts": [(value, label) for value, (label, _order) in SORTS.items()],
            "filter_messages": self.messages,
        }


_FILTER_FOR_FIELD = {"ocop_group": "group", "current_stars": "stars", "producer_id": "producer"}


def _as_int(text):
    try:
        return int(text)
    except (TypeError, ValueError):
        return None
