"""Products and producers in site search, and the facets they declare (see core.searchable).

The village and price facets are shared with tourism's types (tourism imports them from here):
a producer sits in a craft village, so storefront reads villages' names through that link.
"""

from django.db.models import Prefetch
from django.utils.html import strip_tags
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from core import memo
from core.searchable import (
    MONTH,
    RANGE,
    Bucket,
    Description,
    Facet,
    Localised,
    Reindex,
    SearchableType,
    describe_in_languages,
)
from storefront.catalogue import producer_names
from storefront.models import ProducerPage, ProductPage, ProductVariant, StockLevel
from storefront.models.choices import OcopGroup, OcopStars

# What a result shows under its title: the price ("From …", sold out) and current OCOP stars.
HIT_TEMPLATE = "storefront/includes/search_hit.html"


def village_names():
    """Every craft village's name in the reader's language, by id, kept in this process under the
    content token (modeltranslation's values_list keeps the language fallbacks)."""
    villages = ProducerPage._meta.get_field("craft_village").related_model
    return memo.memoised(
        f"search:village_names:{get_language()}", lambda: dict(villages.objects.values_list("pk", "title"))
    )


GROUP = Facet(
    "group",
    _("OCOP group"),
    choices=lambda: OcopGroup.choices,
    invalid=_("That OCOP group does not exist; showing all groups."),
)
STARS = Facet(
    "stars",
    _("OCOP stars"),
    value_type=int,
    choices=lambda: OcopStars.choices,
    valid_until="stars_valid_until",  # stars count only while the certificate is valid
    invalid=_("OCOP stars go from 3 to 5; showing all star levels."),
)
PRODUCER = Facet(
    "producer",
    _("Producer"),
    value_type=int,
    names=producer_names,
    invalid=_("That producer does not exist; showing all producers."),
)
VILLAGE = Facet(
    "village",
    _("Craft village"),
    value_type=int,
    names=village_names,
    invalid=_("That village does not exist; showing all villages."),
)
PRICE = Facet(  # VND, the cheapest option
    "price",
    _("Price"),
    kind=RANGE,
    buckets=(
        Bucket("under-100000", _("Under 100,000 ₫"), None, 100_000),
        Bucket("100000-300000", _("From 100,000 to 300,000 ₫"), 100_000, 300_000),
        Bucket("300000-1000000", _("From 300,000 to 1,000,000 ₫"), 300_000, 1_000_000),
        Bucket("over-1000000", _("Over 1,000,000 ₫"), 1_000_000, None),
    ),
    invalid=_("That price range does not exist; showing all prices."),
)
IN_SEASON = Facet("in_season", _("Season"), kind=MONTH, option_label=_("In season now"))  # storefront.seasons' mask


def _products():
    return (
        ProductPage.objects.live()
        .public()
        .with_cheapest_price()
        .select_related("producer")
        .prefetch_related(Prefetch("variants", queryset=ProductVariant.objects.select_related("stock")))
    )


def _describe_product(product):
    def localised(page):
        summary = page.summary or ""
        description = strip_tags(page.description or "")
        return Localised(
            title=page.title,
            url=page.get_url() or "",
            body=" ".join([summary, description, page.producer.title, page.origin or "", page.protection_name]),
            snippet=summary or description,
        )

    return Description(
        values={
            "group": product.ocop_group,
            "stars": product.ocop_stars,
            "stars_valid_until": product.certificate_valid_until,
            "producer": product.producer_id,
            "village": product.producer.craft_village_id,
            "price": product.cheapest_price,
            "in_season": product.season_mask,
            "in_stock": any(variant.quantity > 0 for variant in product.variants.all()),
        },
        published_at=product.first_published_at,
        languages=describe_in_languages(product, localised),
    )


def _describe_producer(producer):
    def localised(page):
        story = strip_tags(page.story or "")
        return Localised(
            title=page.title,
            url=page.get_url() or "",
            body=" ".join([page.commune, page.historic_address, page.ethnic_community or "", story]),
            snippet=story or page.commune,
        )

    return Description(
        values={"producer": producer.pk, "village": producer.craft_village_id},
        published_at=producer.first_published_at,
        languages=describe_in_languages(producer, localised),
    )


def _products_of_stock(stock):
    return ProductVariant.objects.filter(pk=stock.variant_id).values_list("product_id", flat=True)


types = (
    SearchableType(
        key="product",
        label=_("Products"),
        model=ProductPage,
        queryset=_products,
        describe=_describe_product,
        facets=(GROUP, STARS, PRODUCER, VILLAGE, PRICE, IN_SEASON),
        # A product's cheapest price and "sold out" come from its variants and their stock.
        reindexed_by=(
            Reindex(ProductVariant, lambda variant: [variant.product_id]),
            Reindex(StockLevel, _products_of_stock, on_delete=False),
        ),
        hit_template=HIT_TEMPLATE,
    ),
    SearchableType(
        key="producer",
        label=_("Producers"),
        model=ProducerPage,
        queryset=lambda: ProducerPage.objects.live().public(),
        describe=_describe_producer,
        facets=(PRODUCER, VILLAGE),
        # Product documents carry the producer's name and village.
        dependents=lambda producer: [("product", pk) for pk in producer.products.values_list("pk", flat=True)],
    ),
)
