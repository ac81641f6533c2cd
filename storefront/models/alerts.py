from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.cache_policy import CachePolicy


class BackInSeasonAlert(models.Model):
    """A visitor asked to be emailed, in their language, when a fresh product's season opens again."""

    cache_policy = CachePolicy.TRANSACTIONAL

    product = models.ForeignKey("storefront.ProductPage", on_delete=models.CASCADE, related_name="season_alerts")
    email = models.EmailField(_("email"))
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    notified_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("back-in-season alert")
        verbose_name_plural = _("back-in-season alerts")
        constraints = [
            models.UniqueConstraint(
                fields=["product", "email"],
                condition=models.Q(notified_at__isnull=True),
                name="storefront_one_waiting_alert_per_email",
            )
        ]
