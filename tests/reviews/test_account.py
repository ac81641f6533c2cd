"""The customer's account lists, per order, what they may review: a link to the form, or "Reviewed"."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.utils import timezone

from reviews.rules import submit_review
from storefront.models import OrderStatus
from tests.reviews.factories import booking_order, make_experience_in, make_products, product_order

pytestmark = pytest.mark.django_db


def customer(email):
    user = get_user_model().objects.create_user(email.split("@")[0], email, "a-long-passphrase")
    EmailAddress.objects.create(user=user, email=email, primary=True, verified=True)
    return user


def _write(order, line, language="en"):
    return f'href="/{language}/reviews/{order.token}/{line.pk}/"'


def test_the_account_links_each_reviewable_line_and_says_reviewed_once_done(client, home_page):
    lan = customer("lan@example.com")
    bought, reviewed, unpaid = make_products(home_page, count=3)
    paid = product_order(bought, user=lan)
    done = product_order(reviewed, user=lan)
    pending = product_order(unpaid, user=lan, status=OrderStatus.PENDING)
    pending.status = OrderStatus.CANCELLED  # a cancelled checkout is listed, never reviewable
    pending.save(update_fields=["status"])
    experience = make_experience_in(home_page)
    taken, taken_line = booking_order(experience, days_ago=2, email="lan@example.com")
    ahead, ahead_line = booking_order(experience, days_ago=-4, email="lan@example.com")
    for order in (taken, ahead):
        order.user = lan
        order.save(update_fields=["user"])
    submit_review(
        line=done.lines.get(),
        rating=4,
        title="Good",
        body="Chewy noodles.",
        language="en",
        author_name="Lan",
        user=lan,
        now=timezone.now(),
    )
    client.force_login(lan)

    page = client.get("/en/account/").content.decode()

    assert _write(paid, paid.lines.get()) in page
    assert _write(taken, taken_line) in page  # the session has ended
    assert _write(ahead, ahead_line) not in page  # not taken place yet
    assert _write(done, done.lines.get()) not in page
    assert page.count("Reviewed") == 1
    assert f"/reviews/{pending.token}/" not in page


def test_another_customers_orders_show_no_review_link(client, home_page):
    (product,) = make_products(home_page)
    theirs = product_order(product, email="mai@example.com", user=customer("mai@example.com"))
    client.force_login(customer("lan@example.com"))

    page = client.get("/en/account/").content.decode()

    assert f"/reviews/{theirs.token}/" not in page and "Write a review" not in page


def test_the_account_is_in_the_readers_language(client, home_page):
    lan = customer("lan@example.com")
    (product,) = make_products(home_page)
    order = product_order(product, user=lan)
    client.force_login(lan)

    page = client.get("/vi/account/").content.decode()

    assert _write(order, order.lines.get(), "vi") in page and "Write a review" not in page
