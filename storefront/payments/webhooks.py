"""Webhook events, whichever gateway sent them: verified by the gateway, recorded once, dispatched by kind.

The order becomes paid only here, from a verified PaymentSucceeded, never from the browser's word;
the money itself moves in storefront.orders (mark_paid, refunds).
"""

import logging

from django.db import transaction

from core.payments import GatewayEvent, PaymentFailed, PaymentSucceeded, RefundUpdated
from storefront.models import Order, PaymentEvent
from storefront.orders import mark_paid, record_payment_failure, record_refund_update

logger = logging.getLogger(__name__)


def process_event(event: GatewayEvent) -> str:
    """Handle an event once; returns what happened (for the log and the PaymentEvent row).

    The PaymentEvent insert comes first in the transaction: a second delivery of the same event
    blocks on the unique (provider, event id) index until the first commits, then finds the row
    and does nothing. Lock order after it: the order, then its line sources (storefront.checkout).
    """
    with transaction.atomic():
        record, created = PaymentEvent.objects.get_or_create(
            provider=event.provider,
            event_id=event.event_id,
            defaults={"type": event.type[:80], "provider_payment_id": event.provider_payment_id},
        )
        if not created:
            return "duplicate"
        outcome = dispatch(event)
        if event.provider_payment_id:
            record.order = Order.objects.filter(
                payment_provider=event.provider, provider_payment_id=event.provider_payment_id
            ).first()
        record.outcome = outcome[:120]
        record.save(update_fields=["order", "outcome"])
    return outcome


def dispatch(event: GatewayEvent) -> str:
    payment = {"provider": event.provider, "provider_payment_id": event.provider_payment_id}
    if isinstance(event, PaymentSucceeded):
        return mark_paid(**payment, amount=event.amount, currency=event.currency, status=event.status)
    if isinstance(event, PaymentFailed):
        return record_payment_failure(
            **payment, amount=event.amount, currency=event.currency, status=event.status, message=event.message
        )
    if isinstance(event, RefundUpdated):
        return record_refund_update(
            provider=event.provider,
            provider_refund_id=event.provider_refund_id,
            status=event.status,
            message=event.message,
        )
    return "ignored"
