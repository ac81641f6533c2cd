"""Who may review: a buyer of a paid order, a traveller after the session; once; never without a purchase."""

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from reviews.models import Review, ReviewStatus
from reviews.rules import ReviewRefused, line_of_order, reviewable, submit_review
from storefront.models import OrderStatus
from tests.reviews.factories import booking_order, make_experience_in, make_products, product_order
from tests.storefront.test_concurrency import run_at_once
from tourism.models import BookingStatus

pytestmark = pytest.mark.django_db


def _write(line, **overrides):
    values = {
        "rating": 5,
        "title": "Miến ngon",
        "body": "Sợi dai, nấu không nát.",
        "language": "vi",
        "author_name": "Lan",
        "now": timezone.now(),
    }
    values.update(overrides)
    return submit_review(line=line, **values)


def _refusal(line, **overrides):
    with pytest.raises(ReviewRefused) as refused:
        _write(line, **overrides)
    return refused.value.code


def test_a_buyer_of_a_paid_order_reviews_the_product_once_pending_moderation(home_page):
    (product,) = make_products(home_page)
    order = product_order(product)
    line = line_of_order(token=order.token, line_id=order.lines.get().pk)

    review = _write(line)

    assert (review.page_id, review.status, review.author_email, review.rating) == (
        product.pk,
        ReviewStatus.PENDING,
        "lan@example.com",
        5,
    )
    assert review.order_line_id == line.pk


@pytest.mark.parametrize("status", [OrderStatus.SHIPPED])
def test_a_shipped_order_may_be_reviewed(home_page, status):
    (product,) = make_products(home_page)
    order = product_order(product, status=status)
    assert _write(order.lines.get()).page_id == product.pk


@pytest.mark.parametrize(
    ("status", "code"),
    [(OrderStatus.PENDING, "not_paid"), (OrderStatus.CANCELLED, "not_paid"), (OrderStatus.REFUNDED, "refunded")],
)
def test_no_review_without_a_paid_order(home_page, status, code):
    (product,) = make_products(home_page)
    order = product_order(product, status=status)
    assert _refusal(order.lines.get()) == code
    assert not Review.objects.exists()


def test_a_line_refunded_in_full_cannot_be_reviewed(home_page):
    (product,) = make_products(home_page)
    order = product_order(product)
    line = order.lines.get()
    line.refunded_quantity = line.quantity
    line.save()
    assert _refusal(line) == "refunded"


def test_someone_elses_order_line_is_not_found_with_my_token(home_page):
    first, second = make_products(home_page, count=2)
    mine = product_order(first, email="me@example.com")
    theirs = product_order(second, email="them@example.com")

    with pytest.raises(ReviewRefused) as refused:
        line_of_order(token=mine.token, line_id=theirs.lines.get().pk)
    assert refused.value.code == "not_found"
    with pytest.raises(ReviewRefused):
        line_of_order(token="not-a-token", line_id=mine.lines.get().pk)


def test_a_second_review_of_the_same_product_is_refused_even_from_another_order(home_page):
    (product,) = make_products(home_page)
    first = product_order(product, email="Lan@Example.com")
    second = product_order(product, email="lan@example.com")
    _write(first.lines.get())

    assert _refusal(second.lines.get()) == "already_reviewed"
    assert _refusal(first.lines.get(), title="Lần hai") == "already_reviewed"
    assert Review.objects.count() == 1


def test_a_signed_in_customer_reviews_once_whatever_email_the_orders_carry(home_page):
    (product,) = make_products(home_page)
    user = get_user_model().objects.create_user("lan", "lan@example.com", "pw")
    first = product_order(product, email="lan@example.com", user=user)
    second = product_order(product, email="lan.work@example.com", user=user)
    review = _write(first.lines.get(), user=user)

    assert review.user == user
    assert _refusal(second.lines.get(), user=user) == "already_reviewed"


def test_another_buyer_of_the_same_product_may_review_it(home_page):
    (product,) = make_products(home_page)
    _write(product_order(product, email="a@example.com").lines.get())
    _write(product_order(product, email="b@example.com").lines.get(), language="en")
    assert Review.objects.filter(page=product).count() == 2


def test_a_rating_outside_one_to_five_is_refused(home_page):
    (product,) = make_products(home_page)
    line = product_order(product).lines.get()
    assert _refusal(line, rating=6) == "invalid"
    assert _refusal(line, rating=0) == "invalid"
    assert _refusal(line, title="  ") == "invalid"


def test_a_traveller_reviews_an_experience_after_the_session(home_page):
    experience = make_experience_in(home_page)
    _order, line = booking_order(experience, days_ago=2)

    review = _write(line, language="zh-hans", title="很好", body="铁匠很耐心。")

    assert (review.page_id, review.booking.session.experience_id) == (experience.pk, experience.pk)


def test_a_booking_in_the_future_cannot_be_reviewed_yet(home_page):
    experience = make_experience_in(home_page)
    _order, line = booking_order(experience, days_ago=-3)
    assert _refusal(line) == "not_yet"


def test_a_session_still_going_on_cannot_be_reviewed_yet(home_page):
    experience = make_experience_in(home_page)
    _order, line = booking_order(experience, days_ago=1)
    session = line.bookings.get().session
    # Started an hour ago; the experience lasts four hours.
    assert reviewable(line=line, now=session.starts_at + timezone.timedelta(hours=5)).page.pk == experience.pk
    with pytest.raises(ReviewRefused) as refused:
        reviewable(line=line, now=session.starts_at + timezone.timedelta(hours=1))
    assert refused.value.code == "not_yet"


def test_a_cancelled_booking_cannot_be_reviewed(home_page):
    experience = make_experience_in(home_page)
    _order, line = booking_order(experience, days_ago=2, status=BookingStatus.CANCELLED)
    assert _refusal(line) == "cancelled"


def test_a_traveller_reviews_an_experience_once(home_page):
    experience = make_experience_in(home_page)
    _first, first = booking_order(experience, days_ago=5)
    _second, second = booking_order(experience, days_ago=2)
    _write(first)
    assert _refusal(second) == "already_reviewed"


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_five_simultaneous_submissions_by_one_buyer_keep_one_review(home_page):
    (product,) = make_products(home_page)
    orders = [product_order(product, email="lan@example.com") for _ in range(5)]
    lines = [order.lines.get() for order in orders]

    results = run_at_once(5, lambda i: _write(lines[i], title=f"Lần {i}"))

    assert sum(isinstance(result, Review) for result in results) == 1
    assert sorted(result.code for result in results if isinstance(result, ReviewRefused)) == ["already_reviewed"] * 4
    assert Review.objects.filter(page=product).count() == 1
