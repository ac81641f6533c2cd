import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.cache_policy import CachePolicy
from storefront.models.delivery import DeliveryZone


class OrderStatus(models.TextChoices):
    PENDING = "pending", _("Awaiting payment")
    PAID = "paid", _("Paid")
    FULFILLED = "fulfilled", _("Packed")
    SHIPPED = "shipped", _("Shipped")
    CANCELLED = "cancelled", _("Cancelled")
    PARTIALLY_REFUNDED = "partially_refunded", _("Partially refunded")
    REFUNDED = "refunded", _("Refunded")


class AttentionReason(models.TextChoices):
    """Why an order waits for staff (Orders → filter "needs attention")."""

    PAYMENT_MISMATCH = "payment_mismatch", _("Paid amount or currency did not match the order: refunded automatically")
    REFUND_FAILED = (
        "refund_failed",
        _("A refund the payment provider had accepted failed: the buyer has not been paid back"),
    )


class DeliveryMethod(models.TextChoices):
    DELIVERY = "delivery", _("Delivery")
    PICKUP = "pickup", _("Pickup in Cao Bằng (free)")
    NONE = "none", _("Nothing to deliver")


class AddressKind(models.TextChoices):
    VIETNAM = "vietnam", _("Vietnam")
    INTERNATIONAL = "international", _("Another country")


class LineKind(models.TextChoices):
    PRODUCT = "product", _("Product")
    BOOKING = "booking", _("Booking")


def new_order_token():
    return secrets.token_urlsafe(24)


class Order(models.Model):
    cache_policy = CachePolicy.TRANSACTIONAL

    number = models.CharField(_("order number"), max_length=20, unique=True)
    # The buyer's secret link to the order page: 192 random bits, never derived from the number.
    token = models.CharField(max_length=40, unique=True, default=new_order_token, editable=False)
    status = models.CharField(_("status"), max_length=20, choices=OrderStatus.choices, default=OrderStatus.PENDING)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    cart = models.ForeignKey("storefront.Cart", null=True, blank=True, on_delete=models.SET_NULL, related_name="orders")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="orders"
    )
    # What the buyer pays for: checkout reuses this order (and its payment) while it matches the cart.
    fingerprint = models.CharField(max_length=64, editable=False)
    # Orders point at carts and users, never at content an editor could delete: keeping Wagtail's
    # "usage" index for them cost every checkout two queries and an insert.
    wagtail_reference_index_ignore = True

    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("email"))
    phone = models.CharField(_("phone"), max_length=40)

    delivery_method = models.CharField(_("delivery method"), max_length=20, choices=DeliveryMethod.choices)
    address_kind = models.CharField(_("address"), max_length=20, choices=AddressKind.choices, blank=True)
    street = models.CharField(_("street, house number or hamlet"), max_length=200, blank=True)
    commune = models.CharField(_("commune or ward"), max_length=120, blank=True)
    province = models.CharField(_("province or city"), max_length=80, blank=True)
    country = models.CharField(_("country"), max_length=80, blank=True)
    address_lines = models.TextField(_("address lines"), blank=True)
    postcode = models.CharField(_("postcode"), max_length=20, blank=True)
    delivery_zone = models.CharField(_("delivery zone"), max_length=20, choices=DeliveryZone.choices, blank=True)

    subtotal_vnd = models.PositiveBigIntegerField(_("subtotal (VND)"))
    delivery_fee_vnd = models.PositiveBigIntegerField(_("delivery fee (VND)"), default=0)
    total_vnd = models.PositiveBigIntegerField(_("total (VND)"))
    refunded_vnd = models.PositiveBigIntegerField(_("refunded (VND)"), default=0)

    # The gateway (core.payments) that takes this order's payment, and its id for the payment.
    payment_provider = models.CharField(_("payment provider"), max_length=20, default="stripe")
    provider_payment_id = models.CharField(_("provider's payment id"), max_length=64, null=True, blank=True)
    hold_expires_at = models.DateTimeField(_("stock held until"), null=True, blank=True)
    last_payment_error = models.CharField(max_length=255, blank=True)
    tracking_number = models.CharField(_("tracking number"), max_length=80, blank=True)
    carrier = models.CharField(_("carrier"), max_length=80, blank=True)
    tracking_url = models.URLField(_("tracking link"), blank=True)
    # A voucher's discount (storefront.models.vouchers), spread over the lines it applies to.
    discount_vnd = models.PositiveBigIntegerField(_("discount (VND)"), default=0)
    voucher_code = models.CharField(_("voucher code"), max_length=40, blank=True)
    # The version of the terms of sale the buyer accepted at checkout, and when.
    terms_version = models.CharField(_("terms of sale accepted"), max_length=40, blank=True)
    terms_accepted_at = models.DateTimeField(_("terms accepted"), null=True, blank=True)
    # Set when the buyer's personal data was erased; amounts, dates and the number stay for the accounts.
    anonymised_at = models.DateTimeField(_("personal data erased"), null=True, blank=True)
    # Set by what staff must look at (e.g. a payment that did not match); cleared by staff in the admin.
    needs_attention = models.BooleanField(_("needs attention"), default=False, db_index=True)
    attention_reason = models.CharField(
        _("attention reason"), max_length=40, choices=AttentionReason.choices, blank=True
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True, db_index=True)
    paid_at = models.DateTimeField(_("paid"), null=True, blank=True)
    # Set atomically by the one call that sends each email, so each goes out exactly once.
    confirmation_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    refund_notice_sent_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("order")
        verbose_name_plural = _("orders")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["payment_provider", "provider_payment_id"], name="storefront_order_provider_payment_unique"
            ),
        ]

    def __str__(self):
        return self.number

    @property
    def is_pending(self):
        return self.status == OrderStatus.PENDING


class OrderLine(models.Model):
    """A product or a booking as bought: description, label and price are copies, not links."""

    cache_policy = CachePolicy.TRANSACTIONAL

    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="lines")
    kind = models.CharField(_("kind"), max_length=20, choices=LineKind.choices)
    source = models.CharField(max_length=32)
    reference = models.CharField(max_length=64)
    variant = models.ForeignKey(
        "storefront.ProductVariant", null=True, blank=True, on_delete=models.SET_NULL, related_name="order_lines"
    )
    producer = models.ForeignKey(
        "storefront.ProducerPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="order_lines"
    )
    description = models.CharField(_("description"), max_length=255)
    label = models.CharField(_("label"), max_length=120, blank=True)
    sku = models.CharField(_("SKU"), max_length=64, blank=True)
    unit_price_vnd = models.PositiveBigIntegerField(_("unit price (VND)"))
    quantity = models.PositiveIntegerField(_("quantity"))
    weight_grams = models.PositiveIntegerField(default=0)
    # This line's share of the order's voucher discount: what was paid for it is total_vnd - discount_vnd.
    discount_vnd = models.PositiveBigIntegerField(_("discount (VND)"), default=0)
    refunded_quantity = models.PositiveIntegerField(_("refunded quantity"), default=0)
    restocked_quantity = models.PositiveIntegerField(_("restocked quantity"), default=0)

    class Meta:
        verbose_name = _("order line")
        verbose_name_plural = _("order lines")
        ordering = ["pk"]

    @property
    def total_vnd(self):
        return self.unit_price_vnd * self.quantity


class OrderStatusChange(models.Model):
    cache_policy = CachePolicy.TRANSACTIONAL

    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="status_changes")
    from_status = models.CharField(max_length=20, choices=OrderStatus.choices, blank=True)
    to_status = models.CharField(max_length=20, choices=OrderStatus.choices)
    note = models.CharField(max_length=255, blank=True)
    changed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["changed_at", "pk"]
