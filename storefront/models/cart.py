import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.cache_policy import CachePolicy


class Cart(models.Model):
    """One per visitor: found through the session (anonymous) or the user (logged in)."""

    cache_policy = CachePolicy.TRANSACTIONAL

    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="cart",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("cart")
        verbose_name_plural = _("carts")


class CartLine(models.Model):
    """A line points at what a line source sells: `source` names the source, `reference` the thing.

    Products use source "product" and the variant's pk; the tourism app adds its own sources.
    """

    cache_policy = CachePolicy.TRANSACTIONAL

    cart = models.ForeignKey(Cart, on_delete=models.CASCADE, related_name="lines")
    source = models.CharField(max_length=32)
    reference = models.CharField(max_length=64)
    quantity = models.PositiveIntegerField()
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["cart", "source", "reference"], name="unique_cart_line")]
        ordering = ["added_at", "pk"]
