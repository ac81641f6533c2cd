"""Filters read from GET parameters, and facet options with labels and counts.

The facets are those the searchable types declare (core.searchable, sitesearch.registry), plus
`type`. Each facet's counts ignore that facet's own filter (and only it), so every option's count
is exactly the number of results you get by choosing it.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from core.searchable import MAX_NAMED_OPTIONS, MONTH, RANGE
from sitesearch.registry import facets, get_type, searchable_types

TYPE_LABEL = _("Type")


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


def parse_filters(params):
    """(filters, messages) from a QueryDict; an invalid value is dropped with a message."""
    filters, messages = {}, []
    value = params.get("type", "")
    if value:
        _keep(
            filters,
            messages,
            "type",
            value,
            get_type(value) is not None,
            _("That type of result does not exist; showing all types."),
        )
    for facet in facets():
        raw = params.get(facet.name, "")
        if not raw:
            continue
        try:
            value = facet.parse(raw)
        except ValueError:
            messages.append(str(facet.invalid))
            continue
        if value is not None:
            filters[facet.name] = value
    return filters, messages


def facet_titles():
    """{facet name: heading}, `type` first."""
    return {"type": TYPE_LABEL, **{facet.name: facet.label for facet in facets()}}


def facet_options(counts, filters):
    """{facet: [FacetOption]} (a month facet: one FacetOption) in the reader's language, from an
    engine's raw counts."""
    options = {
        "type": [_option(t.key, t.label, counts.get("type", {}), filters.get("type")) for t in searchable_types()]
    }
    for facet in facets():
        found, selected = counts.get(facet.name, {}), filters.get(facet.name)
        if facet.kind == MONTH:
            options[facet.name] = FacetOption("1", str(facet.option_label), found or 0, selected or False)
        elif facet.kind == RANGE:
            options[facet.name] = [_option(b.key, b.label, found, selected) for b in facet.buckets]
        elif facet.choices is not None:
            options[facet.name] = [_option(value, label, found, selected) for value, label in facet.choices()]
        else:
            names = facet.names()
            shown = _most_matched(found, selected, facet.most)
            options[facet.name] = sorted(
                (_option(value, names[value], found, selected) for value in shown if value in names),
                key=lambda option: option.label.lower(),
            )
    return options


def _most_matched(found, selected, most=MAX_NAMED_OPTIONS):
    """The named options a facet shows (producers, villages): those with most matches, and the chosen one.

    A broad word matches hundreds of producers; nobody reads that list, and rendering it cost more than the search.
    """
    top = set(sorted(found, key=lambda value: (-found[value], value))[:most])
    return top | ({selected} if selected in found else set())


def _option(value, label, counts, selected):
    return FacetOption(str(value), str(label), counts.get(value, 0), selected == value)


def _keep(filters, messages, name, value, valid, message):
    if valid:
        filters[name] = value
    else:
        messages.append(str(message))
