"""The storefront's own API fields: prices, stock (storefront.inventory) and seasons, as the pages show them."""

from django.utils import timezone
from rest_framework import serializers

from storefront.inventory import available_quantities, stock_status
from storefront.seasons import month_bit, months_from_mask, season_status


class VariantsField(serializers.Field):
    """A product's variants with their price and stock status (storefront.inventory)."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, manager):
        variants = list(manager.order_by("sort_order", "pk"))
        available = available_quantities(variant_ids=[v.pk for v in variants])
        product = getattr(manager, "instance", None)
        season = season_status(season_mask=product.season_mask, today=timezone.localdate()) if product else None
        closed = season is not None and not season.sellable  # nothing is sold in a closed season
        rows = []
        for variant in variants:
            status = stock_status(quantity=0 if closed else available.get(variant.pk, 0))
            rows.append(
                {
                    "id": variant.pk,
                    "sku": variant.sku,
                    "label": variant.label,
                    "price_vnd": variant.price_vnd,
                    "weight_grams": variant.weight_grams,
                    "stock_status": str(status.state),
                    "stock_label": str(season.closed_label if closed else status.label),
                    "available": status.quantity,
                }
            )
        return rows


class ProductFactsField(serializers.Field):
    """Cheapest price, current OCOP stars (none once the certificate lapsed) and the season's months."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, product):
        today = timezone.localdate()
        prices = [v.price_vnd for v in product.variants.all()]
        certificate = product.certificate_state_on(today)
        season = season_status(season_mask=product.season_mask, today=today)
        return {
            "price_from_vnd": min(prices, default=None),
            "certificate_state": str(certificate) if certificate else None,
            "current_stars": product.ocop_stars if certificate == "current" else None,
            "season_months": months_from_mask(product.season_mask),
            "season_state": str(season.state) if season else None,
            "in_season": bool(product.season_mask & month_bit(today.month)),
        }


class MarketplaceLinksField(serializers.Field):
    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, manager):
        return [{"marketplace": link.marketplace, "url": link.url} for link in manager.order_by("sort_order")]
