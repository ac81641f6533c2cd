"""Filters read from GET parameters, and facet options with labels and counts.

Each facet's counts ignore that facet's own filter (and only it), so every option's count is
exactly the number of results you get by choosing it.
"""
from dataclasses import dataclass

from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from core import memo
from sitesearch.registry import get_type, searchable_types
from storefront.models.choices import OcopGroup, OcopStars

MAX_ID = 2**63 - 1
# (key, label, lowest price included, highest price excluded), VND.
PRICE_BUCKETS = [
    ("under-100000", _("Under 100,000 ₫"), None, 100_000),
    ("100000-300000", _("From 100,000 to 300,000 ₫"), 100_000, 300_000),
    ("300000-1000000", _("From 300,000 to 1,000,000 ₫"), 300_000, 1_000_000),
    ("over-1000000", _("Over 1,000,000 ₫"), 1_000_000, None),
]
# Producers and villages shown in a facet: the ones with most matches (a broad word matches
# hundreds of producers; nobody reads that list, and rendering it cost more than the search).
MAX_NAMED_OPTIONS = 15
FACETS = ("type", "group", "stars", "producer", "village", "price", "in_season")


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


def price_bounds(key):
    for bucket_key, _label, low, high in PRICE_BUCKETS:
        if bucket_key == key:
            return low, high
    return None


def parse_filters(params):
    """(filters, messages) from a QueryDict; an invalid value is dropped with a message."""
    filters, messages = {}, []
    value = params.get("type", "")
    if value:
        _keep(filters, messages, "type", value, get_type(value) is not None, _("That type of result does not exist; showing all types."))
    value = params.get("group", "")
    if value:
        _keep(filters, messages, "group", value, value in OcopGroup.values, _("That OCOP group does not exist; showing all groups."))
    value = params.get("stars", "")
    if value:
        number = _as_int(value)
        _keep(filters, messages, "stars", number, number in OcopStars.values, _("OCOP stars go from 3 to 5; showing all star levels."))
    for name, message in (("producer", _("That producer does not exist; showing all producers.")), ("village", _("That village does not exist; showing all villages."))):
        value = params.get(name, "")
        if value:
            number = _as_int(value)
            _keep(filters, messages, name, number, number is not None and 0 < number <= MAX_ID, message)
    value = params.get("price", "")
    if value:
        _keep(filters, messages, "price", value, price_bounds(value) is not None, _("That price range does not exist; showing all prices."))
    if params.get("in_season") == "1":
        filters["in_season"] = True
    return filters, messages


def facet_options(counts, filters):
    """{facet: [FacetOption]} in the reader's language, from an engine's raw counts."""
    shown = {name: _most_matched(counts.get(name, {}), filters.get(name)) for name in ("producer", "village")}
    options = {
        "type": [_option(t.key, t.label, counts.get("type", {}), filters.get("type")) for t in searchable_types()],
        "group": [_option(value, label, counts.get("group", {}), filters.get("group")) for value, label in OcopGroup.choices],
        "stars": [_option(value, label, counts.get("stars", {}), filters.get("stars")) for value, label in OcopStars.choices],
        "price": [_option(key, label, counts.get("price", {}), filters.get("price")) for key, label, _low, _high in PRICE_BUCKETS],
    }
    for name, pks in shown.items():
        found, titles = counts.get(name, {}), _names(name)
        options[name] = sorted(
            (_option(pk, titles[pk], found, filters.get(name)) for pk in pks if pk in titles), key=lambda option: option.label.lower()
        )
    options["in_season"] = FacetOption("1", gettext("In season now"), counts.get("in_season", 0), filters.get("in_season", False))
    return options


def _names(facet):
    """Every producer's or village's name in the reader's language, by id, kept in this process under
    the content token (a search named them in a query of its own)."""
    from storefront.catalogue import producer_names
    from tourism.models import CraftVillagePage

    if facet == "producer":
        return producer_names()
    return memo.memoised(  # modeltranslation's values_list keeps the language fallbacks
        f"search:village_names:{get_language()}", lambda: dict(CraftVillagePage.objects.values_list("pk", "title"))
    )


def _most_matched(found, selected):
    """The producers or villages a facet shows: those with most matches, and the chosen one."""
    most = set(sorted(found, key=lambda pk: (-found[pk], pk))[:MAX_NAMED_OPTIONS])
    return most | ({selected} if selected in found else set())


def _option(value, label, counts, selected):
    return FacetOption(str(value), str(label), counts.get(value, 0), selected == value)


def _keep(filters, messages, name, value, valid, message):
    if valid:
        filters[name] = value
    else:
        messages.append(str(message))


def _as_int(text):
    try:
        return int(text)
    except (TypeError, ValueError):
        return None
