"""The search page and its JSON twins; they parse input and call sitesearch.search."""

from urllib.parse import urlencode

from django.http import JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext

from pagecache.middleware import mark_public
from sitesearch.facets import facet_titles, parse_filters
from sitesearch.search import search, suggest
from sitesearch.tasks import SEARCH_PAGES_TAG
from sitesearch.text import MAX_QUERY_LENGTH


def _run(request):
    filters, messages = parse_filters(request.GET)
    results = search(
        query=request.GET.get("q", ""),
        language=translation.get_language(),
        filters=filters,
        page=request.GET.get("page", 1),
    )
    results.messages[:0] = messages
    return results, filters


def search_page(request):
    # The same answer for every anonymous visitor: the page cache may keep it, until the index changes.
    mark_public(request, SEARCH_PAGES_TAG)
    results, filters = _run(request)
    titles = facet_titles()
    facets = [(name, titles[name], _with_links(request.GET, name, options)) for name, options in results.facets.items()]
    return render(
        request,
        "sitesearch/search_page.html",
        {"results": results, "facets": facets, "max_length": MAX_QUERY_LENGTH, "title": gettext("Search")},
        status=503 if results.unavailable else 200,
    )


def _with_links(params, name, options):
    """Each shown option links to the same search with that option chosen, or cleared when chosen."""
    options = [
        option for option in (options if isinstance(options, list) else [options]) if option.count or option.selected
    ]
    kept = [(key, value) for key, values in params.lists() if key not in ("page", name) for value in values]
    for option in options:
        option.url = "?" + urlencode(kept if option.selected else [*kept, (name, option.value)])
    return options


def search_api(request):
    results, _filters = _run(request)
    return JsonResponse(
        {
            "query": results.query,
            "total": results.total,
            "page": results.page,
            "num_pages": results.num_pages,
            "messages": [str(message) for message in results.messages],
            "hits": [
                {
                    "type": hit.type,
                    "type_label": hit.type_label,
                    "id": hit.object_id,
                    "title": hit.title,
                    "url": hit.url,
                    "snippet_html": str(hit.snippet),
                    "values": hit.values,
                }
                for hit in results.hits
            ],
            "facets": {name: _facet_json(options) for name, options in results.facets.items()},
            "suggestions": [{"title": s.title, "url": s.url, "type": s.type} for s in results.suggestions],
        },
        json_dumps_params={"ensure_ascii": False},
        status=503 if results.unavailable else 200,
    )


def suggest_api(request):
    suggestions = suggest(prefix=request.GET.get("q", ""), language=translation.get_language())
    return JsonResponse(
        {"suggestions": [{"title": s.title, "url": s.url, "type": s.type} for s in suggestions]},
        json_dumps_params={"ensure_ascii": False},
    )


def _facet_json(options):
    if not isinstance(options, list):
        options = [options]
    return [{"value": o.value, "label": o.label, "count": o.count, "selected": o.selected} for o in options]
