"""The money trail: every payment, refund and webhook event, each with its provider and the provider's id.

The provider is a gateway name (core.payments, settings.PAYMENT_GATEWAYS): "stripe" for every row
made before there was a second one. Amounts are in the currency's minor unit (whole đồng for VND).
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.cache_policy import CachePolicy


class Payment(models.Model):
    cache_policy = CachePolicy.TRANSACTIONAL

    order = models.ForeignKey("storefront.Order", on_delete=models.PROTECT, related_name="payments")
    provider = models.CharField(_("payment provider"), max_length=20, default="stripe")
    provider_payment_id = models.CharField(_("provider's payment id"), max_length=64)
    amount = models.PositiveBigIntegerField(_("amount"))
    currency = models.CharField(_("currency"), max_length=3)
    status = models.CharField(_("provider's status"), max_length=40)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("payment")
        verbose_name_plural = _("payments")
        constraints = [
            models.UniqueConstraint(
                fields=["provider", "provider_payment_id"], name="storefront_payment_provider_id_unique"
            ),
        ]


class RefundStatus(models.TextChoices):
    REQUESTED = "requested", _("Requested")
    SUCCEEDED = "succeeded", _("Refunded")
    FAILED = "failed", _("Failed")


class Refund(models.Model):
    """One row per refund request: its key is the gateway's idempotency key, so a repeat never refunds twice.

    `amount` is in the minor unit of `currency` (whole đồng for VND). A requested or succeeded row
    counts against what is left to refund; a failed one does not.
    """

    cache_policy = CachePolicy.TRANSACTIONAL

    order = models.ForeignKey("storefront.Order", on_delete=models.PROTECT, related_name="refunds")
    request_key = models.CharField(max_length=64, unique=True)
    amount = models.PositiveBigIntegerField(_("amount"))
    currency = models.CharField(max_length=3, default="vnd")
    reason = models.CharField(_("reason"), max_length=255, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=RefundStatus.choices, default=RefundStatus.REQUESTED)
    provider = models.CharField(_("payment provider"), max_length=20, default="stripe")
    provider_refund_id = models.CharField(_("provider's refund id"), max_length=64, null=True, blank=True)
    failure_message = models.CharField(_("failure"), max_length=255, blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("refund")
        verbose_name_plural = _("refunds")
        constraints = [
            models.UniqueConstraint(
                fields=["provider", "provider_refund_id"], name="storefront_refund_provider_id_unique"
            ),
        ]

    @staticmethod
    def new_request_key():
        return uuid.uuid4().hex


class RefundLine(models.Model):
    """What a refund gives back for one order line: a quantity, its amount, and whether it goes back into stock."""

    cache_policy = CachePolicy.TRANSACTIONAL

    refund = models.ForeignKey(Refund, on_delete=models.CASCADE, related_name="lines")
    line = models.ForeignKey("storefront.OrderLine", on_delete=models.PROTECT, related_name="refund_lines")
    quantity = models.PositiveIntegerField(_("quantity"), default=0)
    amount = models.PositiveBigIntegerField(_("amount"))
    restock = models.BooleanField(_("back into stock"), default=False)

    class Meta:
        verbose_name = _("refunded line")
        verbose_name_plural = _("refunded lines")


class PaymentEvent(models.Model):
    """Each webhook event once: the unique (provider, event id) makes a second delivery wait for, then see, the first."""

    cache_policy = CachePolicy.TRANSACTIONAL

    provider = models.CharField(_("payment provider"), max_length=20, default="stripe")
    event_id = models.CharField(max_length=64)
    type = models.CharField(max_length=80)
    provider_payment_id = models.CharField(max_length=64, blank=True, db_index=True)
    order = models.ForeignKey(
        "storefront.Order", null=True, blank=True, on_delete=models.SET_NULL, related_name="payment_events"
    )
    outcome = models.CharField(max_length=120, blank=True)
    received_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("payment event")
        verbose_name_plural = _("payment events")
        constraints = [
            models.UniqueConstraint(fields=["provider", "event_id"], name="storefront_paymentevent_provider_id_unique")
        ]
