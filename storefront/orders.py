"""Orders after checkout: the status machine, fulfilment and refunds (the emails: storefront/emails.py)."""
import logging
import secrets

from django.db import transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from core.tasks import enqueue_on_commit
from storefront.line_sources import line_sources
from storefront.models import AttentionReason, Order, OrderStatus, OrderStatusChange, Refund, RefundStatus
from storefront.payments import stripe_client
from storefront.tasks import send_order_email_task

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
    and refunds nothing more. Refunds of one order are serialised on the order's row lock, and
    a refund is only requested for what is left after every refund requested or done, so two
    editors refunding at once can never ask Stripe for more than was paid: the second is
    refused. Raises RefundError (a message for the editor) or PaymentGatewayError.
    """
    with transaction.atomic():
        order = Order.objects.select_for_update().get(pk=order_id)
        refund = Refund.objects.filter(request_key=request_key).first()
        if refund is not None and (refund.order_id != order.pk or refund.status != RefundStatus.FAILED):
            return refund
        if order.status not in REFUNDABLE or not order.payment_intent_id:
            raise RefundError(_("Only a paid order can be refunded."))
        refund = open_refund(
            order=order, paid=order.total_vnd, currency="vnd", request_key=request_key,
            amount=refund.amount if refund is not None else amount_vnd, reason=reason, user=user,
        )
    # Stripe is called outside the transaction: no row lock is held while waiting on the network.
    # The requested row already counts against what is left, so a concurrent refund is refused.
    return send_refund(order_id=order.pk, refund=refund)


def refund_left(*, order: Order, paid: int, currency: str = "vnd") -> int:
    """What is left of `paid` after every refund of the order requested or done, in `currency`.

    Read with the order's row locked, so no other refund can start between this and the new row.
    """
    taken = order.refunds.filter(
        currency=currency.lower(), status__in=[RefundStatus.REQUESTED, RefundStatus.SUCCEEDED]
    ).aggregate(total=Sum("amount"))["total"] or 0
    return max(0, paid - taken)


def open_refund(*, order: Order, paid: int, currency: str, request_key: str, amount: int, reason: str = "", user=None) -> Refund:
    """With the order locked: the requested Refund row for `request_key`, never for more than is left.

    A row with the same key that did not fail is returned as it is (nothing more is asked); a
    failed one is asked again (same amount, same idempotency key). Raises RefundError when
    nothing or not that much is left.
    """
    existing = Refund.objects.filter(request_key=request_key).first()
    if existing is not None and existing.status != RefundStatus.FAILED:
        return existing
    left = refund_left(order=order, paid=paid, currency=currency)
    if left <= 0:
        raise RefundError(
            _("Nothing is left to refund on this order: earlier refunds, including any still in progress, cover what was paid.")
        )
    if not 1 <= amount <= left:
        raise RefundError(_("Enter an amount between 1 and %(left)s đồng.") % {"left": left})
    refund, created = Refund.objects.get_or_create(
        request_key=request_key,
        defaults={"order": order, "amount": amount, "currency": currency.lower(), "reason": reason[:255], "requested_by": user},
    )
    if not created:
        refund.status, refund.failure_message = RefundStatus.REQUESTED, ""
        refund.save(update_fields=["status", "failure_message"])
    return refund


def send_refund(*, order_id: int, refund: Refund, to_status: str | None = None) -> Refund:
    """Ask Stripe for a requested refund and record its answer on the row, whichever it is.

    Stripe refused or could not be reached: the row becomes failed, with Stripe's message, and
    PaymentGatewayError is raised. Stripe refunded: the row becomes succeeded and the order's
    refunded amount and status follow (see `_record_refund`). Called outside a transaction by the
    admin; inside the webhook's, where a failure rolls the row back with the event for a redelivery.
    """
    order = Order.objects.only("pk", "payment_intent_id").get(pk=order_id)
    try:
        refund_id = stripe_client.refund_payment(
            payment_intent_id=order.payment_intent_id, amount=stripe_client.from_stripe_amount(refund.amount, refund.currency),
            currency=refund.currency, idempotency_key=f"refund-{refund.request_key}",
        )
    except stripe_client.PaymentGatewayError as error:
        Refund.objects.filter(pk=refund.pk).update(status=RefundStatus.FAILED, failure_message=str(error)[:255])
        refund.status, refund.failure_message = RefundStatus.FAILED, str(error)[:255]
        raise
    with transaction.atomic():
        order = Order.objects.select_for_update().get(pk=order_id)
        _record_refund(order=order, refund=refund, stripe_refund_id=refund_id, note=refund.reason, to_status=to_status)
    return refund


def _record_refund(*, order, refund, stripe_refund_id, note="", to_status=None):
    """Book a refund Stripe accepted on the (locked) order and move its status.

    The row is marked succeeded first and whatever the status machine says: Stripe has refunded,
    so the row must say so even when the order cannot move (e.g. it is already refunded).
    """
    Refund.objects.filter(pk=refund.pk).update(status=RefundStatus.SUCCEEDED, stripe_refund_id=stripe_refund_id, failure_message="")
    refund.status, refund.stripe_refund_id = RefundStatus.SUCCEEDED, stripe_refund_id
    if refund.currency == "vnd":
        order.refunded_vnd = min(order.total_vnd, order.refunded_vnd + refund.amount)
        order.save(update_fields=["refunded_vnd"])
    if to_status is None:
        to_status = S.REFUNDED if order.refunded_vnd >= order.total_vnd else S.PARTIALLY_REFUNDED
    if to_status in ALLOWED_TRANSITIONS[order.status]:
        transition_order(order=order, to_status=to_status, note=note)
    else:
        logger.warning("Order %s: refund %s recorded, status stays %s", order.number, stripe_refund_id, order.status)


def refund_lost_hold(*, order: Order, amount: int) -> None:
    """The payment landed but the stock it was for is gone: give the money back, tell the buyer.

    Runs inside the webhook's transaction with the order locked; if Stripe fails, the exception
    rolls everything back and Stripe delivers the event again later.
    """
    refund = open_refund(
        order=order, paid=amount, currency="vnd", request_key=f"lost-hold-{order.number}", amount=amount,
        reason="stock no longer available when the payment arrived",
    )
    if refund.status != RefundStatus.SUCCEEDED:
        send_refund(order_id=order.pk, refund=refund, to_status=S.REFUNDED)
    enqueue_on_commit(send_order_email_task, order_id=order.pk, kind="refund_notice")


def refund_mismatched_payment(*, order: Order, amount: int, currency: str, note: str) -> Refund:
    """Money that does not match the order (amount or currency) is never kept.

    Inside the webhook's transaction with the order locked: everything the PaymentIntent took
    (`amount` in Stripe's unit of `currency`) goes back through the same refund code as an
    editor's refund, the order (if it was waiting for this payment) is refunded and its holds
    released, staff see it flagged in the Orders admin, and the buyer is emailed after commit.
    A Stripe failure rolls everything back; Stripe delivers the event again later.
    """
    refund = open_refund(
        order=order, paid=amount, currency=currency, request_key=f"mismatch-{order.payment_intent_id}"[:64], amount=amount,
        reason=note,
    )
    if refund.status == RefundStatus.SUCCEEDED:  # refunded when this event came before
        return refund
    waiting = order.status in (S.PENDING, S.CANCELLED)
    if waiting:
        for source in line_sources():
            source.release_lines(order=order)
    # An order already paid keeps its status: only this payment's money goes back.
    send_refund(order_id=order.pk, refund=refund, to_status=S.REFUNDED if waiting else order.status)
    flag_order(order=order, reason=AttentionReason.PAYMENT_MISMATCH)
    enqueue_on_commit(send_order_email_task, order_id=order.pk, kind="payment_mismatch")
    return refund


def flag_order(*, order: Order, reason: str) -> None:
    """Show the order to staff under "needs attention", with why."""
    Order.objects.filter(pk=order.pk).update(needs_attention=True, attention_reason=reason)
    order.needs_attention, order.attention_reason = True, reason


def resolve_attention(*, order_id: int) -> None:
    """Staff have dealt with a flagged order."""
    Order.objects.filter(pk=order_id).update(needs_attention=False, attention_reason="")
