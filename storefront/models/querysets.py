from django.db.models import Case, F, Max, Min, OuterRef, PositiveSmallIntegerField, Prefetch, Subquery, When
from wagtail.models import PageManager
from wagtail.query import PageQuerySet

from storefront.seasons import in_season_condition


class ProductPageQuerySet(PageQuerySet):
    def with_cheapest_price(self):
        """Annotate `cheapest_price`, the lowest variant price, as a subquery.

        A subquery rather than a joined Min() keeps GROUP BY out of the outer query, so the
        catalogue can still count by group, stars and producer on the filtered queryset.
        """
        from storefront.models.products import ProductVariant  # products.py imports this module

        cheapest = (
            ProductVariant.objects.filter(product=OuterRef("pk"))
            .order_by()  # Orderable's default ordering would split the GROUP BY into one row per variant
            .values("product")
            .annotate(cheapest=Min("price_vnd"))
            .values("cheapest")
        )
        return self.annotate(cheapest_price=Subquery(cheapest))

    def with_most_in_stock(self):
        """Annotate `most_in_stock`, the units of its best-stocked variant, for the card's stock badge.

        The most, not the sum: the card then changes state exactly when some variant's label does
        (pagecache.invalidation); "in stock" means at least one pack is."""
        from storefront.models.stock import StockLevel  # products.py imports this module

        total = (
            StockLevel.objects.filter(variant__product=OuterRef("pk"))
            .order_by()
            .values("variant__product")
            .annotate(most=Max("quantity"))
            .values("most")
        )
        return self.annotate(most_in_stock=Subquery(total))

    def with_current_stars(self, *, today):
        """Annotate `current_stars`: the OCOP stars while the certificate is valid, else None.

        A lapsed certificate must never pass for a current one in filters, counts or sorting.
        """
        return self.annotate(
            current_stars=Case(
                When(certificate_valid_until__gte=today, then=F("ocop_stars")),
                default=None,
                output_field=PositiveSmallIntegerField(),
            )
        )

    def in_season(self, *, month):
        return self.filter(in_season_condition(month))

    def for_cards(self):
        """What a product card reads (price, stock badge, pictures with their image), in two queries however many products."""
        from storefront.models.products import ProductImage  # products.py imports this module

        pictures = ProductImage.objects.order_by("sort_order").select_related("image")
        return (
            self.with_cheapest_price()
            .with_most_in_stock()
            .select_related("producer")
            .prefetch_related(Prefetch("gallery_images", queryset=pictures, to_attr="card_images"))
        )


ProductPageManager = PageManager.from_queryset(ProductPageQuerySet)
