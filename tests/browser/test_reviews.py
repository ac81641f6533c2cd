"""A Lao buyer reviews what they bought from the order page on a phone; staff approve it in the
Vietnamese admin; the product page then shows it, with its rating in the page's JSON-LD."""

import json
import uuid

from django.contrib.auth import get_user_model
from django.utils import translation
from wagtail.users.models import UserProfile

from reviews.models import Review, ReviewStatus
from storefront.checkout import start_checkout
from storefront.models import OrderStatus, ProductVariant
from storefront.orders import transition_order
from tests.storefront.factories import checkout_details, make_cart


def _paid_order(viewport):
    variant = (
        ProductVariant.objects.filter(stock__quantity__gte=2, product__live=True)
        .select_related("product")
        .order_by("-pk")
        .first()
    )
    order = start_checkout(
        cart=make_cart((variant, 1)),
        details=checkout_details(language="lo", email=f"review-{viewport}-{uuid.uuid4().hex[:6]}@example.com"),
    )
    order.provider_payment_id = f"pi_{uuid.uuid4().hex[:10]}"
    order.save()
    transition_order(order=order, to_status=OrderStatus.PAID)
    return order, variant.product


def test_a_buyer_reviews_from_the_order_page_and_staff_approve_it(make_page, site, viewport):
    order, product = _paid_order(viewport)
    title = f"ແຊບຫຼາຍ {viewport}"

    buyer = make_page(locale="lo-LA")
    buyer.goto(f"{site}/lo/orders/{order.token}/")
    buyer.locator(".order-reviews a").first.click()
    buyer.locator("input[name=rating][value='4']").check()
    buyer.locator("#id_title").fill(title)
    buyer.locator("#id_body").fill("ເສັ້ນໝີ່ດີ, ຕົ້ມບໍ່ເປື່ອຍ.")
    buyer.locator(".review-form button[type=submit]").click()
    buyer.wait_for_url(f"{site}/lo/orders/{order.token}/")
    assert buyer.locator(".order-reviews a").count() == 0  # once

    review = Review.objects.get(title=title)
    assert (review.page_id, review.language, review.status) == (product.pk, "lo", ReviewStatus.PENDING)
    with translation.override("lo"):
        buyer.goto(site + product.get_url())
    assert buyer.locator(f"text={title}").count() == 0  # not before moderation

    user = get_user_model().objects.create_superuser(f"duyet-{viewport}", f"duyet-{viewport}@example.com", "pw")
    user.set_password(f"pw-{user.username}")
    user.save()
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "vi"})
    staff = make_page(locale="vi-VN")
    staff.goto(site + "/admin/login/")
    staff.locator("#id_username").fill(user.username)
    staff.locator("#id_password").fill(f"pw-{user.username}")
    staff.locator("form button[type=submit]").click()
    staff.wait_for_url(site + "/admin/")
    staff.goto(f"{site}/admin/snippets/reviews/review/inspect/{review.pk}/")
    assert staff.locator("html").get_attribute("lang") == "vi"
    staff.locator(f"form[action$='/approve/{review.pk}/'] button").click()
    staff.wait_for_load_state()
    review.refresh_from_db()
    assert (review.status, review.moderated_by_id) == (ReviewStatus.APPROVED, user.pk)

    buyer.reload()
    assert buyer.locator(".reviews .review h3", has_text=title).count() == 1
    blocks = [json.loads(text) for text in buyer.locator("script[type='application/ld+json']").all_text_contents()]
    ratings = [block["aggregateRating"] for block in blocks if "aggregateRating" in block]
    assert len(ratings) == 1 and ratings[0]["reviewCount"] >= 1
