"""Catalogue: filters, facets and sorting from storefront.catalogue, the same rules as the web page."""

from django.utils import timezone
from drf_spectacular.utils import extend_schema
from rest_framework.response import Response

from api.schema import ERRORS_READ, LANG_PARAMETER
from api.serializers import CatalogueQuerySerializer, CatalogueSerializer, ProductDetailSerializer
from api.views_base import ApiView, not_found
from core import api_fields
from core.cards import rendered_per_page
from storefront import api_fields as storefront_api
from storefront.catalogue import CatalogueQuery
from storefront.models import ProductPage


def _public_products():
    return ProductPage.objects.live().public()


def _card(product, request, today):
    images = getattr(product, "card_images", None)
    if images is None:
        images = list(product.gallery_images.select_related("image").order_by("sort_order")[:1])
    image = None
    if images:
        image = api_fields.rendition("image").to_representation(images[0].image)
        image = {**image, "alt": images[0].alt_text or image.get("alt", "")}
    certificate = product.certificate_state_on(today)
    producer = product.producer
    return {
        "id": product.pk,
        "title": product.title,
        "summary": product.summary,
        "ocop_group": product.ocop_group,
        "producer": api_fields.page_summary(producer, request) if producer.live else None,
        "current_stars": product.ocop_stars if certificate == "current" else None,
        "price_from_vnd": getattr(product, "cheapest_price", None),
        "image": image,
        "html_url": product.get_full_url(request),
    }


class CatalogueView(ApiView):
    @extend_schema(
        tags=["catalogue"],
        operation_id="catalogue_list",
        parameters=[LANG_PARAMETER, CatalogueQuerySerializer],
        responses={200: CatalogueSerializer, **ERRORS_READ},
        description="Live products with filters, facet counts (each ignoring its own filter) and sorting.",
    )
    def get(self, request):
        params = self.validated_query(CatalogueQuerySerializer)
        today = timezone.localdate()
        raw = {
            name: str(params[name])
            for name in ("group", "stars", "producer", "price_min", "price_max")
            if name in params
        }
        raw.update(sort=params["sort"], **({"in_season": "1"} if params["in_season"] else {}))
        query = CatalogueQuery.from_params(raw, products=_public_products(), today=today, scope="api")
        facets = query.facets()
        count = query.counts.total
        size, page = params["page_size"], params["page"]
        start = (page - 1) * size
        return Response(
            {
                "count": count,
                "page": page,
                "page_size": size,
                "num_pages": max(1, -(-count // size)),
                "results": [
                    card
                    for _pk, card in rendered_per_page(
                        request,
                        [query.shown(start=start, stop=start + size)],
                        kind="api-card",
                        render=lambda request, product: _card(product, request, today),
                    )[0]
                ],
                "facets": {
                    name: [vars(option) for option in options] if isinstance(options, list) else vars(options)
                    for name, options in facets.items()
                },
            }
        )


class ProductDetailView(ApiView):
    @extend_schema(
        tags=["catalogue"],
        operation_id="catalogue_product",
        parameters=[LANG_PARAMETER],
        responses={200: ProductDetailSerializer, **ERRORS_READ},
        description="A live product with its variants (price, stock status), gallery and certificate.",
    )
    def get(self, request, product_id):
        product = _public_products().with_cheapest_price().select_related("producer").filter(pk=product_id).first()
        if product is None:
            raise not_found()
        today = timezone.localdate()
        facts = storefront_api.ProductFactsField().to_representation(product)
        return Response(
            {
                **_card(product, request, today),
                "description": product.description,
                "origin": product.origin,
                "certificate_state": facts["certificate_state"],
                "season_months": facts["season_months"],
                "in_season": facts["in_season"],
                "variants": storefront_api.VariantsField().to_representation(product.variants),
                "gallery": api_fields.GalleryField().to_representation(product.gallery_images),
                "translation": api_fields.TranslationField().to_representation(product),
            }
        )
