"""One email per order inviting its buyer to review: REVIEW_INVITATION_DAYS after shipping, or the
day after a booked session ended. Daily from cron (`manage.py send_review_invitations`, the task
in reviews/tasks.py). See docs/reviews.md."""

import datetime
import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from reviews import rules
from reviews.models import ReviewInvitation
from storefront.models import LineKind, Order, OrderStatusChange
from storefront.models import OrderStatus as S
from tourism.models import Booking

logger = logging.getLogger(__name__)

# Orders shipped (or sessions ended) longer ago than this past their due day are never invited:
# the first run after deploying does not write to every buyer of the past years.
WINDOW = datetime.timedelta(days=30)


def candidate_orders(*, now) -> list[int]:
    """Ids of the orders that may be due an invitation at `now`: shipped long enough ago, or with a
    session that ended before today; not anonymised, not invited yet. `due_lines` decides."""
    cutoff = now - datetime.timedelta(days=settings.REVIEW_INVITATION_DAYS)
    shipped = OrderStatusChange.objects.filter(
        to_status=S.SHIPPED, changed_at__lte=cutoff, changed_at__gt=cutoff - WINDOW
    ).values("order_id")
    # A session ends after it starts: those that started before today are the ones to look at.
    start_of_today = timezone.localtime(now).replace(hour=0, minute=0, second=0, microsecond=0)
    booked = Booking.objects.filter(
        parent=None, session__starts_at__lt=start_of_today, session__starts_at__gt=start_of_today - WINDOW
    ).values("order_line__order_id")
    return list(
        Order.objects.filter(status__in=rules.REVIEWABLE_ORDER_STATUSES, anonymised_at__isnull=True)
        .filter(review_invitation__isnull=True)
        .filter(Q(pk__in=shipped) | Q(pk__in=booked))
        .order_by("pk")
        .values_list("pk", flat=True)
    )


def due_lines(*, order, now) -> list:
    """The order's lines (rules.Reviewable) its buyer is invited to review at `now`, one per page:
    reviewable (paid, not refunded or cancelled), due, and not reviewed yet."""
    shipped = order.status_changes.filter(to_status=S.SHIPPED).order_by("changed_at").first()
    shipped_due = shipped is not None and shipped.changed_at <= now - datetime.timedelta(
        days=settings.REVIEW_INVITATION_DAYS
    )
    today = timezone.localdate(now)
    due, seen = [], set()
    for line in order.lines.all():
        try:
            target = rules.reviewable(line=line, now=now)
        except rules.ReviewRefused:
            continue
        if line.kind == LineKind.PRODUCT and not shipped_due:
            continue
        if target.booking is not None:
            session = target.booking.session
            ends_at = session.starts_at + datetime.timedelta(minutes=session.experience.duration_minutes)
            if timezone.localdate(ends_at) >= today:  # the day after, not the evening of
                continue
        if target.page.pk in seen or rules.existing_review(page=target.page, order=order, user=order.user):
            continue
        seen.add(target.page.pk)
        due.append(target)
    return due


def review_url(*, order, line) -> str:
    with translation.override(order.language):
        path = reverse("reviews:write", kwargs={"token": order.token, "line_id": line.pk})
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def send_invitation(*, order_id: int, now) -> bool:
    """Invite the buyer of order `order_id` if anything is due, at most once ever.

    The ReviewInvitation row (unique per order) is claimed before sending: of concurrent runs one
    inserts it and sends. A mail error deletes the claim (the next daily run tries again) and is
    raised for the task to log."""
    order = Order.objects.select_related("user").prefetch_related("lines").get(pk=order_id)
    if order.anonymised_at is not None:
        return False
    targets = due_lines(order=order, now=now)
    if not targets:
        return False
    try:
        with transaction.atomic():
            invitation = ReviewInvitation.objects.create(order=order, sent_at=now)
    except IntegrityError:  # another run has it
        return False
    try:
        with translation.override(order.language):
            subject = gettext("How was your order %(number)s?") % {"number": order.number}
            items = [(target.page.title, review_url(order=order, line=target.line)) for target in targets]
            body = render_to_string("reviews/emails/review_invitation.txt", {"order": order, "items": items})
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [order.email])
    except Exception:
        logger.exception("Order %s: the review invitation could not be sent; it waits for the next run", order.number)
        invitation.delete()
        raise
    return True


def send_due_invitations(*, now=None) -> tuple[int, int]:
    """Invite every buyer who is due; returns (sent, failed). Safe to run any number of times."""
    now = now or timezone.now()
    sent = failed = 0
    for order_id in candidate_orders(now=now):
        try:
            sent += send_invitation(order_id=order_id, now=now)
        except Exception:  # logged in send_invitation; the others still go out
            failed += 1
    return sent, failed
