"""Rendered cards, shared by every listing that shows them.

A page the page cache misses is mostly one nobody asked for since the last publish — another
filter combination, another page of results, another currency, a click with a new query
string — and its cards were rendered already for other pages. A listing reads only its ids
(a narrow query); their cards come from the cache in one round trip, and only the missing ones
are loaded with their pictures and rendered. Loading and rendering a card is most of an
uncached listing's CPU time (the wide translated rows, the picture tags).

Cards are kept under the content token, which any publish, price, picture or exchange-rate
change replaces (pagecache/invalidation.py), per host (page URLs are relative to the site), language,
display currency and day (an OCOP certificate lapses at midnight).
"""

import json
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import F
from django.template.loader import get_template
from django.utils import timezone, translation
from django.utils.safestring import SafeString

from core import memo
from core.card_images import prefetch_card_renditions

TIMEOUT = 3600


@dataclass(frozen=True)
class Card:
    pk: int
    html: SafeString

    def __str__(self):
        return self.html

    def __html__(self):
        return self.html


@dataclass(frozen=True)
class Kept:
    """A listing whose ids are kept in this process under the content token, language and day.

    For listings that change only with content and the date (not by the hour, nor with stock or
    bookings): building and running their id query is a third to a half of what a listing costs
    once its cards are cached. `name` must say everything the listing depends on besides those
    ("stories-about:12"); `listing()` builds the page queryset, only when it is needed. `shared`:
    kept in the cache for every process instead, for listings with unbounded names (filters)."""

    name: str
    listing: Callable
    shared: bool = False

    @property
    def model(self):
        return self.listing().model


def listing_cards(request, listing):
    """The cards of `listing`, a page queryset in display order (sliced or not), or a Kept one."""
    return cards_of_listings(request, [listing])[0]


def cards_of_listings(request, listings):
    """The cards of each listing (page querysets in display order, sliced or not), all at once."""
    return [
        [Card(pk, SafeString(html)) for pk, html in cards]
        for cards in rendered_per_page(request, listings, kind="card", render=render_card)
    ]


def rendered_per_page(request, listings, *, kind, render):
    """For each listing, `[(pk, render(request, page))]` in its order, the renders kept as `kind`.

    Only the listings' ids are read; every render comes from one cache round trip, and the pages
    not cached are loaded with one `load_cards(ids)` per page type (each card page type has one),
    so a page of several listings costs few queries even when cold. A page the loader does not
    return is left out.
    """
    id_lists = _id_lists(listings)
    prefix = _prefix(request, kind)
    keys = {pk: f"{prefix}:{pk}" for ids in id_lists for pk in ids}
    found = cache.get_many(list(keys.values())) if _enabled() else {}
    missing = {}
    for listing, ids in zip(listings, id_lists):
        absent = [pk for pk in ids if keys[pk] not in found]
        if absent:  # (a Kept listing builds its queryset to tell its model)
            missing.setdefault(listing.model, set()).update(absent)
    pages = [page for model, ids in missing.items() for page in model.load_cards(sorted(ids))]
    prefetch_card_renditions(pages)
    rendered = {keys[page.pk]: render(request, page) for page in pages}
    if rendered and _enabled():
        cache.set_many(rendered, timeout=TIMEOUT)
    found.update(rendered)
    return [[(pk, found[keys[pk]]) for pk in ids if keys[pk] in found] for ids in id_lists]


def _id_lists(listings):
    """Each listing's ids in its order: a Kept one's as kept, the others' read together."""
    kept = {}
    to_read = {}
    for n, listing in enumerate(listings):
        if isinstance(listing, Kept):
            kept[n] = memo.recall(_kept_key(listing), shared=listing.shared)
            if kept[n] is None:
                to_read[n] = listing.listing()
        else:
            to_read[n] = listing
    read = dict(zip(to_read, _read_ids(list(to_read.values()))))
    for n, ids in read.items():
        if isinstance(listings[n], Kept):
            memo.keep(_kept_key(listings[n]), ids, shared=listings[n].shared)
    return [read[n] if n in read else kept[n] for n in range(len(listings))]


def _kept_key(listing):
    return f"pagecache:ids:{translation.get_language()}:{timezone.localdate().isoformat()}:{listing.name}"


def _read_ids(querysets):
    """The ids of each page queryset, in its order, in one query: right after a publish the home
    page reads five listings and a village page three. PostgreSQL returns an array per listing
    (`ARRAY(subquery)` keeps the subquery's order), SQLite a JSON array (`json_group_array` over
    a subquery with ORDER BY aggregates in that order: SQLite never flattens such a subquery)."""
    id_queries = [
        queryset.prefetch_related(None).annotate(listed_id=F("pk")).values_list("listed_id", flat=True)
        for queryset in querysets
    ]
    if len(id_queries) < 2 or connection.vendor not in ("postgresql", "sqlite"):
        return [list(query) for query in id_queries]
    compiled = {}
    for n, query in enumerate(id_queries):
        try:
            compiled[n] = query.query.sql_with_params()
        except EmptyResultSet:  # filtered by an empty list: nothing to ask the database
            pass
    if not compiled:
        return [[] for _query in id_queries]
    if connection.vendor == "postgresql":
        columns = [f"ARRAY({sql})" for sql, _params in compiled.values()]
    else:
        columns = [
            f"(SELECT json_group_array(ids.listed_id) FROM ({sql}) AS ids)" for sql, _params in compiled.values()
        ]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT " + ", ".join(columns), [param for _sql, params in compiled.values() for param in params]
        )
        row = cursor.fetchone()
    if connection.vendor == "sqlite":
        row = [json.loads(ids) for ids in row]
    found = dict(zip(compiled, row))
    return [list(found.get(n, [])) for n in range(len(id_queries))]


def render_card(request, item):
    return get_template(item.card_template).render({"item": item, "request": request})


def _enabled():
    return settings.CARD_CACHE_ENABLED and memo.current_token.get() is not None


def _prefix(request, kind):
    parts = (
        memo.current_token.get(),
        request._get_raw_host(),
        translation.get_language(),
        memo.current_variant.get(),
        timezone.localdate().isoformat(),
    )
    return f"pagecache:{kind}:" + ":".join(str(part) for part in parts)
