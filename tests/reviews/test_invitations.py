"""The review invitation: one email per order, in the buyer's language, once it is due; never for
what cannot or need not be reviewed, never to an erased buyer."""

import datetime
from unittest import mock

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from reviews.invitations import send_due_invitations
from reviews.models import ReviewInvitation
from reviews.rules import submit_review
from storefront.models import OrderStatus
from tests.reviews.factories import booking_order, make_experience_in, make_products, product_order
from tourism.models import BookingStatus

pytestmark = pytest.mark.django_db

LATER = datetime.timedelta(days=8)  # REVIEW_INVITATION_DAYS is 7


def _review(line, now):
    submit_review(line=line, rating=5, title="Ngon", body="Rất ngon.", language="vi", author_name="Lan", now=now)


def test_a_shipped_order_and_a_past_session_are_invited_once_in_their_buyers_language(home_page):
    (product,) = make_products(home_page)
    shipped = product_order(product, status=OrderStatus.SHIPPED, language="vi")
    experience = make_experience_in(home_page)
    taken, taken_line = booking_order(experience, days_ago=1)  # a Chinese traveller
    now = timezone.now() + LATER

    assert send_due_invitations(now=now) == (2, 0)

    by_address = {message.to[0]: message for message in mail.outbox}
    vi, zh = by_address["lan@example.com"], by_address["fang@example.com"]
    assert shipped.number in vi.subject
    assert vi.body.startswith("Xin chào")
    assert f"/vi/reviews/{shipped.token}/{shipped.lines.get().pk}/" in vi.body and product.title in vi.body
    assert "您好" in zh.body and "高平高原" in zh.body
    assert f"/zh-hans/reviews/{taken.token}/{taken_line.pk}/" in zh.body
    assert set(ReviewInvitation.objects.values_list("order_id", flat=True)) == {shipped.pk, taken.pk}

    assert send_due_invitations(now=now + datetime.timedelta(days=1)) == (0, 0)  # the next day: nothing again
    assert len(mail.outbox) == 2


def test_nothing_before_it_is_due(home_page, settings):
    settings.REVIEW_INVITATION_DAYS = 10
    (product,) = make_products(home_page)
    product_order(product, status=OrderStatus.SHIPPED)  # shipped, not for ten days
    product_order(product, email="paid@example.com")  # paid, never shipped
    assert send_due_invitations(now=timezone.now() + LATER) == (0, 0)  # 8 < 10 days

    experience = make_experience_in(home_page)
    booking_order(experience, days_ago=-3)
    today, today_line = booking_order(experience, days_ago=0, email="today@example.com")
    session = today_line.bookings.get().session
    evening = session.starts_at + datetime.timedelta(minutes=experience.duration_minutes, hours=1)
    assert send_due_invitations(now=evening) == (0, 0)  # ended this evening: tomorrow; the other is ahead
    assert not mail.outbox and not ReviewInvitation.objects.exists()

    assert send_due_invitations(now=evening + datetime.timedelta(days=1)) == (1, 0)
    assert mail.outbox[0].to == ["today@example.com"]


def test_never_for_refunded_cancelled_reviewed_or_erased_buyers(home_page):
    first, second, third, fourth = make_products(home_page, count=4)
    refunded = product_order(first, status=OrderStatus.SHIPPED, email="refunded@example.com")
    line = refunded.lines.get()
    line.refunded_quantity = line.quantity
    line.save(update_fields=["refunded_quantity"])
    reviewed = product_order(second, status=OrderStatus.SHIPPED, email="reviewed@example.com")
    _review(reviewed.lines.get(), timezone.now())
    erased = product_order(third, status=OrderStatus.SHIPPED, email="erased@example.com")
    erased.anonymised_at = timezone.now()
    erased.save(update_fields=["anonymised_at"])
    product_order(fourth, status=OrderStatus.CANCELLED, email="cancelled@example.com")
    booking_order(make_experience_in(home_page), days_ago=2, status=BookingStatus.CANCELLED)

    assert send_due_invitations(now=timezone.now() + LATER) == (0, 0)
    assert not mail.outbox and not ReviewInvitation.objects.exists()


def test_a_mail_error_leaves_the_invitation_for_the_next_run(home_page):
    (product,) = make_products(home_page)
    order = product_order(product, status=OrderStatus.SHIPPED)
    now = timezone.now() + LATER

    with mock.patch("reviews.invitations.send_mail", side_effect=ConnectionRefusedError):
        assert send_due_invitations(now=now) == (0, 1)
    assert not ReviewInvitation.objects.exists()

    assert send_due_invitations(now=now) == (1, 0)
    assert ReviewInvitation.objects.get().order_id == order.pk


def test_the_cron_command_runs_the_task(home_page):
    (product,) = make_products(home_page)
    order = product_order(product, status=OrderStatus.SHIPPED, language="vi")
    order.status_changes.update(changed_at=timezone.now() - LATER)

    call_command("send_review_invitations", stdout=mock.MagicMock())

    assert [message.to for message in mail.outbox] == [["lan@example.com"]]
