"""The one search interface: `search()` and `suggest()`, whichever engine is configured."""

import datetime
import logging
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from sitesearch.engines import get_engine, unavailable_errors
from sitesearch.facets import facet_options
from sitesearch.registry import facets, get_type
from sitesearch.text import MAX_QUERY_LENGTH, analyse, fold, highlight, parse_query

logger = logging.getLogger(__name__)

PAGE_SIZE = 10
MAX_PAGE = 100
SUGGESTION_LIMIT = 8


@dataclass
class Hit:
    type: str
    type_label: str
    object_id: int
    title: str
    url: str
    snippet: str  # safe HTML: escaped text with <mark> around matched words
    values: dict  # the type's declared values; a facet's value only while it is valid (its `valid_until`)
    template: str = ""  # the type's hit template (SearchableType.hit_template), shown with `values`


@dataclass
class Suggestion:
    type: str
    title: str
    url: str


@dataclass
class SearchResults:
    query: str
    hits: list
    facets: dict
    total: int
    messages: list = field(default_factory=list)
    page: int = 1
    num_pages: int = 1
    suggestions: list = field(default_factory=list)  # for the empty state
    unavailable: bool = False  # the engine is down: the page says so instead of failing

    @property
    def has_previous(self):
        return self.page > 1

    @property
    def has_next(self):
        return self.page < self.num_pages


def search(
    *, query: str, language: str, filters: dict, page: int | str = 1, today: datetime.date | None = None
) -> SearchResults:
    """Products, producers (and any registered type) matching `query` in `language`'s documents.

    Never raises on odd input: the query is cut to MAX_QUERY_LENGTH characters with a message,
    and quotes, operators and symbols are plain punctuation to the analyser. An empty query browses
    (with filters); a query of symbols alone finds nothing.
    """
    today = today or timezone.localdate()
    parsed = parse_query(query)
    messages = []
    if parsed.truncated:
        messages.append(gettext("Your search was cut to its first %(limit)s characters.") % {"limit": MAX_QUERY_LENGTH})
    page_number = _page_number(page)
    if parsed.raw and parsed.empty:
        # Only emoji or punctuation: nothing to match, which must not read as "browse everything".
        messages.append(gettext("No results for “%(query)s”: search with letters or numbers.") % {"query": parsed.raw})
        return SearchResults(query=parsed.raw, hits=[], facets=facet_options({}, filters), total=0, messages=messages)
    try:
        result = get_engine().search(
            parsed=parsed,
            language=language,
            filters=filters,
            today=today,
            offset=(page_number - 1) * PAGE_SIZE,
            limit=PAGE_SIZE,
        )
    except unavailable_errors() as error:
        logger.error("Search engine unavailable: %r", error)
        messages.append(gettext("Search is unavailable right now. Please try again in a few minutes."))
        return SearchResults(query=parsed.raw, hits=[], facets={}, total=0, messages=messages, page=1, unavailable=True)
    num_pages = max(1, -(-result.total // PAGE_SIZE))
    if page_number > num_pages and result.total:
        return search(query=query, language=language, filters=filters, page=num_pages, today=today)
    results = SearchResults(
        query=parsed.raw,
        hits=[_hit(row, parsed.terms, today) for row in result.rows],
        facets=facet_options(result.counts, filters),
        total=result.total,
        messages=messages,
        page=page_number,
        num_pages=num_pages,
    )
    if not result.total and parsed.raw:
        results.suggestions = _alternatives(parsed, language)
        hint = (
            gettext("check the spelling, use fewer words, or remove a filter")
            if filters
            else gettext("check the spelling or use fewer words")
        )
        results.messages.append(
            gettext("No results for “%(query)s” — try %(hint)s.") % {"query": parsed.raw, "hint": hint}
        )
    return results


def suggest(*, prefix: str, language: str, limit: int = SUGGESTION_LIMIT) -> list:
    """Type-ahead: titles with a word starting with `prefix`, typed with or without diacritics."""
    prefix_terms = [fold(word) for word in analyse((prefix or "")[:MAX_QUERY_LENGTH], for_query=True).exact][:6]
    try:
        rows = get_engine().suggest(prefix_terms=prefix_terms, language=language, limit=limit)
    except unavailable_errors() as error:
        logger.error("Search engine unavailable: %r", error)
        return []
    return [Suggestion(type=row.doc_type, title=row.title, url=row.url) for row in rows]


def _alternatives(parsed, language):
    """Titles close to what was typed: each word's first letters as a prefix."""
    found = {}
    for term in parsed.terms:
        for suggestion in suggest(prefix=term[:3], language=language, limit=4):
            found.setdefault(suggestion.url, suggestion)
    return list(found.values())[:SUGGESTION_LIMIT]


def _hit(row, terms, today):
    searchable_type = get_type(row.doc_type)
    values = dict(row.data)
    for facet in facets():
        if facet.valid_until and facet.name in values:
            values[facet.name] = facet.current(values, today)
    snippet = highlight(row.snippet_source, terms) if terms else format_html("{}", row.snippet_source[:220])
    return Hit(
        type=row.doc_type,
        type_label=str(searchable_type.label) if searchable_type else row.doc_type,
        object_id=row.object_id,
        title=row.title,
        url=row.url,
        snippet=mark_safe(snippet),  # noqa: S308 escaped by highlight()
        values=values,
        template=searchable_type.hit_template if searchable_type else "",
    )


def _page_number(page):
    try:
        number = int(page)
    except (TypeError, ValueError):
        return 1
    return min(max(number, 1), MAX_PAGE)
