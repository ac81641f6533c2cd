"""Wagtail API v2 at /api/v2/ (pages, images, documents), speaking `?lang=` and the API's error shape.

Pages: live and public only, everywhere (listing, detail, search, filters, find). Wagtail's own
queryset lets a logged-in or password-holding session see restricted pages; the API never does.
"""

import hashlib

from django.utils import translation
from django.utils.translation import gettext
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework.renderers import JSONRenderer
from rest_framework.views import APIView
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page

from api import languages
from api.errors import ApiError, ErrorCode
from api.params import MAX_INT, MAX_SEARCH_WORDS, bound_search, check_query
from api.schema import ERRORS_READ, LANG_PARAMETER
from core import memo
from pagecache import routing

INTEGER_PARAMS = ("child_of", "descendant_of", "ancestor_of", "translation_of", "offset", "limit", "id")

_COMMON = [
    LANG_PARAMETER,
    OpenApiParameter("limit", int, description="Items per page, at most 50 (more is a 400)."),
    OpenApiParameter("offset", int, description="Items to skip."),
    OpenApiParameter("fields", str, description="Comma-separated fields to add (or `-field` to remove, `*` for all)."),
    OpenApiParameter("order", str, description="A field name, `-field` for descending, or `random`."),
    OpenApiParameter("search", str, description=f"Full-text search; its first {MAX_SEARCH_WORDS} words are used."),
    OpenApiParameter("search_operator", str, enum=["and", "or"], description="Anything else is a 400."),
]
_PAGE_FILTERS = [
    OpenApiParameter(
        "type", str, description="`app_label.ModelName`, e.g. `tourism.HomestayPage`; comma-separated for several."
    ),
    OpenApiParameter("child_of", str, description="A page id, or `root`."),
    OpenApiParameter("descendant_of", str, description="A page id, or `root`."),
    OpenApiParameter("ancestor_of", int),
]
_LISTING = OpenApiResponse(OpenApiTypes.OBJECT, description="`{meta: {total_count}, items: [...]}`")
_DETAIL = OpenApiResponse(OpenApiTypes.OBJECT, description="The item with its `api_fields`.")


class ApiLanguageMixin:
    """`?lang=` activates the language (400 for an unknown one); errors in the API's JSON shape."""

    renderer_classes = [JSONRenderer]  # no browsable HTML variant: JSON only, as the rest of /api/

    def initial(self, request, *args, **kwargs):
        check_query(request, integers=INTEGER_PARAMS, strict_integers=("id",))
        languages.activate_or_400(request)
        bound_search(request)
        if "pk" in kwargs and not 0 < int(kwargs["pk"]) <= MAX_INT:
            raise ApiError(ErrorCode.NOT_FOUND, gettext("Nothing was found at this address."), status_code=404)
        super().initial(request, *args, **kwargs)

    def handle_exception(self, exc):
        if isinstance(exc, BadRequestError):  # Wagtail's own messages are English-only: kept as `detail`
            exc = ApiError(
                ErrorCode.INVALID, gettext("A query parameter is not valid: %(detail)s") % {"detail": str(exc)}
            )
        return APIView.handle_exception(self, exc)


def _documented(name, filters=()):
    """Methods that only call Wagtail's own, carrying their OpenAPI description."""
    tag = f"content: {name}"
    find_params = [LANG_PARAMETER, OpenApiParameter("id", int)]
    if filters:
        find_params.append(OpenApiParameter("html_path", str, description="A page's path, e.g. `/san-pham/`."))

    class Documented:
        @extend_schema(
            tags=[tag],
            operation_id=f"{name}_list",
            parameters=_COMMON + list(filters),
            responses={200: _LISTING, **ERRORS_READ},
        )
        def listing_view(self, request):
            return super().listing_view(request)

        @extend_schema(
            tags=[tag],
            operation_id=f"{name}_read",
            parameters=[LANG_PARAMETER, _COMMON[3]],
            responses={200: _DETAIL, **ERRORS_READ},
        )
        def detail_view(self, request, pk):
            return super().detail_view(request, pk)

        @extend_schema(
            tags=[tag],
            operation_id=f"{name}_find",
            parameters=find_params,
            responses={
                302: OpenApiResponse(description="Redirect to the item's detail URL."),
                200: OpenApiResponse(OpenApiTypes.OBJECT, description="The item, once the redirect is followed."),
                **ERRORS_READ,
            },
        )
        def find_view(self, request):
            return super().find_view(request)

    return Documented


class KeptTotalPagination(WagtailPagination):
    """Wagtail's, with each listing's total kept under the content token, per query string (less
    offset, limit and fields): counting every live product on each call costs database time that
    grows with the catalogue (docs/performance.md)."""

    def paginate_queryset(self, queryset, request, view=None):
        asked = sorted(
            (name, value) for name, value in request.GET.items() if name not in ("offset", "limit", "fields")
        )
        key = hashlib.blake2b(repr((translation.get_language(), asked)).encode(), digest_size=16).hexdigest()
        total = memo.shared(f"pages-api-total:{key}", queryset.count)
        return super().paginate_queryset(_Counted(queryset, total), request, view)


class _Counted:
    """A queryset whose count is known: all Wagtail's pagination asks of it is the count and a slice."""

    def __init__(self, queryset, total):
        self.queryset, self.total = queryset, total

    def count(self):
        return self.total

    def __getitem__(self, item):
        return self.queryset[item]


class PagesEndpoint(_documented("pages", _PAGE_FILTERS), ApiLanguageMixin, PagesAPIViewSet):
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union([languages.PARAMETER])
    pagination_class = KeptTotalPagination

    def get_queryset(self):
        # Wagtail builds it twice per listing: for the rows, and to tell the serializer's model.
        if not hasattr(self, "_queryset"):
            self._queryset = super().get_queryset()
        return self._queryset

    def get_base_queryset(self):
        cached = hasattr(self.request, "_page_cache_content_token") and "site" not in self.request.GET
        site = routing.cached_site(self.request) if cached else None
        if site is None:
            return super().get_base_queryset().public()
        # Wagtail's own reads every view restriction and the site at each call, three times a listing.
        # `.public()` leaves out every restricted section (from the cached restriction paths), and
        # the site is the page cache's; there is one page tree (no WAGTAIL_I18N_ENABLED).
        return Page.objects.live().public().descendant_of(site.root_page, inclusive=True)


class ImagesEndpoint(_documented("images"), ApiLanguageMixin, ImagesAPIViewSet):
    known_query_parameters = ImagesAPIViewSet.known_query_parameters.union([languages.PARAMETER])


class DocumentsEndpoint(_documented("documents"), ApiLanguageMixin, DocumentsAPIViewSet):
    known_query_parameters = DocumentsAPIViewSet.known_query_parameters.union([languages.PARAMETER])


router = WagtailAPIRouter("wagtailapi")
router.register_endpoint("pages", PagesEndpoint)
router.register_endpoint("images", ImagesEndpoint)
router.register_endpoint("documents", DocumentsEndpoint)
