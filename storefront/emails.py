"""The order's emails to the buyer, in the buyer's language, each sent at most once.

They are sent by background tasks (storefront/tasks.py) enqueued after commit; the cron command
`send_unsent_order_emails` catches up with any whose task gave up.
"""

import datetime
import logging

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from core.money import format_vnd
from core.payments import from_minor_units
from storefront.models import Order, RefundStatus

logger = logging.getLogger(__name__)


_EMAILS = {
    # kind: (flag field, template). An order gets at most one automatic refund notice, whichever
    # the cause, so the two refund notices share their flag.
    "confirmation": ("confirmation_sent_at", "storefront/emails/order_confirmation.txt"),
    "refund_notice": ("refund_notice_sent_at", "storefront/emails/order_refunded.txt"),
    "payment_mismatch": ("refund_notice_sent_at", "storefront/emails/order_payment_mismatch.txt"),
    # No flag: each is enqueued by the one call that makes its change (the shipped or cancelled
    # transition, a refund flipping to succeeded: storefront.orders), under the order's lock.
    "shipped": (None, "storefront/emails/order_shipped.txt"),
    "refunded": (None, "storefront/emails/order_refund_done.txt"),
    "cancelled": (None, "storefront/emails/order_cancelled.txt"),
}
# Automatic refunds (Refund.request_key prefix) and the email that tells the buyer.
_REFUND_NOTICES = {"lost-hold-": "refund_notice", "mismatch-": "payment_mismatch"}


def send_order_email(*, order_id: int, kind: str, refund_id: int | None = None, raise_errors: bool = False) -> bool:
    """Send one of the order's emails in the buyer's language, at most once ever.

    The sent-at flag is claimed with a conditional UPDATE before sending: of any number of
    concurrent callers exactly one gets the row, and only that one sends.
    If the mail server refuses or times out, the claim is given back and False returned (or, with
    `raise_errors`, the error raised, for the task to retry later): the order stays paid either way.
    """
    flag, template = _EMAILS[kind]
    claimed_at = timezone.now()
    if flag is not None:
        claimed = Order.objects.filter(pk=order_id, **{f"{flag}__isnull": True}).update(**{flag: claimed_at})
        if not claimed:
            return False
    order = Order.objects.prefetch_related("lines").get(pk=order_id)
    try:
        with translation.override(order.language):
            subject = {
                "confirmation": _("Your order %(number)s"),
                "refund_notice": _("Your order %(number)s was refunded"),
                "payment_mismatch": _("Your payment for order %(number)s was refunded"),
                "shipped": _("Your order %(number)s is on its way"),
                "refunded": _("A refund for your order %(number)s"),
                "cancelled": _("Your order %(number)s is cancelled"),
            }[kind] % {"number": order.number}
            context = {"order": order, "order_url": order_url(order)}
            if kind in ("refunded", "cancelled"):
                context.update(_refund_context(order=order, refund_id=refund_id))
            if kind == "payment_mismatch":
                refund = order.refunds.filter(
                    status=RefundStatus.SUCCEEDED, request_key__startswith="mismatch-"
                ).first()
                context["refunded"] = _refund_display(refund, order.language) if refund else ""
            body = render_to_string(template, context)
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [order.email])
    except Exception:  # SMTP refused, timed out, rejected: whatever it is, the email waits for a retry
        logger.exception("Order %s: the %s email could not be sent; it will be retried", order.number, kind)
        if flag is not None:
            Order.objects.filter(pk=order_id, **{flag: claimed_at}).update(**{flag: None})
        if raise_errors:
            raise
        return False
    return True


def _refund_context(*, order, refund_id):
    """The refund's amount and units for the email; the latest refund when none is named (cancelled)."""
    refunds = order.refunds.filter(status=RefundStatus.SUCCEEDED)
    refund = refunds.filter(pk=refund_id).first() if refund_id else refunds.order_by("-pk").first()
    return {
        "refund": refund,
        "refund_lines": list(refund.lines.select_related("line")) if refund else [],
        "refunded": _refund_display(refund, order.language) if refund else "",
        "refunded_total": format_vnd(order.refunded_vnd, order.language),
        "fully_refunded": order.refunded_vnd >= order.total_vnd,
    }


def _refund_display(refund, language):
    """ "370.000 ₫", or "12.34 USD" for money that came in another currency."""
    if refund.currency == "vnd":
        return format_vnd(refund.amount, language)
    return f"{from_minor_units(refund.amount, refund.currency)} {refund.currency.upper()}"


def unsent_emails(*, now, within_days: int = 14):
    """(order id, kind) of every email a paid or refunded order should have had and has not.

    Orders older than `within_days` are left alone: a confirmation weeks late helps nobody.
    """
    since = now - datetime.timedelta(days=within_days)
    confirmations = Order.objects.filter(paid_at__isnull=False, paid_at__gte=since, confirmation_sent_at__isnull=True)
    unsent = [(pk, "confirmation") for pk in confirmations.values_list("pk", flat=True)]
    for prefix, kind in _REFUND_NOTICES.items():
        notices = Order.objects.filter(
            created_at__gte=since,
            refund_notice_sent_at__isnull=True,
            refunds__request_key__startswith=prefix,
            refunds__status=RefundStatus.SUCCEEDED,
        )
        unsent += [(pk, kind) for pk in notices.values_list("pk", flat=True).distinct()]
    return unsent


def send_unsent_emails(*, now) -> tuple[int, int]:
    """Retry every unsent order email; returns (sent, still failing)."""
    sent = failed = 0
    for order_id, kind in unsent_emails(now=now):
        if send_order_email(order_id=order_id, kind=kind):
            sent += 1
        else:
            failed += 1
    return sent, failed


def order_url(order):
    with translation.override(order.language):
        path = reverse("storefront:order", kwargs={"token": order.token})
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
