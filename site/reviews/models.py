from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.cache_policy import CachePolicy


class ReviewStatus(models.TextChoices):
    PENDING = "pending", _("Awaiting moderation")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


class Review(models.Model):
    """A buyer's or traveller's rating and words about a product or an experience they paid for.

    `page` is the reviewed ProductPage or ExperiencePage (one foreign key, checked by reviews.rules):
    the pages ask for "the reviews of this page" whatever their type, and one constraint says
    "once per buyer". The order line (and, for an experience, the booking) is the proof of purchase.
    """

    # Shown on the reviewed page, and (through the content token) on the cards and listings that
    # may show its rating: an approval is rare, so the simple, always-right policy.
    cache_policy = CachePolicy.CONTENT | CachePolicy.NAMED_PAGES

    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("product or experience"), on_delete=models.CASCADE, related_name="reviews"
    )
    order_line = models.ForeignKey(
        "storefront.OrderLine",
        verbose_name=_("order line"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reviews",
    )
    booking = models.ForeignKey(
        "tourism.Booking",
        verbose_name=_("booking"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reviews",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("customer account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reviews",
    )
    # The buyer, by the order's email (lower case): "once per buyer" holds for guests too.
    author_email = models.EmailField(_("email"))
    author_name = models.CharField(_("name shown"), max_length=80)
    rating = models.PositiveSmallIntegerField(_("rating"), validators=[MinValueValidator(1), MaxValueValidator(5)])
    title = models.CharField(_("title"), max_length=120)
    body = models.TextField(_("review"), max_length=4000)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    status = models.CharField(
        _("status"), max_length=10, choices=ReviewStatus.choices, default=ReviewStatus.PENDING, db_index=True
    )
    created_at = models.DateTimeField(_("written"), auto_now_add=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("moderated by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    moderated_at = models.DateTimeField(_("moderated"), null=True, blank=True)

    class Meta:
        verbose_name = _("review")
        verbose_name_plural = _("reviews")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["page", "author_email"], name="reviews_once_per_buyer_email"),
            models.UniqueConstraint(
                fields=["page", "user"], condition=models.Q(user__isnull=False), name="reviews_once_per_account"
            ),
            models.CheckConstraint(condition=models.Q(rating__gte=1, rating__lte=5), name="reviews_rating_1_to_5"),
        ]

    def __str__(self):
        return f"{self.title} ({self.rating}/5)"

    def cached_page_ids(self):
        """The page that shows this review (CachePolicy.NAMED_PAGES): its own tag and CDN copies."""
        return [self.page_id]


class ReviewInvitation(models.Model):
    """The one email inviting an order's buyer to review what they received or took part in.

    The row is the claim: one per order (unique), written before the email is sent and removed
    again if sending fails, so of any number of daily runs exactly one sends it."""

    order = models.OneToOneField(
        "storefront.Order", verbose_name=_("order"), on_delete=models.CASCADE, related_name="review_invitation"
    )
    sent_at = models.DateTimeField(_("sent"))

    class Meta:
        verbose_name = _("review invitation")
        verbose_name_plural = _("review invitations")

    def __str__(self):
        return f"{self.order_id} @ {self.sent_at:%Y-%m-%d}"
