"""The searchable types. Each app registers its own in `<app>/searchable.py` (autodiscovered).

A type says which objects are searchable now (live, public) and describes one of them in every
language; sitesearch.indexing turns that into one document per language for either engine.
"""
import datetime
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import models


@dataclass(frozen=True)
class Facets:
    ocop_group: str = ""
    stars: int | None = None
    stars_valid_until: datetime.date | None = None  # stars count only while the certificate is valid
    producer_id: int | None = None
    village_id: int | None = None
    price: int | None = None  # VND, the cheapest option
    season_mask: int = 0  # storefront.seasons: bit 0 = January
    in_stock: bool = True
    published_at: datetime.datetime | None = None


@dataclass(frozen=True)
class Localised:
    title: str
    url: str
    body: str  # plain text that is searched (the title is searched too)
    snippet: str  # plain text that the result shows, highlighted


@dataclass(frozen=True)
class Description:
    facets: Facets
    languages: dict  # language code → Localised


@dataclass(frozen=True)
class SearchableType:
    key: str  # stored in every document, and the `type` filter's value
    label: str  # lazy, plural: "Products"
    model: type[models.Model]
    queryset: Callable[[], models.QuerySet]  # the objects to index: live, public, ready to describe
    describe: Callable[[models.Model], Description]
    # Objects whose documents show this one's data (a producer's name is in its products').
    dependents: Callable[[models.Model], list] = field(default=lambda obj: [])


_types: dict[str, SearchableType] = {}


def register(searchable_type):
    _types[searchable_type.key] = searchable_type
    return searchable_type


def searchable_types():
    return list(_types.values())


def get_type(key):
    return _types.get(key)


def type_for_model(model):
    for searchable_type in _types.values():
        if searchable_type.model is model:
            return searchable_type
    return None
