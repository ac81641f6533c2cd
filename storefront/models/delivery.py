from django.db import models
from django.utils.translation import gettext_lazy as _

from core.cache_policy import CachePolicy


class DeliveryZone(models.TextChoices):
    CAO_BANG = "cao_bang", _("Within Cao Bằng province")
    VIETNAM = "vietnam", _("Elsewhere in Vietnam")
    INTERNATIONAL = "international", _("International")


class DeliveryRate(models.Model):
    """A fee for parcels up to a weight in a zone; the cheapest rate that fits the parcel applies."""

    cache_policy = CachePolicy.CONTENT  # shipping costs shown on product pages

    zone = models.CharField(_("zone"), max_length=20, choices=DeliveryZone.choices)
    max_weight_grams = models.PositiveIntegerField(_("up to weight (g)"))
    fee_vnd = models.PositiveIntegerField(_("fee (VND)"))

    class Meta:
        verbose_name = _("delivery rate")
        verbose_name_plural = _("delivery rates")
        ordering = ["zone", "max_weight_grams"]
        constraints = [models.UniqueConstraint(fields=["zone", "max_weight_grams"], name="unique_delivery_rate")]

    def __str__(self):
        return f"{self.get_zone_display()} ≤ {self.max_weight_grams} g: {self.fee_vnd} ₫"
