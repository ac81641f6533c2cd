from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _

from core.cache_policy import CachePolicy
from storefront.models.products import ProductVariant


class StockLevel(models.Model):
    """How many of a variant can be sold.

    Why not a field on ProductVariant: variants are inline children of the product page, and
    Wagtail re-saves them from the revision's JSON on every publish, which would write back a
    stale quantity. This row is edited only through its snippet listing (and, with the checkout
    issue, locked with select_for_update() while an order reserves it).
    """

    cache_policy = CachePolicy.NAMED_PAGES  # only its product's page shows it

    variant = models.OneToOneField(
        ProductVariant, verbose_name=_("variant"), on_delete=models.CASCADE, related_name="stock"
    )
    quantity = models.PositiveIntegerField(_("quantity in stock"), default=0)

    class Meta:
        verbose_name = _("stock level")
        verbose_name_plural = _("stock levels")
        ordering = ["variant__sku"]

    def __str__(self):
        return f"{self.variant.sku}: {self.quantity}"

    def cached_page_ids(self):
        """The pages that show this stock (CachePolicy.NAMED_PAGES): its product's."""
        return [self.variant.product_id]


@receiver(post_save, sender=ProductVariant)
def create_stock_level(sender, instance, created, raw=False, **kwargs):
    """Every variant gets a stock row (at 0), so the stock listing shows every variant."""
    if created and not raw:
        StockLevel.objects.get_or_create(variant=instance)


class StockHold(models.Model):
    """Units taken off StockLevel.quantity for one order while it is paid for.

    Releasing puts them back; confirming (the order is paid) makes the sale final.
    """

    cache_policy = CachePolicy.TRANSACTIONAL

    order = models.ForeignKey("storefront.Order", on_delete=models.CASCADE, related_name="stock_holds")
    variant = models.ForeignKey(ProductVariant, on_delete=models.CASCADE, related_name="holds")
    quantity = models.PositiveIntegerField()
    expires_at = models.DateTimeField(db_index=True)
    released_at = models.DateTimeField(null=True, blank=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["released_at", "confirmed_at", "expires_at"], name="stockhold_active_idx")]
