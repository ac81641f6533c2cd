"""Who may review what, once; moderation; what a reader sees. Plain functions, explicit arguments."""

import datetime
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from reviews.models import Review, ReviewStatus
from storefront.models import LineKind, OrderLine, OrderStatus, ProductPage
from tourism.models import BookingStatus, ExperiencePage

# A buyer may review once the order is paid, and while it is not cancelled or refunded in full.
REVIEWABLE_ORDER_STATUSES = frozenset(
    {OrderStatus.PAID, OrderStatus.FULFILLED, OrderStatus.SHIPPED, OrderStatus.PARTIALLY_REFUNDED}
)
REVIEWED_PAGE_TYPES = (ProductPage, ExperiencePage)


class ReviewRefused(Exception):
    MESSAGES = {
        "not_found": _("This order line does not exist or is not in this order."),
        "not_paid": _("Only a paid order can be reviewed."),
        "refunded": _("This item was refunded or cancelled: it cannot be reviewed."),
        "not_reviewable": _("This item cannot be reviewed."),
        "not_yet": _("You can review this experience once it has taken place."),
        "cancelled": _("This booking was cancelled: it cannot be reviewed."),
        "already_reviewed": _("You have already reviewed this."),
        "invalid": _("Give a rating from 1 to 5, a title and a few words."),
    }

    def __init__(self, code):
        super().__init__(code)
        self.code = code

    @property
    def message(self):
        return self.MESSAGES[self.code]


@dataclass(frozen=True)
class Reviewable:
    line: OrderLine
    page: object  # the live ProductPage or ExperiencePage
    booking: object = None  # for an experience: the booking that took place


def line_of_order(*, token, line_id):
    """The order line `line_id` of the order whose secret link is `token`: the form's proof of who asks."""
    line = (
        OrderLine.objects.select_related("order", "variant")
        .filter(pk=line_id, order__token=token, order__anonymised_at__isnull=True)
        .first()
    )
    if line is None:
        raise ReviewRefused("not_found")
    return line


def reviewable(*, line, now):
    """What the buyer of `line` may review at `now`, or ReviewRefused saying why not."""
    if line.order.status not in REVIEWABLE_ORDER_STATUSES:
        raise ReviewRefused("refunded" if line.order.status == OrderStatus.REFUNDED else "not_paid")
    if line.refunded_quantity >= line.quantity:
        raise ReviewRefused("refunded")
    if line.kind == LineKind.PRODUCT:
        page = ProductPage.objects.live().filter(variants=line.variant_id).first() if line.variant_id else None
        if page is None:
            raise ReviewRefused("not_reviewable")
        return Reviewable(line=line, page=page)
    if line.kind == LineKind.BOOKING:
        return _reviewable_booking(line=line, now=now)
    raise ReviewRefused("not_reviewable")


def _reviewable_booking(*, line, now):
    # Experiences only: rooms and packages have no page to review yet.
    bookings = list(
        line.bookings.filter(parent=None, session__isnull=False).select_related("session__experience").order_by("pk")
    )
    if not bookings:
        raise ReviewRefused("not_reviewable")
    confirmed = [booking for booking in bookings if booking.status == BookingStatus.CONFIRMED]
    if not confirmed:
        raise ReviewRefused("cancelled")
    for booking in confirmed:
        experience = booking.session.experience
        ends_at = booking.session.starts_at + datetime.timedelta(minutes=experience.duration_minutes)
        if ends_at <= now:
            if not experience.live:
                raise ReviewRefused("not_reviewable")
            return Reviewable(line=line, page=experience, booking=booking)
    raise ReviewRefused("not_yet")


def buyer_email(order):
    return order.email.strip().lower()


def existing_review(*, page, order, user=None):
    """The buyer's review of `page`, by the order's email or by their account."""
    reviews = Review.objects.filter(page=page, author_email=buyer_email(order))
    if user is not None:
        reviews = reviews | Review.objects.filter(page=page, user=user)
    return reviews.first()


def account_of(*, order, user):
    """The signed-in customer, when the order is theirs: the review is kept with their account."""
    if user is not None and user.is_authenticated and order.user_id == user.pk:
        return user
    return None


def submit_review(*, line, rating, title, body, language, author_name, user=None, now):
    """A pending review of what `line` bought, by its buyer; refused without a purchase, or twice."""
    target = reviewable(line=line, now=now)
    if not (1 <= int(rating) <= 5) or not title.strip() or not body.strip() or not author_name.strip():
        raise ReviewRefused("invalid")
    account = account_of(order=line.order, user=user)
    if existing_review(page=target.page, order=line.order, user=account) is not None:
        raise ReviewRefused("already_reviewed")
    try:
        with transaction.atomic():
            return Review.objects.create(
                page=target.page,
                order_line=line,
                booking=target.booking,
                user=account,
                author_email=buyer_email(line.order),
                author_name=author_name.strip(),
                rating=int(rating),
                title=title.strip(),
                body=body.strip(),
                language=language,
            )
    except IntegrityError:  # the same buyer's other tab, at the same moment
        raise ReviewRefused("already_reviewed") from None


def moderate(*, review_id, status, moderator, now):
    """Approve or reject a review; saving it refreshes the cached page that shows it (cache_policy)."""
    if status not in (ReviewStatus.APPROVED, ReviewStatus.REJECTED):
        raise ValueError(status)
    with transaction.atomic():
        review = Review.objects.select_for_update().get(pk=review_id)
        review.status = status
        review.moderated_by = moderator
        review.moderated_at = now
        review.save(update_fields=["status", "moderated_by", "moderated_at"])
    return review


def approved_reviews(*, page):
    """The approved reviews of `page`, newest first. One query per page object: kept on it, because
    its JSON-LD (core.ratings) and its reviews section both read them while one request renders it
    (the page cache's kept page is copied for each request, and any review saved replaces it)."""
    kept = page.__dict__.get("_approved_reviews")
    if kept is None:
        kept = list(Review.objects.filter(page_id=page.pk, status=ReviewStatus.APPROVED).order_by("-created_at", "-pk"))
        page.__dict__["_approved_reviews"] = kept
    return kept


def shown_reviews(*, page, language):
    """The approved reviews of `page`, those written in the reader's `language` first, newest first."""
    return sorted(approved_reviews(page=page), key=lambda review: review.language != language)


@dataclass(frozen=True)
class RatingSummary:
    average: Decimal  # one decimal: 4.5
    count: int


def rating_summary(*, page):
    """The average and count of the approved reviews of `page`, or None when there are none."""
    ratings = [review.rating for review in approved_reviews(page=page)]
    if not ratings:
        return None
    average = (Decimal(sum(ratings)) / len(ratings)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return RatingSummary(average=average, count=len(ratings))


def aggregate_rating(*, page):
    """schema.org AggregateRating from approved reviews only (core.ratings); None without any."""
    if not isinstance(page, REVIEWED_PAGE_TYPES):
        return None
    summary = rating_summary(page=page)
    if summary is None:
        return None
    return {
        "@type": "AggregateRating",
        "ratingValue": str(summary.average),
        "reviewCount": summary.count,
        "bestRating": 5,
        "worstRating": 1,
    }
