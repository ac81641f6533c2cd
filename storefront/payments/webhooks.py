"""Stripe webhook events: verified, recorded once, dispatched by type.

The order becomes paid only here, from a signed `payment_intent.succeeded`, never from the
browser's word.
"""
import logging

import stripe
from django.conf import settings
from django.db import transaction

from core.tasks import enqueue_on_commit
from storefront.line_sources import line_sources
from storefront.models import CartLine, Order, OrderStatus, Payment, StripeEvent
from storefront.orders import refund_lost_hold, refund_mismatched_payment, transition_order
from storefront.tasks import send_order_email_task

logger = logging.getLogger(__name__)


class InvalidWebhook(Exception):
    """Bad, stale or missing signature, or a body that is not an event: answer 400, write nothing."""


def verify_event(*, payload: bytes, signature: str):
    """The event, if `signature` signs exactly `payload` with our secret within Stripe's 5-minute tolerance."""
    if not signature:
        raise InvalidWebhook("missing signature")
    try:
        return stripe.Webhook.construct_event(payload, signature, settings.STRIPE_WEBHOOK_SECRET)
    except (ValueError, stripe.SignatureVerificationError) as error:
        raise InvalidWebhook(str(error)) from error


def process_event(event) -> str:
    """Handle an event once; returns what happened (for the log and the StripeEvent row).

    The StripeEvent insert comes first in the transaction: a second delivery of the same event
    blocks on the unique index until the first commits, then finds the row and does nothing.
    """
    intent = event.data.object if event.type.startswith("payment_intent.") else None
    with transaction.atomic():
        record, created = StripeEvent.objects.get_or_create(
            event_id=event.id, defaults={"type": event.type, "payment_intent_id": intent.id if intent else ""}
        )
        if not created:
            return "duplicate"
        handler = HANDLERS.get(event.type)
        outcome = handler(intent) if handler else "ignored"
        record.order = Order.objects.filter(payment_intent_id=intent.id).first() if intent else None
        record.outcome = outcome
        record.save(update_fields=["order", "outcome"])
    return outcome


def _locked_order(intent):
    return Order.objects.select_for_update().filter(payment_intent_id=intent.id).first()


# Stripe's PaymentIntent statuses after which nothing changes the payment any more.
FINAL_PAYMENT_STATUSES = frozenset({"succeeded", "canceled"})


def payment_status_after(*, current: str, reported: str) -> str:
    """The Payment row's status once an event reports `reported`: forward only.

    A final status (succeeded, canceled) stays whatever arrives later, e.g. a payment_failed
    event of an earlier attempt delivered late. Before that the latest report wins: a declined
    card sends the intent back to requires_payment_method, and the buyer may try another.
    """
    return current if current in FINAL_PAYMENT_STATUSES else reported


def _record_payment(order, intent) -> Payment:
    """Record what Stripe says about the intent, never moving a final payment (the order is locked)."""
    payment = Payment.objects.filter(payment_intent_id=intent.id).first()
    if payment is None:
        return Payment.objects.create(
            order=order, payment_intent_id=intent.id, amount=intent.amount, currency=intent.currency, status=intent.status
        )
    if payment.status not in FINAL_PAYMENT_STATUSES:
        payment.status = payment_status_after(current=payment.status, reported=intent.status)
        payment.amount, payment.currency = intent.amount, intent.currency
        payment.save(update_fields=["status", "amount", "currency", "updated_at"])
    return payment


def handle_payment_succeeded(intent) -> str:
    order = _locked_order(intent)
    if order is None:
        return "no order"
    _record_payment(order, intent)
    if intent.currency.lower() != "vnd" or intent.amount != order.total_vnd:
        # Never kept: refunded in full, the buyer told, the order flagged for staff.
        note = f"paid {intent.amount} {intent.currency}, expected {order.total_vnd} vnd"
        logger.error("Order %s: %s; refunding", order.number, note)
        refund_mismatched_payment(order=order, amount=intent.amount, currency=intent.currency, note=note)
        return "amount mismatch: refunded"
    if order.status == OrderStatus.CANCELLED:
        refund_lost_hold(order=order, amount=intent.amount)
        return "refunded: order cancelled"
    if order.status != OrderStatus.PENDING:
        return "already " + order.status
    if not _confirm_all(order):
        for source in line_sources():
            source.release_lines(order=order)
        refund_lost_hold(order=order, amount=intent.amount)
        return "refunded: hold lost"
    transition_order(order=order, to_status=OrderStatus.PAID, note=intent.id)
    for line in order.lines.all():  # what was bought leaves the cart; anything added since stays
        CartLine.objects.filter(cart_id=order.cart_id, source=line.source, reference=line.reference).delete()
    enqueue_on_commit(send_order_email_task, order_id=order.pk, kind="confirmation")  # Stripe waits for no mail server
    return "paid"


class _NotConfirmed(Exception):
    pass


def _confirm_all(order) -> bool:
    """Every source confirms its lines, or none does (a savepoint undoes a partial confirmation)."""
    sources = {line.source for line in order.lines.all()}
    try:
        with transaction.atomic():
            for source in line_sources():
                if source.name in sources and not source.confirm_lines(order=order):
                    raise _NotConfirmed
    except _NotConfirmed:
        return False
    return True


def handle_payment_failed(intent) -> str:
    """The card was declined: the order stays pending, its cart and holds usable for another try.

    A failure reported after the payment succeeded (an earlier attempt's event delivered late)
    changes nothing: it is recorded as an event, and the payment and the order stay as they are.
    """
    order = _locked_order(intent)
    if order is None:
        return "no order"
    payment = _record_payment(order, intent)
    if payment.status in FINAL_PAYMENT_STATUSES:
        return f"ignored: payment already {payment.status}"
    if order.status == OrderStatus.PENDING:
        error = getattr(intent, "last_payment_error", None)
        order.last_payment_error = (getattr(error, "message", None) or "")[:255]
        order.save(update_fields=["last_payment_error"])
    return "failed"


HANDLERS = {
    "payment_intent.succeeded": handle_payment_succeeded,
    "payment_intent.payment_failed": handle_payment_failed,
}
