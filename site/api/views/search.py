"""Site search (sitesearch.search): products, producers, villages, experiences, packages, stories."""

from django.http import QueryDict
from django.utils import translation
from django.utils.translation import gettext
from drf_spectacular.utils import extend_schema
from rest_framework.response import Response

from api.errors import ApiError, ErrorCode
from api.schema import ERRORS_READ, LANG_PARAMETER
from api.serializers import SearchQuerySerializer, SearchSerializer
from api.views_base import ApiView
from sitesearch.facets import parse_filters
from sitesearch.registry import get_type
from sitesearch.search import search


class SearchView(ApiView):
    @extend_schema(
        tags=["search"],
        operation_id="search",
        parameters=[LANG_PARAMETER, SearchQuerySerializer],
        responses={200: SearchSerializer, **ERRORS_READ},
        description="Full-text search in the requested language (diacritics optional), with facets.",
    )
    def get(self, request):
        params = self.validated_query(SearchQuerySerializer)
        if "type" in params and get_type(params["type"]) is None:
            raise ApiError(
                ErrorCode.INVALID,
                gettext("That type of result does not exist."),
                fields={"type": [gettext("That type of result does not exist.")]},
            )
        raw = QueryDict(mutable=True)
        for name in ("type", "group", "stars", "producer", "village", "price"):
            if name in params:
                raw[name] = str(params[name])
        if params["in_season"]:
            raw["in_season"] = "1"
        filters, messages = parse_filters(raw)
        results = search(query=params["q"], language=translation.get_language(), filters=filters, page=params["page"])
        return Response(
            {
                "query": results.query,
                "total": results.total,
                "page": results.page,
                "num_pages": results.num_pages,
                "messages": [str(m) for m in [*messages, *results.messages]],
                "hits": [
                    {
                        "type": h.type,
                        "type_label": h.type_label,
                        "id": h.object_id,
                        "title": h.title,
                        "url": h.url,
                        "snippet_html": str(h.snippet),
                        "price_vnd": h.values.get("price"),
                        "stars": h.values.get("stars"),
                        "in_stock": h.values.get("in_stock", True),
                    }
                    for h in results.hits
                ],
                "facets": {
                    name: [vars(o) for o in (options if isinstance(options, list) else [options])]
                    for name, options in results.facets.items()
                },
                "suggestions": [{"title": s.title, "url": s.url, "type": s.type} for s in results.suggestions],
            }
        )
