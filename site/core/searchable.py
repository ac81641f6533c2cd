"""What a searchable type declares, for site search (sitesearch) to read.

A domain app lists its types in `<app>/searchable.py` as `types = (SearchableType(...), ...)`;
sitesearch finds these modules in every installed app and never names a model. A type says which
objects are searchable now (live, public), describes one of them in every language with the
values its facets read, declares those facets, and names the other models whose changes show in
its documents. See docs/search.md.
"""

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db import models
from django.utils import translation

# Facet kinds: what the engines build for each (a filter, and counts that ignore the facet's own filter).
TERMS = "terms"  # one value per document; an option per value, with its count
RANGE = "range"  # a number; an option per declared bucket [low, high)
MONTH = "month"  # a 12-bit month mask (core.months); one option: "includes this month"
KINDS = (TERMS, RANGE, MONTH)

MAX_ID = 2**63 - 1
# A named facet lists the options with most matches: a broad word matches hundreds of producers.
MAX_NAMED_OPTIONS = 15


@dataclass(frozen=True)
class Bucket:
    key: str  # the request's value
    label: str
    low: int | None  # included; None: no lower bound (a document still needs a value)
    high: int | None  # excluded; None: no upper bound


@dataclass(frozen=True)
class Facet:
    """A filter with counts. Its value for a document is `Description.values[name]` (missing or
    None or "": the document has no value and is never counted under this facet)."""

    name: str  # the request parameter, and the key in Description.values
    label: str  # the facet's heading
    kind: str = TERMS
    value_type: type = str  # TERMS: int or str
    # TERMS: either every option, [(value, label)] (a value outside them is invalid) …
    choices: Callable[[], Iterable[tuple]] | None = None
    # … or {value: label} in the current language, of which the `most` most matched are listed.
    names: Callable[[], dict] | None = None
    most: int = MAX_NAMED_OPTIONS
    valid_until: str = ""  # TERMS: key of a date in Description.values; the value counts up to that day
    buckets: tuple[Bucket, ...] = ()  # RANGE
    option_label: str = ""  # MONTH: its one option
    invalid: str = ""  # the message when a request's value does not exist

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"facet {self.name!r}: unknown kind {self.kind!r}")
        if self.kind == TERMS and (self.choices is None) == (self.names is None):
            raise ValueError(f"facet {self.name!r}: a terms facet has either choices or names")
        if self.kind == MONTH and not self.option_label:
            raise ValueError(f"facet {self.name!r}: a month facet needs its option's label")
        if self.kind == RANGE and not self.buckets:
            raise ValueError(f"facet {self.name!r}: a range facet needs buckets")

    def parse(self, raw):
        """A request's value as a filter value; None to ignore it; ValueError when it is invalid."""
        if self.kind == MONTH:
            return True if raw == "1" else None
        if self.kind == RANGE:
            if self.bucket(raw) is None:
                raise ValueError(raw)
            return raw
        try:
            value = self.value_type(raw)
        except (TypeError, ValueError):
            raise ValueError(raw) from None
        if self.choices is not None:
            if value not in {choice for choice, _label in self.choices()}:
                raise ValueError(raw)
        elif isinstance(value, int) and not 0 < value <= MAX_ID:
            raise ValueError(raw)
        return value

    def bucket(self, key):
        return next((bucket for bucket in self.buckets if bucket.key == key), None)

    def current(self, values, today):
        """This facet's value in a document's `values` on `today`: None once `valid_until` has passed."""
        value = values.get(self.name)
        if value in (None, "") or not self.valid_until:
            return value
        until = values.get(self.valid_until)
        if isinstance(until, str):
            until = datetime.date.fromisoformat(until[:10])
        return value if until and until >= today else None


@dataclass(frozen=True)
class Localised:
    title: str
    url: str
    body: str  # plain text that is searched (the title is searched too)
    snippet: str  # plain text that the result shows, highlighted


@dataclass(frozen=True)
class Description:
    languages: dict  # language code → Localised
    # What the facets read (by facet name, plus any date a facet's `valid_until` names) and what the
    # type's hit template shows; JSON-like values (str, int, bool, date).
    values: dict = field(default_factory=dict)
    published_at: datetime.datetime | None = None  # newest first when relevance ties


@dataclass(frozen=True)
class Reindex:
    """Changes to `model` re-index objects of the declaring type: `objects(instance)` gives their ids."""

    model: type[models.Model]
    objects: Callable[[models.Model], Iterable[int]]
    on_delete: bool = True  # also when an instance is deleted


@dataclass(frozen=True)
class SearchableType:
    key: str  # stored in every document, and the `type` filter's value
    label: str  # lazy, plural: "Products"
    model: type[models.Model]
    queryset: Callable[[], models.QuerySet]  # the objects to index: live, public, ready to describe
    describe: Callable[[models.Model], Description]
    facets: tuple[Facet, ...] = ()  # a facet shared by several types is the same object in each
    # Objects whose documents show this one's data (a producer's name is in its products'): (type key, id).
    dependents: Callable[[models.Model], list] = field(default=lambda obj: [])
    reindexed_by: tuple[Reindex, ...] = ()
    hit_template: str = ""  # included in each result of this type, with `values` (the current ones)


def describe_in_languages(obj, build: Callable[[Any], Localised]) -> dict:
    """{language: build(obj)} with each language active, so translated fields fall back as on the site."""
    result = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            result[code] = build(obj)
    return result
