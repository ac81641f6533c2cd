from dataclasses import dataclass

from django import template
from django.utils import timezone, translation

from core import languages
from reviews import rules
from tourism.models import ExperiencePage

register = template.Library()


@dataclass(frozen=True)
class OrderReviewable:
    line: object
    page: object
    review: object  # the buyer's review of this page already, or None


@register.simple_tag
def order_reviewables(order, user=None):
    """{% order_reviewables about as items %}: what the order's buyer may review now, or has reviewed
    (with `user=request.user` on the account page, also a review kept with their account)."""
    if order.status not in rules.REVIEWABLE_ORDER_STATUSES:
        return []
    now = timezone.now()
    account = rules.account_of(order=order, user=user)
    items, seen = [], set()
    for line in order.lines.all():
        try:
            target = rules.reviewable(line=line, now=now)
        except rules.ReviewRefused:
            continue
        if target.page.pk in seen:  # two sizes of one product: one review
            continue
        seen.add(target.page.pk)
        items.append(
            OrderReviewable(
                line=line, page=target.page, review=rules.existing_review(page=target.page, order=order, user=account)
            )
        )
    return items


@dataclass(frozen=True)
class PageReviews:
    summary: rules.RatingSummary
    reviews: list
    json_ld: dict  # for an experience, whose page has no schema.org data of its own; products: core.ratings


@register.simple_tag(takes_context=True)
def page_reviews(context, page):
    """{% page_reviews about as shown %}: a product's or experience's approved reviews, or None."""
    if not isinstance(page, rules.REVIEWED_PAGE_TYPES):
        return None
    summary = rules.rating_summary(page=page)
    if summary is None:
        return None
    reader = translation.get_language()
    reviews = rules.shown_reviews(page=page, language=reader)
    for review in reviews:
        row = languages.get(review.language)
        review.bcp47 = row.bcp47
        review.language_name = "" if review.language == reader else translation.gettext(row.name)
    json_ld = None
    if isinstance(page, ExperiencePage):
        request = context.get("request")
        json_ld = {
            "@context": "https://schema.org",
            "@type": "Product",
            "name": page.title,
            "url": page.get_full_url(request),
            "offers": {
                "@type": "Offer",
                "price": str(page.price_per_person_vnd),
                "priceCurrency": "VND",
                "url": page.get_full_url(request),
            },
            "aggregateRating": rules.aggregate_rating(page=page),
        }
    return PageReviews(summary=summary, reviews=reviews, json_ld=json_ld)


@register.filter
def stars(rating):
    """4 → "★★★★☆" (read aloud through the aria-label beside it)."""
    rating = int(rating)
    return "★" * rating + "☆" * (5 - rating)
