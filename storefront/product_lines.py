"""The built-in line source: product variants, held in StockLevel (storefront.inventory)."""

from django.utils import timezone
from django.utils.translation import gettext

from storefront import inventory
from storefront.line_sources import PricedLine, register_line_source
from storefront.models import LineKind, ProductPage, ProductVariant
from storefront.seasons import MONTH_NAMES, season_status

SOURCE = "product"


class ProductLineSource:
    name = SOURCE

    def price_lines(self, *, lines, holders=()):
        ids = {int(line.reference) for line in lines if line.reference.isdigit()}
        # Live and public only: a private (password or login) product is not for sale to whoever
        # guesses a variant id.
        sellable = ProductPage.objects.live().public().values("pk")
        variants = {
            variant.pk: variant
            for variant in ProductVariant.objects.filter(pk__in=ids, product__in=sellable).select_related("product")
        }
        available = inventory.available_quantities(variant_ids=variants, held_by=holders)
        today = timezone.localdate()  # TIME_ZONE: Cao Bằng's day
        priced = []
        for line in lines:
            variant = variants.get(int(line.reference)) if line.reference.isdigit() else None
            if variant is None:
                continue  # gone or unpublished: the cart drops it
            closed = season_closed_message(product=variant.product, today=today)
            priced.append(
                PricedLine(
                    source=SOURCE,
                    reference=line.reference,
                    kind=LineKind.PRODUCT,
                    description=variant.product.title,
                    label=variant.label,
                    sku=variant.sku,
                    unit_price_vnd=variant.price_vnd,
                    quantity=line.quantity,
                    available=0 if closed else available.get(variant.pk, 0),
                    weight_grams=variant.weight_grams or 0,
                    variant_id=variant.pk,
                    producer_id=variant.product.producer_id,
                    url=variant.product.url or "",
                    unavailable_message=closed,
                )
            )
        return priced

    def hold_lines(self, *, order, lines, expires_at):
        inventory.hold_stock(order=order, quantities=_quantities(lines), expires_at=expires_at)

    def release_lines(self, *, order):
        inventory.release_order_holds(order=order)

    def confirm_lines(self, *, order):
        lines = order.lines.filter(source=SOURCE)
        return inventory.confirm_order_holds(order=order, quantities=_quantities(lines))


def season_closed_message(*, product, today) -> str:
    """The buyer's sentence when `product`'s season is closed on `today` (stock or not), else ""."""
    status = season_status(season_mask=product.season_mask, today=today)
    if status is None or status.sellable:
        return ""
    return gettext("%(item)s is out of season and cannot be ordered now. It is back in %(month)s.") % {
        "item": product.title,
        "month": MONTH_NAMES[status.back_in_month],
    }


def _quantities(lines):
    quantities = {}
    for line in lines:
        if line.variant_id is not None:
            quantities[line.variant_id] = quantities.get(line.variant_id, 0) + line.quantity
    return quantities


register_line_source(ProductLineSource())
