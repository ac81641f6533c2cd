"""A buyer reaches the review form from the order page's secret link, in any language; no purchase, no form."""

import pytest
from django.core.cache import cache

from reviews.models import Review, ReviewStatus
from storefront.models import OrderStatus
from tests.reviews.factories import booking_order, make_experience_in, make_products, product_order

pytestmark = pytest.mark.django_db

FORM = {"rating": "5", "title": "很好吃", "body": "粉丝很筋道。", "language": "zh-hans", "author_name": "Fang"}


def test_from_the_order_page_to_a_pending_review_in_chinese(client, home_page):
    (product,) = make_products(home_page)
    order = product_order(product, language="zh-hans")
    line = order.lines.get()
    write = f"/zh-hans/reviews/{order.token}/{line.pk}/"

    assert write in client.get(f"/zh-hans/orders/{order.token}/").content.decode()
    form = client.get(write)
    assert form.status_code == 200 and form["Cache-Control"].startswith("private")
    assert 'value="zh-hans" selected' in form.content.decode()  # written in the reader's language unless told

    done = client.post(write, FORM)

    review = Review.objects.get()
    assert done.status_code == 302 and done["Location"] == f"/zh-hans/orders/{order.token}/"
    assert (review.page_id, review.language, review.status, review.rating) == (
        product.pk,
        "zh-hans",
        ReviewStatus.PENDING,
        5,
    )
    after = client.get(f"/zh-hans/orders/{order.token}/").content.decode()
    assert write not in after  # once: the order page says it waits for moderation instead
    assert client.post(write, {**FORM, "title": "再来一次"}).status_code == 403
    assert Review.objects.count() == 1


def test_an_unpaid_order_offers_no_review_and_refuses_one(client, home_page):
    (product,) = make_products(home_page)
    order = product_order(product, status=OrderStatus.PENDING)
    write = f"/en/reviews/{order.token}/{order.lines.get().pk}/"

    assert "/reviews/" not in client.get(f"/en/orders/{order.token}/").content.decode()
    assert client.post(write, FORM).status_code == 403
    assert not Review.objects.exists()


def test_another_orders_line_or_a_wrong_token_is_not_found(client, home_page):
    first, second = make_products(home_page, count=2)
    mine = product_order(first, email="me@example.com")
    theirs = product_order(second, email="them@example.com")

    assert client.post(f"/vi/reviews/{mine.token}/{theirs.lines.get().pk}/", FORM).status_code == 404
    assert client.post(f"/vi/reviews/wrong-token/{mine.lines.get().pk}/", FORM).status_code == 404
    assert not Review.objects.exists()


def test_a_future_booking_is_not_offered_on_the_order_page_a_past_one_is(client, home_page):
    experience = make_experience_in(home_page)
    future, future_line = booking_order(experience, days_ago=-5)
    past, past_line = booking_order(experience, days_ago=3, email="other@example.com")
    cache.clear()

    assert f"/lo/reviews/{future.token}/" not in client.get(f"/lo/orders/{future.token}/").content.decode()
    assert client.post(f"/lo/reviews/{future.token}/{future_line.pk}/", FORM).status_code == 403
    assert f"/lo/reviews/{past.token}/{past_line.pk}/" in client.get(f"/lo/orders/{past.token}/").content.decode()
    client.post(f"/lo/reviews/{past.token}/{past_line.pk}/", {**FORM, "language": "lo"})
    assert Review.objects.get().page_id == experience.pk
