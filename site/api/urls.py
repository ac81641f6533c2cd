"""/api/v2/ (Wagtail: pages, images, documents), /api/v1/ (commerce), /api/schema/ and /api/docs/."""

from django.conf import settings
from django.urls import path, re_path
from django.utils import translation
from drf_spectacular.utils import extend_schema
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from api.views.availability import ExperienceAvailabilityView, HomestayAvailabilityView, PackageAvailabilityView
from api.views.cart import CartBookingsView, CartLineView, CartProductsView, CartsView, CartView, CartVoucherView
from api.views.catalogue import CatalogueView, ProductDetailView
from api.views.checkout import CheckoutView, OrderView
from api.views.search import SearchView
from api.views_base import ApiView, not_found
from api.wagtail_endpoints import router


class NotFoundView(ApiView):
    """Any other address under /api/: a JSON 404, not the site's HTML page."""

    @extend_schema(exclude=True)
    def get(self, request, *args, **kwargs):
        raise not_found()

    post = put = patch = delete = get


class SchemaView(SpectacularAPIView):
    """The OpenAPI document, in English unless ?lang= asks for another language."""

    @extend_schema(exclude=True)
    def get(self, request, *args, **kwargs):
        if request.GET.get("lang") in {code for code, _name in settings.LANGUAGES}:
            return super().get(request, *args, **kwargs)
        with translation.override("en"):
            return super().get(request, *args, **kwargs)


class DocsView(SpectacularSwaggerSplitView):
    template_name = "api/swagger_ui.html"


v1 = [
    path("catalogue/products/", CatalogueView.as_view(), name="catalogue"),
    path("catalogue/products/<int:product_id>/", ProductDetailView.as_view(), name="product"),
    path(
        "experiences/<int:page_id>/availability/", ExperienceAvailabilityView.as_view(), name="experience_availability"
    ),
    path("homestays/<int:page_id>/availability/", HomestayAvailabilityView.as_view(), name="homestay_availability"),
    path("packages/<int:page_id>/availability/", PackageAvailabilityView.as_view(), name="package_availability"),
    path("carts/", CartsView.as_view(), name="carts"),
    path("carts/<str:token>/", CartView.as_view(), name="cart"),
    path("carts/<str:token>/products/", CartProductsView.as_view(), name="cart_products"),
    path("carts/<str:token>/bookings/", CartBookingsView.as_view(), name="cart_bookings"),
    path("carts/<str:token>/lines/<int:line_id>/", CartLineView.as_view(), name="cart_line"),
    path("carts/<str:token>/voucher/", CartVoucherView.as_view(), name="cart_voucher"),
    path("carts/<str:token>/checkout/", CheckoutView.as_view(), name="checkout"),
    path("orders/<str:token>/", OrderView.as_view(), name="order"),
    path("search/", SearchView.as_view(), name="search"),
]

urlpatterns = [
    path("v2/", router.urls),
    *[path("v1/" + str(p.pattern), p.callback, name=f"api_{p.name}") for p in v1],
    path("schema/", SchemaView.as_view(), name="api_schema"),
    path("docs/", DocsView.as_view(url_name="api_schema"), name="api_docs"),
    re_path(r"^[\s\S]*$", NotFoundView.as_view()),  # not ".*": that misses a path with a newline
]
