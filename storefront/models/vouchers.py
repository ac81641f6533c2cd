"""Voucher codes and their redemptions; the rules that apply them are in storefront.vouchers."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.cache_policy import CachePolicy


class VoucherKind(models.TextChoices):
    AMOUNT = "amount", _("An amount off")
    PERCENT = "percent", _("A percentage off")


class VoucherScope(models.TextChoices):
    ORDER = "order", _("The whole order")
    PRODUCT = "product", _("One product")
    PRODUCER = "producer", _("One producer's products")


class Voucher(models.Model):
    cache_policy = CachePolicy.TRANSACTIONAL

    code = models.CharField(_("code"), max_length=40, unique=True)
    description = models.CharField(_("description"), max_length=200, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=VoucherKind.choices, default=VoucherKind.AMOUNT)
    amount_vnd = models.PositiveBigIntegerField(_("amount off (VND)"), null=True, blank=True)
    percent = models.PositiveSmallIntegerField(_("percentage off"), null=True, blank=True)
    scope = models.CharField(_("applies to"), max_length=20, choices=VoucherScope.choices, default=VoucherScope.ORDER)
    product = models.ForeignKey(
        "storefront.ProductPage", null=True, blank=True, on_delete=models.CASCADE, related_name="vouchers"
    )
    producer = models.ForeignKey(
        "storefront.ProducerPage", null=True, blank=True, on_delete=models.CASCADE, related_name="vouchers"
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"), null=True, blank=True)
    max_uses = models.PositiveIntegerField(_("uses in total"), null=True, blank=True)
    per_customer_limit = models.PositiveIntegerField(_("uses per customer"), default=1)
    used_count = models.PositiveIntegerField(_("used"), default=0, editable=False)
    active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("voucher")
        verbose_name_plural = _("vouchers")
        ordering = ["-starts_at", "code"]

    def __str__(self):
        return self.code


class VoucherRedemption(models.Model):
    """A voucher used by an order; released (not deleted) when the order is cancelled before payment."""

    cache_policy = CachePolicy.TRANSACTIONAL

    voucher = models.ForeignKey(Voucher, on_delete=models.PROTECT, related_name="redemptions")
    order = models.ForeignKey("storefront.Order", on_delete=models.CASCADE, related_name="voucher_redemptions")
    email = models.EmailField(_("email"))
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    amount_vnd = models.PositiveBigIntegerField(_("discount (VND)"))
    created_at = models.DateTimeField(auto_now_add=True)
    released_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("voucher use")
        verbose_name_plural = _("voucher uses")
        constraints = [models.UniqueConstraint(fields=["voucher", "order"], name="storefront_voucher_once_per_order")]
