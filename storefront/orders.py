"""Orders after checkout: the status machine, fulfilment, refunds and the emails to the buyer."""
import datetime
import logging
import secrets

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from storefront.models import Order, OrderStatus, OrderStatusChange, Refund, RefundStatus
from storefront.payments import stripe_client

logger = logging.getLogger(__name__)

S = OrderStatus
# Forward only. A refund is final; a payment landing on a cancelled or still-pending order whose
# stock is gone goes straight to refunded.
ALLOWED_TRANSITIONS = {
    S.PENDING: {S.PAID, S.CANCELLED, S.REFUNDED},
    S.PAID: {S.FULFILLED, S.SHIPPED, S.PARTIALLY_REFUNDED, S.REFUNDED},
    S.FULFILLED: {S.SHIPPED, S.PARTIALLY_REFUNDED, S.REFUNDED},
    S.SHIPPED: {S.PARTIALLY_REFUNDED, S.REFUNDED},
    S.PARTIALLY_REFUNDED: {S.PARTIALLY_REFUNDED, S.REFUNDED},
    S.CANCELLED: {S.REFUNDED},
    S.REFUNDED: set(),
}
REFUNDABLE = {S.PAID, S.FULFILLED, S.SHIPPED, S.PARTIALLY_REFUNDED}
_NUMBER_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread on the phone


class IllegalTransition(Exception):
    pass


class RefundError(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


def new_order_number(*, now=None) -> str:
    """"CB-261129-7KQ4M": the date and five random characters; unique across the table."""
    day = timezone.localtime(now or timezone.now()).strftime("%y%m%d")
    while True:
        number = f"CB-{day}-{''.join(secrets.choice(_NUMBER_ALPHABET) for _ in range(5))}"
        if not Order.objects.filter(number=number).exists():
            return number


def transition_order(*, order: Order, to_status: str, note: str = "") -> Order:
    """Move `order` to `to_status`, recording the change. The caller holds the order's row lock.

    Refuses a transition the machine does not allow (IllegalTransition), so events arriving in
    any order can never move an order backwards.
    """
    from_status = order.status
    if to_status not in ALLOWED_TRANSITIONS[from_status]:
        raise IllegalTransition(f"{order.number}: {from_status} → {to_status}")
    order.status = to_status
    fields = ["status"]
    if to_status == S.PAID:
        order.paid_at = timezone.now()
        fields.append("paid_at")
    order.save(update_fields=fields)
    OrderStatusChange.objects.create(order=order, from_status=from_status, to_status=to_status, note=note[:255])
    return order


def mark_fulfilled(*, order_id: int) -> Order:
    with transaction.atomic():
        order = Order.objects.select_for_update().get(pk=order_id)
        return transition_order(order=order, to_status=S.FULFILLED)


def mark_shipped(*, order_id: int, tracking_number: str) -> Order:
    with transaction.atomic():
        order = Order.objects.select_for_update().get(pk=order_id)
        order.tracking_number = tracking_number.strip()[:80]
        order.save(update_fields=["tracking_number"])
        return transition_order(order=order, to_status=S.SHIPPED, note=order.tracking_number)


def refund_order(*, order_id: int, amount_vnd: int, request_key: str, reason: str = "", user=None) -> Refund:
    """Refund part or all of a paid order through Stripe, once per `request_key`.

    The key comes from the refund form (one per rendered form), becomes the Refund row's unique
    key and Stripe's idempotency key: a double click or a resubmitted form finds the same row
    and refunds nothing more. Raises RefundError (a message for the editor) or PaymentGatewayError.
    """
    with transaction.atomic():
        order = Order.objects.select_for_update().get(pk=order_id)
        refund = Refund.objects.filter(request_key=request_key).first()
        if refund is not None:
            if refund.order_id != order.pk or refund.status != RefundStatus.FAILED:
                return refund
        else:
            if order.status not in REFUNDABLE or not order.payment_intent_id:
                raise RefundError(_("Only a paid order can be refunded."))
            left = order.total_vnd - order.refunded_vnd
            if not 1 <= amount_vnd <= left:
                raise RefundError(_("Enter an amount between 1 and %(left)s đồng.") % {"left": left})
            refund = Refund.objects.create(
                order=order, request_key=request_key, amount=amount_vnd, reason=reason[:255], requested_by=user
            )
    # Stripe is called outside the transaction: no row lock is held while waiting on the network.
    try:
        refund_id = stripe_client.refund_payment(
            payment_intent_id=order.payment_intent_id, amount=refund.amount, currency="VND",
            idempotency_key=f"refund-{refund.request_key}",
        )
    except stripe_client.PaymentGatewayError:
        Refund.objects.filter(pk=refund.pk).update(status=RefundStatus.FAILED)
        raise
    with transaction.atomic():
        order = Order.objects.select_for_update().get(pk=order_id)
        _record_refund(order=order, refund=refund, stripe_refund_id=refund_id, note=reason)
    return refund


def _record_refund(*, order, refund, stripe_refund_id, note=""):
    """Book a refund Stripe accepted on the (locked) order and move its status."""
    Refund.objects.filter(pk=refund.pk).update(status=RefundStatus.SUCCEEDED, stripe_refund_id=stripe_refund_id)
    refund.status, refund.stripe_refund_id = RefundStatus.SUCCEEDED, stripe_refund_id
    order.refunded_vnd = min(order.total_vnd, order.refunded_vnd + refund.amount)
    order.save(update_fields=["refunded_vnd"])
    full = order.refunded_vnd >= order.total_vnd
    transition_order(order=order, to_status=S.REFUNDED if full else S.PARTIALLY_REFUNDED, note=note)


def refund_lost_hold(*, order: Order, amount: int) -> None:
    """The payment landed but the stock it was for is gone: give the money back, tell the buyer.

    Runs inside the webhook's transaction with the order locked; if Stripe fails, the exception
    rolls everything back and Stripe delivers the event again later.
    """
    refund, _created = Refund.objects.get_or_create(
        request_key=f"lost-hold-{order.number}",
        defaults={"order": order, "amount": amount, "reason": "stock no longer available when the payment arrived"},
    )
    refund_id = stripe_client.refund_payment(
        payment_intent_id=order.payment_intent_id, amount=amount, currency="VND", idempotency_key=f"refund-{refund.request_key}"
    )
    _record_refund(order=order, refund=refund, stripe_refund_id=refund_id, note=refund.reason)
    transaction.on_commit(lambda: send_order_email(order_id=order.pk, kind="refund_notice"))


_EMAILS = {
    # kind: (flag field, template, subject)
    "confirmation": ("confirmation_sent_at", "storefront/emails/order_confirmation.txt"),
    "refund_notice": ("refund_notice_sent_at", "storefront/emails/order_refunded.txt"),
}


def send_order_email(*, order_id: int, kind: str) -> bool:
    """Send one of the order's emails in the buyer's language, at most once ever.

    The sent-at flag is claimed with a conditional UPDATE before sending: of any number of
    concurrent callers exactly one gets the row, and only that one sends.
    If the mail server refuses or times out, the claim is given back and False returned, never an
    exception: the order stays paid and `send_unsent_order_emails` (cron) tries again later.
    """
    flag, template = _EMAILS[kind]
    claimed_at = timezone.now()
    claimed = Order.objects.filter(pk=order_id, **{f"{flag}__isnull": True}).update(**{flag: claimed_at})
    if not claimed:
        return False
    order = Order.objects.prefetch_related("lines").get(pk=order_id)
    try:
        with translation.override(order.language):
            subject = _("Your order %(number)s") % {"number": order.number} if kind == "confirmation" else _(
                "Your order %(number)s was refunded"
            ) % {"number": order.number}
            body = render_to_string(template, {"order": order, "order_url": order_url(order)})
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [order.email])
    except Exception:  # SMTP refused, timed out, rejected: whatever it is, the email waits for a retry
        logger.exception("Order %s: the %s email could not be sent; it will be retried", order.number, kind)
        Order.objects.filter(pk=order_id, **{flag: claimed_at}).update(**{flag: None})
        return False
    return True


def unsent_emails(*, now, within_days: int = 14):
    """(order id, kind) of every email a paid or refunded order should have had and has not.

    Orders older than `within_days` are left alone: a confirmation weeks late helps nobody.
    """
    since = now - datetime.timedelta(days=within_days)
    confirmations = Order.objects.filter(paid_at__isnull=False, paid_at__gte=since, confirmation_sent_at__isnull=True)
    notices = Order.objects.filter(
        created_at__gte=since, refund_notice_sent_at__isnull=True,
        refunds__request_key__startswith="lost-hold-", refunds__status=RefundStatus.SUCCEEDED,
    )
    return [(pk, "confirmation") for pk in confirmations.values_list("pk", flat=True)] + [
        (pk, "refund_notice") for pk in notices.values_list("pk", flat=True).distinct()
    ]


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
    from django.urls import reverse

    with translation.override(order.language):
        path = reverse("storefront:order", kwargs={"token": order.token})
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
