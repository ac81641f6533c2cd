from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from storefront.models import AddressKind


class CustomerProfile(models.Model):
    """What a customer tells us beyond their email (allauth keeps that, verified or not)."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="customer_profile")
    name = models.CharField(_("full name"), max_length=120, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES, blank=True)
    # Separate from every other consent and off until the customer ticks it (decree 13/2023, GDPR art. 7).
    marketing_consent = models.BooleanField(_("marketing emails"), default=False)
    marketing_consent_at = models.DateTimeField(_("marketing consent given"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("customer profile")
        verbose_name_plural = _("customer profiles")

    def __str__(self):
        return self.user.email or str(self.user)


class SavedAddress(models.Model):
    """A delivery address the customer keeps: the same fields an order's address has."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_addresses")
    name = models.CharField(_("name"), max_length=120)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    address_kind = models.CharField(
        _("address"), max_length=20, choices=AddressKind.choices, default=AddressKind.VIETNAM
    )
    street = models.CharField(_("street, house number or hamlet"), max_length=200, blank=True)
    commune = models.CharField(_("commune or ward"), max_length=120, blank=True)
    province = models.CharField(_("province or city"), max_length=80, blank=True)
    country = models.CharField(_("country"), max_length=80, blank=True)
    address_lines = models.TextField(_("address lines"), blank=True)
    postcode = models.CharField(_("postcode"), max_length=20, blank=True)
    is_default = models.BooleanField(_("default address"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("saved address")
        verbose_name_plural = _("saved addresses")
        ordering = ["-is_default", "-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user"], condition=models.Q(is_default=True), name="customers_one_default_address"
            ),
        ]

    def __str__(self):
        return ", ".join(part for part in self.summary_parts() if part)

    def summary_parts(self):
        if self.address_kind == AddressKind.INTERNATIONAL:
            return [self.name, self.address_lines.replace("\n", ", "), self.postcode, self.country]
        return [self.name, self.street, self.commune, self.province, self.postcode]
