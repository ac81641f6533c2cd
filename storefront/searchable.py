"""Products and producers in site search (registered with sitesearch.registry)."""
from django.db.models import Prefetch
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from sitesearch.indexing import describe_in_languages
from sitesearch.registry import Description, Facets, Localised, SearchableType, register
from storefront.models import ProducerPage, ProductPage, ProductVariant


def _products():
    return (
        ProductPage.objects.live().public().with_cheapest_price().select_related("producer")
        .prefetch_related(Prefetch("variants", queryset=ProductVariant.objects.select_related("stock")))
    )


def _describe_product(product):
    def localised(page):
        summary = page.summary or ""
        description = strip_tags(page.description or "")
        return Localised(
            title=page.title, url=page.get_url() or "",
            body=" ".join([summary, description, page.producer.title, page.origin or "", page.protection_name]),
            snippet=summary or description,
        )

    return Description(
        facets=Facets(
            ocop_group=product.ocop_group, stars=product.ocop_stars, stars_valid_until=product.certificate_valid_until,
            producer_id=product.producer_id, village_id=product.producer.craft_village_id,
            price=product.cheapest_price, season_mask=product.season_mask,
            in_stock=any(variant.quantity > 0 for variant in product.variants.all()),
            published_at=product.first_published_at,
        ),
        languages=describe_in_languages(product, localised),
    )


def _describe_producer(producer):
    def localised(page):
        story = strip_tags(page.story or "")
        return Localised(
            title=page.title, url=page.get_url() or "",
            body=" ".join([page.commune, page.historic_address, page.ethnic_community or "", story]),
            snippet=story or page.commune,
        )

    return Description(
        facets=Facets(producer_id=producer.pk, village_id=producer.craft_village_id, published_at=producer.first_published_at),
        languages=describe_in_languages(producer, localised),
    )


register(SearchableType(key="product", label=_("Products"), model=ProductPage, queryset=_products, describe=_describe_product))
register(
    SearchableType(
        key="producer", label=_("Producers"), model=ProducerPage,
        queryset=lambda: ProducerPage.objects.live().public(), describe=_describe_producer,
        # Product documents carry the producer's name and village.
        dependents=lambda producer: [("product", pk) for pk in producer.products.values_list("pk", flat=True)],
    )
)
