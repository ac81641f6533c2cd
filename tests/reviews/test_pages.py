"""Product and experience pages show approved reviews, the reader's language first; aggregateRating
comes only from them, never from OCOP stars; approving a review refreshes the cached page."""

import json
import re

import pytest
from django.utils import timezone

from reviews.models import Review, ReviewStatus
from reviews.rules import moderate
from tests.reviews.factories import booking_order, make_experience_in, make_products, product_order
from tests.storefront.factories import url_in

pytestmark = pytest.mark.django_db


def _review(page, *, order_line, language, rating, title, status=ReviewStatus.APPROVED, email=None):
    return Review.objects.create(
        page=page,
        order_line=order_line,
        author_email=email or f"{title}@example.com".lower().replace(" ", ""),
        author_name=f"Buyer {title}",
        rating=rating,
        title=title,
        body=f"Body of {title}",
        language=language,
        status=status,
    )


def _json_ld(html):
    return [
        json.loads(block) for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    ]


def _product(blocks):
    return next(block for block in blocks if block.get("@type") == "Product")


@pytest.fixture
def reviewed_product(home_page):
    (product,) = make_products(home_page, stars=4)
    line = product_order(product).lines.get()
    _review(product, order_line=line, language="vi", rating=4, title="Ngon lắm")
    _review(product, order_line=line, language="en", rating=5, title="Lovely noodles")
    _review(product, order_line=line, language="zh-hans", rating=3, title="还可以")
    _review(product, order_line=line, language="en", rating=1, title="Still waiting", status=ReviewStatus.PENDING)
    _review(product, order_line=line, language="en", rating=1, title="Spam spam", status=ReviewStatus.REJECTED)
    return product


def test_the_readers_language_comes_first_then_the_others_with_their_language_named(client, reviewed_product):
    english = client.get(url_in(reviewed_product, "en")).content.decode()
    vietnamese = client.get(url_in(reviewed_product, "vi")).content.decode()

    assert english.index("Lovely noodles") < english.index("Ngon lắm")
    assert english.index("Lovely noodles") < english.index("还可以")
    assert "Written in Vietnamese" in english and "Written in Simplified Chinese" in english
    assert "Written in English" not in english  # the reader's own language is not named
    assert vietnamese.index("Ngon lắm") < vietnamese.index("Lovely noodles")
    assert 'lang="zh-Hans"' in english  # each review is marked with the language it is written in


def test_only_approved_reviews_are_shown_and_counted(client, reviewed_product):
    html = client.get(url_in(reviewed_product, "en")).content.decode()

    assert "Still waiting" not in html and "Spam spam" not in html
    assert "4.0 out of 5, from 3 verified reviews" in html


def test_aggregate_rating_comes_from_approved_reviews_beside_the_ocop_award(client, reviewed_product):
    product = _product(_json_ld(client.get(url_in(reviewed_product, "en")).content.decode()))

    assert product["aggregateRating"] == {
        "@type": "AggregateRating",
        "ratingValue": "4.0",
        "reviewCount": 3,
        "bestRating": 5,
        "worstRating": 1,
    }
    assert product["award"].startswith("OCOP 4★")  # the certification stays an award, not a rating


def test_ocop_stars_without_reviews_give_no_aggregate_rating_and_no_reviews_section(client, home_page):
    (product,) = make_products(home_page, stars=5)
    line = product_order(product).lines.get()
    _review(product, order_line=line, language="en", rating=5, title="Not yet checked", status=ReviewStatus.PENDING)

    html = client.get(url_in(product, "en")).content.decode()
    data = _product(_json_ld(html))

    assert data["award"].startswith("OCOP 5★")
    assert "aggregateRating" not in data and "review" not in data
    assert 'id="reviews"' not in html and "Not yet checked" not in html
    assert all("aggregateRating" not in json.dumps(block) for block in _json_ld(html))


def test_an_experience_shows_its_reviews_and_their_rating(client, home_page):
    experience = make_experience_in(home_page)
    _order, line = booking_order(experience)
    _review(experience, order_line=line, language="zh-hans", rating=5, title="铁匠很好")
    _review(experience, order_line=line, language="lo", rating=4, title="ດີຫຼາຍ")

    html = client.get(url_in(experience, "zh-hans")).content.decode()
    ratings = [block["aggregateRating"] for block in _json_ld(html) if "aggregateRating" in block]

    assert html.index("铁匠很好") < html.index("ດີຫຼາຍ")
    assert ratings == [
        {"@type": "AggregateRating", "ratingValue": "4.5", "reviewCount": 2, "bestRating": 5, "worstRating": 1}
    ]


def test_approving_a_review_refreshes_the_cached_product_page(client, home_page, admin_user):
    (product,) = make_products(home_page)
    line = product_order(product).lines.get()
    review = _review(product, order_line=line, language="en", rating=5, title="Fresh praise", status="pending")
    url = url_in(product, "en")
    client.get(url)
    cached = client.get(url)
    assert cached["X-Page-Cache"] == "hit" and "Fresh praise" not in cached.content.decode()

    moderate(review_id=review.pk, status=ReviewStatus.APPROVED, moderator=admin_user, now=timezone.now())
    after = client.get(url)

    assert after["X-Page-Cache"] == "miss"
    assert "Fresh praise" in after.content.decode()
    assert _product(_json_ld(after.content.decode()))["aggregateRating"]["reviewCount"] == 1


def test_approving_a_review_refreshes_the_cached_experience_page(client, home_page, admin_user):
    experience = make_experience_in(home_page)
    _order, line = booking_order(experience)
    review = _review(experience, order_line=line, language="en", rating=4, title="Hot forge", status="pending")
    url = url_in(experience, "en")
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"

    moderate(review_id=review.pk, status=ReviewStatus.APPROVED, moderator=admin_user, now=timezone.now())

    assert "Hot forge" in client.get(url).content.decode()
