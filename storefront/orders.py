"""Orders after checkout: the status machine, fulfilment, and the order's money (the emails: storefront/emails.py).

`mark_paid` and `refund` are the one way an order's money moves, whichever gateway
(core.payments) carried it: the webhook handlers, the admin's order actions and booking
cancellations all come through them.
"""

import logging
import secrets
from dataclasses import dataclass

from django.db import transaction
from django.db.models import F, Sum
from django.db.models.functions import Greatest
from django.utils import timezone
from django.utils.translation import gettext as _

from core.payments import FINAL_PAYMENT_STATUSES, GatewayError, gateway
from core.tasks import enqueue_on_commit
from storefront.inventory import restock_units
from storefront.line_sources import line_sources
from storefront.models import (
    AttentionReason,
    CartLine,
    LineKind,
    Order,
    OrderLine,
    OrderStatus,
    OrderStatusChange,
    Payment,
    Refund,
    RefundLine,
    RefundStatus,
)
from storefront.tasks import send_order_email_task
from storefront.vouchers import confirm as confirm_voucher

logger = logging.getLogger(__name__)

S = OrderStatus
# Forward only. The status is the order's fulfilment (docs/orders.md): a partial refund changes
# nothing here (Order.refunded_vnd and OrderLine.refunded_quantity say it), so the rest of the order
# is still packed and shipped; a refund of everything ends it (refunded), and a paid order not yet
# shipped can be cancelled (refunded in full, its goods back in stock). A payment landing on a
# cancelled or still-pending order whose stock is gone goes straight to refunded.
ALLOWED_TRANSITIONS = {
    S.PENDING: {S.PAID, S.CANCELLED, S.REFUNDED},
    S.PAID: {S.FULFILLED, S.SHIPPED, S.CANCELLED, S.REFUNDED},
    S.FULFILLED: {S.SHIPPED, S.CANCELLED, S.REFUNDED},
    S.SHIPPED: {S.REFUNDED},
    # Orders partly refunded before refunds stopped moving the status: still packable and shippable.
    S.PARTIALLY_REFUNDED: {S.FULFILLED, S.SHIPPED, S.REFUNDED},
    S.CANCELLED: {S.REFUNDED},
    S.REFUNDED: set(),
}
REFUNDABLE = {S.PAID, S.FULFILLED, S.SHIPPED, S.PARTIALLY_REFUNDED}
CANCELLABLE = {S.PAID, S.FULFILLED, S.PARTIALLY_REFUNDED}
_NUMBER_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread on the phone


class IllegalTransition(Exception):
    pass


class RefundError(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


def new_order_number(*, now=None) -> str:
    """ "CB-261129-7KQ4M": the date and five random characters; unique across the table."""
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


def mark_shipped(*, order_id: int, tracking_number: str, carrier: str = "", tracking_url: str = "") -> Order:
    """The parcel left with `carrier`: recorded, and the buyer emailed once (the transition happens once)."""
    with transaction.atomic():
        order = Order.objects.select_for_update().get(pk=order_id)
        order.tracking_number = tracking_number.strip()[:80]
        order.carrier = carrier.strip()[:80]
        order.tracking_url = tracking_url.strip()[:200]
        transition_order(order=order, to_status=S.SHIPPED, note=f"{order.carrier} {order.tracking_number}".strip())
        order.save(update_fields=["tracking_number", "carrier", "tracking_url"])
        enqueue_on_commit(send_order_email_task, order_id=order.pk, kind="shipped")
        return order


# --- money in -----------------------------------------------------------------------------------


def payment_status_after(*, current: str, reported: str) -> str:
    """The Payment row's status once an event reports `reported`: forward only.

    A final status (succeeded, canceled) stays whatever arrives later, e.g. a failure event of an
    earlier attempt delivered late. Before that the latest report wins: a declined card sends the
    payment back to waiting (Stripe: requires_payment_method), and the buyer may try another.
    """
    return current if current in FINAL_PAYMENT_STATUSES else reported


def _locked_order(*, provider: str, provider_payment_id: str):
    return (
        Order.objects.select_for_update()
        .filter(payment_provider=provider, provider_payment_id=provider_payment_id)
        .first()
    )


def record_payment(
    *, order: Order, provider: str, provider_payment_id: str, amount: int, currency: str, status: str
) -> Payment:
    """Record what the provider says about a payment, never moving a final one (the order is locked)."""
    payment = Payment.objects.filter(provider=provider, provider_payment_id=provider_payment_id).first()
    if payment is None:
        return Payment.objects.create(
            order=order,
            provider=provider,
            provider_payment_id=provider_payment_id,
            amount=amount,
            currency=currency.lower(),
            status=status,
        )
    if payment.status not in FINAL_PAYMENT_STATUSES:
        payment.status = payment_status_after(current=payment.status, reported=status)
        payment.amount, payment.currency = amount, currency.lower()
        payment.save(update_fields=["status", "amount", "currency", "updated_at"])
    return payment


def mark_paid(*, provider: str, provider_payment_id: str, amount: int, currency: str, status: str = "succeeded") -> str:
    """The provider says the payment succeeded: the order becomes paid, once; returns what happened.

    Called only from a verified provider event, never from the browser's word. With the order
    locked: money that does not match the order (amount or currency) is refunded in full and the
    order flagged; a payment landing on a cancelled order, or on one whose holds are lost, is
    refunded; a paid order stays as it is. Otherwise every line source confirms its lines, the
    bought lines leave the cart, and the confirmation email is enqueued after commit. A gateway
    failure while refunding raises (GatewayError) and rolls everything back for a redelivery.
    """
    with transaction.atomic():
        order = _locked_order(provider=provider, provider_payment_id=provider_payment_id)
        if order is None:
            return "no order"
        record_payment(
            order=order,
            provider=provider,
            provider_payment_id=provider_payment_id,
            amount=amount,
            currency=currency,
            status=status,
        )
        if currency.lower() != "vnd" or amount != order.total_vnd:
            # Never kept: refunded in full, the buyer told, the order flagged for staff.
            note = f"paid {amount} {currency}, expected {order.total_vnd} vnd"
            logger.error("Order %s: %s; refunding", order.number, note)
            refund_mismatched_payment(order=order, amount=amount, currency=currency, note=note)
            return "amount mismatch: refunded"
        if order.status == S.CANCELLED and order.paid_at is not None:
            return "already cancelled"  # paid, then cancelled by staff and refunded: this payment is known
        if order.status == S.CANCELLED:
            refund_lost_hold(order=order, amount=amount)
            return "refunded: order cancelled"
        if order.status != S.PENDING:
            return "already " + order.status
        if not _confirm_all(order):
            for source in line_sources():
                source.release_lines(order=order)
            refund_lost_hold(order=order, amount=amount)
            return "refunded: hold lost"
        transition_order(order=order, to_status=S.PAID, note=provider_payment_id)
        for line in order.lines.all():  # what was bought leaves the cart; anything added since stays
            CartLine.objects.filter(cart_id=order.cart_id, source=line.source, reference=line.reference).delete()
        enqueue_on_commit(
            send_order_email_task, order_id=order.pk, kind="confirmation"
        )  # the provider waits for no mail server
    return "paid"


class _NotConfirmed(Exception):
    pass


def _confirm_all(order) -> bool:
    """Every source confirms its lines and the voucher its use, or none does (a savepoint undoes a partial confirmation)."""
    sources = {line.source for line in order.lines.all()}
    try:
        with transaction.atomic():
            for source in line_sources():
                if source.name in sources and not source.confirm_lines(order=order):
                    raise _NotConfirmed
            if not confirm_voucher(order=order):  # its use lapsed and the code is used up since
                raise _NotConfirmed
    except _NotConfirmed:
        return False
    return True


def record_payment_failure(
    *, provider: str, provider_payment_id: str, amount: int, currency: str, status: str, message: str = ""
) -> str:
    """An attempt was declined: the order stays pending, its cart and holds usable for another try.

    A failure reported after the payment succeeded (an earlier attempt's event delivered late)
    changes nothing: the payment and the order stay as they are.
    """
    with transaction.atomic():
        order = _locked_order(provider=provider, provider_payment_id=provider_payment_id)
        if order is None:
            return "no order"
        payment = record_payment(
            order=order,
            provider=provider,
            provider_payment_id=provider_payment_id,
            amount=amount,
            currency=currency,
            status=status,
        )
        if payment.status in FINAL_PAYMENT_STATUSES:
            return f"ignored: payment already {payment.status}"
        if order.status == S.PENDING:
            order.last_payment_error = (message or "")[:255]
            order.save(update_fields=["last_payment_error"])
    return "failed"


# --- money out ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class LineRefund:
    """Staff give back `quantity` units of an order line; `restock` puts them back on sale."""

    line_id: int
    quantity: int
    restock: bool = False


def refund(
    *,
    order_id: int,
    amount_vnd: int | None = None,
    request_key: str,
    reason: str = "",
    user=None,
    lines=(),
    to_status: str | None = None,
) -> Refund:
    """Refund part or all of a paid order through its gateway, once per `request_key`.

    By amount (`amount_vnd`), or by `lines` (LineRefund: units of product lines, each worth what
    was paid for it, see `line_refund_amount`; `amount_vnd` given too overrides their sum, as
    cancelling does). The key comes from the caller (one per rendered admin form; one per booking),
    becomes the Refund row's unique key and the gateway's idempotency key: a double click or a
    resubmitted form finds the same row and refunds nothing more. Refunds of one order are
    serialised on the order's row lock, and a refund is only requested for what is left (money and
    units) after every refund requested or done, so two editors refunding at once can never ask for
    more than was paid: the second is refused. Raises RefundError (a message for the editor) or GatewayError.
    """
    with transaction.atomic():
        order = Order.objects.select_for_update().get(pk=order_id)
        row = Refund.objects.filter(request_key=request_key).first()
        if row is not None and (row.order_id != order.pk or row.status != RefundStatus.FAILED):
            return row
        if order.status not in REFUNDABLE or not order.provider_payment_id:
            raise RefundError(_("Only a paid order can be refunded."))
        planned = [] if row is not None else _plan_line_refund(order=order, lines=lines)
        if row is not None:
            amount = row.amount
        elif amount_vnd is not None:
            amount = amount_vnd
        elif planned:
            amount = sum(line_amount for _line, _quantity, line_amount, _restock in planned)
        else:
            raise RefundError(_("Choose the units to refund, or enter an amount."))
        row = open_refund(
            order=order,
            paid=order.total_vnd,
            currency="vnd",
            request_key=request_key,
            amount=amount,
            reason=reason,
            user=user,
        )
        if planned and not row.lines.exists():
            RefundLine.objects.bulk_create(
                RefundLine(refund=row, line=line, quantity=quantity, amount=line_amount, restock=restock)
                for line, quantity, line_amount, restock in planned
            )
    # The gateway is called outside the transaction: no row lock is held while waiting on the network.
    # The requested row already counts against what is left, so a concurrent refund is refused.
    return send_refund(order_id=order.pk, refund=row, to_status=to_status)


def line_refund_amount(*, line: OrderLine, already: int, quantity: int) -> int:
    """What the buyer paid for `quantity` more units of `line` when `already` units were refunded.

    A line's paid amount is its price less its share of the voucher discount; each unit is worth
    an equal share, rounded down, cumulatively, so refunding every unit, in any steps, gives back
    exactly what was paid for the line.
    """
    paid = line.unit_price_vnd * line.quantity - line.discount_vnd
    return paid * (already + quantity) // line.quantity - paid * already // line.quantity


def units_refunded(*, line_ids) -> dict[int, int]:
    """Units of each line in refunds requested or done (read with the order locked)."""
    rows = (
        RefundLine.objects.filter(
            line_id__in=line_ids, refund__status__in=[RefundStatus.REQUESTED, RefundStatus.SUCCEEDED]
        )
        .values("line_id")
        .annotate(units=Sum("quantity"))
        .values_list("line_id", "units")
    )
    return dict(rows)


def _plan_line_refund(*, order, lines):
    """[(line, quantity, amount, restock)] for the requested lines; RefundError when any asks too much."""
    wanted = [request for request in lines if request.quantity > 0]
    if not wanted:
        return []
    order_lines = {line.pk: line for line in order.lines.all()}
    taken = units_refunded(line_ids=list(order_lines))
    planned = []
    for request in wanted:
        line = order_lines.get(request.line_id)
        if line is None:
            raise RefundError(_("That line is not on this order."))
        if line.kind == LineKind.BOOKING:
            raise RefundError(
                _(
                    "A booking is refunded by an amount, or by cancelling it under its policy in Bookings; "
                    "it cannot be refunded by units here."
                )
            )
        already = taken.get(line.pk, 0)
        if already + request.quantity > line.quantity:
            raise RefundError(
                _("%(item)s: only %(left)s of %(bought)s units are left to refund.")
                % {"item": line.sku or line.description, "left": line.quantity - already, "bought": line.quantity}
            )
        amount = line_refund_amount(line=line, already=already, quantity=request.quantity)
        planned.append((line, request.quantity, amount, request.restock))
    return planned


def cancel_order(*, order_id: int, request_key: str, reason: str = "", user=None) -> Refund:
    """Cancel a paid order not yet shipped: everything left is refunded, its goods go back into stock.

    The order ends cancelled and the buyer is emailed once. An order with bookings is refused:
    bookings are cancelled under their own policy (Bookings), which refunds them through `refund`.
    """
    with transaction.atomic():
        order = Order.objects.select_for_update().get(pk=order_id)
        existing = Refund.objects.filter(request_key=request_key, order=order).first()
        if existing is None:
            if order.status not in CANCELLABLE:
                raise RefundError(_("Only a paid order that has not been shipped can be cancelled."))
            if order.lines.filter(kind=LineKind.BOOKING).exists():
                raise RefundError(
                    _("This order has bookings: cancel them under their policy in Bookings, then refund the rest.")
                )
            taken = units_refunded(line_ids=list(order.lines.values_list("pk", flat=True)))
            lines = [
                LineRefund(line_id=line.pk, quantity=line.quantity - taken.get(line.pk, 0), restock=True)
                for line in order.lines.all()
            ]
            left = refund_left(order=order, paid=order.total_vnd)
    if existing is not None:
        return refund(order_id=order_id, request_key=request_key)
    return refund(
        order_id=order_id,
        amount_vnd=left,
        request_key=request_key,
        reason=reason or "order cancelled",
        user=user,
        lines=lines,
        to_status=S.CANCELLED,
    )


def refund_left(*, order: Order, paid: int, currency: str = "vnd") -> int:
    """What is left of `paid` after every refund of the order requested or done, in `currency`.

    Read with the order's row locked, so no other refund can start between this and the new row.
    """
    taken = (
        order.refunds.filter(
            currency=currency.lower(), status__in=[RefundStatus.REQUESTED, RefundStatus.SUCCEEDED]
        ).aggregate(total=Sum("amount"))["total"]
        or 0
    )
    return max(0, paid - taken)


def open_refund(
    *, order: Order, paid: int, currency: str, request_key: str, amount: int, reason: str = "", user=None
) -> Refund:
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
            _(
                "Nothing is left to refund on this order: earlier refunds, including any still in progress, cover what was paid."
            )
        )
    if not 1 <= amount <= left:
        raise RefundError(_("Enter an amount between 1 and %(left)s đồng.") % {"left": left})
    row, created = Refund.objects.get_or_create(
        request_key=request_key,
        defaults={
            "order": order,
            "provider": order.payment_provider,
            "amount": amount,
            "currency": currency.lower(),
            "reason": reason[:255],
            "requested_by": user,
        },
    )
    if not created:
        row.status, row.failure_message = RefundStatus.REQUESTED, ""
        row.save(update_fields=["status", "failure_message"])
    return row


def send_refund(*, order_id: int, refund: Refund, to_status: str | None = None) -> Refund:
    """Ask the order's gateway for a requested refund and record its answer on the row, whichever it is.

    The gateway refused or could not be reached: the row becomes failed, with its message, and
    GatewayError is raised. The gateway accepted: the row becomes succeeded and the order's
    refunded amount and status follow (see `_record_refund`). Called outside a transaction by the
    admin; inside the webhook's, where a failure rolls the row back with the event for a redelivery.
    """
    order = Order.objects.only("pk", "payment_provider", "provider_payment_id").get(pk=order_id)
    try:
        result = gateway(order.payment_provider).refund(
            provider_payment_id=order.provider_payment_id,
            amount=refund.amount,
            currency=refund.currency,
            idempotency_key=f"refund-{refund.request_key}",
        )
    except GatewayError as error:
        Refund.objects.filter(pk=refund.pk).update(status=RefundStatus.FAILED, failure_message=str(error)[:255])
        refund.status, refund.failure_message = RefundStatus.FAILED, str(error)[:255]
        raise
    with transaction.atomic():
        order = Order.objects.select_for_update().get(pk=order_id)
        _record_refund(
            order=order,
            refund=refund,
            provider_refund_id=result.provider_refund_id,
            note=refund.reason,
            to_status=to_status,
        )
    return refund


def _record_refund(*, order, refund, provider_refund_id, note="", to_status=None):
    """Book a refund the gateway accepted on the (locked) order: once, however often it is reported.

    The row becomes succeeded with a conditional UPDATE; only the call that flips it books the money,
    the refunded units and their restocking, moves the status and emails the buyer, so a repeated
    answer or event changes nothing. The row says succeeded whatever the status machine says: the
    money has gone back even when the order cannot move (e.g. it is already refunded).
    """
    flipped = (
        Refund.objects.filter(pk=refund.pk)
        .exclude(status=RefundStatus.SUCCEEDED)
        .update(
            status=RefundStatus.SUCCEEDED,
            provider=order.payment_provider,
            provider_refund_id=provider_refund_id,
            failure_message="",
        )
    )
    refund.status, refund.provider, refund.provider_refund_id = (
        RefundStatus.SUCCEEDED,
        order.payment_provider,
        provider_refund_id,
    )
    if not flipped:
        return
    if refund.currency == "vnd":
        order.refunded_vnd = min(order.total_vnd, order.refunded_vnd + refund.amount)
        order.save(update_fields=["refunded_vnd"])
    _book_refund_lines(refund=refund)
    if to_status is None and order.refunded_vnd >= order.total_vnd:
        to_status = S.REFUNDED
    if to_status is not None and to_status != order.status:
        if to_status in ALLOWED_TRANSITIONS[order.status]:
            transition_order(order=order, to_status=to_status, note=note)
        else:
            logger.warning(
                "Order %s: refund %s recorded, status stays %s", order.number, provider_refund_id, order.status
            )
    if order.status == S.CANCELLED and to_status == S.CANCELLED:
        enqueue_on_commit(send_order_email_task, order_id=order.pk, kind="cancelled")
    elif not refund.request_key.startswith(_REFUNDS_WITH_THEIR_OWN_EMAIL):
        enqueue_on_commit(send_order_email_task, order_id=order.pk, kind="refunded", refund_id=refund.pk)


# Automatic refunds (payment mismatch, lost hold) have their own emails; bookings' refunds are told by tourism.
_REFUNDS_WITH_THEIR_OWN_EMAIL = ("lost-hold-", "mismatch-", "booking-")


def _book_refund_lines(*, refund):
    """The refund's units count as refunded on their lines; those marked so go back into stock."""
    restock = {}
    for refund_line in refund.lines.select_related("line"):
        line = refund_line.line
        back = refund_line.quantity if refund_line.restock and line.variant_id else 0
        OrderLine.objects.filter(pk=line.pk).update(
            refunded_quantity=F("refunded_quantity") + refund_line.quantity,
            restocked_quantity=F("restocked_quantity") + back,
        )
        if back:
            restock[line.variant_id] = restock.get(line.variant_id, 0) + back
    if restock:
        restock_units(quantities=restock)


def record_refund_update(*, provider: str, provider_refund_id: str, status: str, message: str = "") -> str:
    """The provider reports a refund's new status. Only a failure after acceptance changes anything.

    The row becomes failed, the money it counted leaves the order's refunded amount (the order's
    status stays: final statuses never move back), and the order is flagged for staff, who pay
    the buyer back another way. Serialised with every other refund on the order's row lock.
    """
    found = (
        Refund.objects.filter(provider=provider, provider_refund_id=provider_refund_id)
        .values_list("pk", "order_id")
        .first()
    )
    if found is None:
        return "no refund"
    if status != RefundStatus.FAILED:
        return f"refund {status}"
    with transaction.atomic():
        order = Order.objects.select_for_update().get(pk=found[1])
        row = Refund.objects.get(pk=found[0])
        if row.status == RefundStatus.FAILED:
            return "refund already failed"
        was_succeeded = row.status == RefundStatus.SUCCEEDED
        row.status, row.failure_message = RefundStatus.FAILED, (message or "failed after it was accepted")[:255]
        row.save(update_fields=["status", "failure_message"])
        if was_succeeded and row.currency == "vnd":
            order.refunded_vnd = max(0, order.refunded_vnd - row.amount)
            order.save(update_fields=["refunded_vnd"])
        if was_succeeded:  # the units are no longer paid back; what went back into stock stays there
            for refund_line in row.lines.all():
                OrderLine.objects.filter(pk=refund_line.line_id).update(
                    refunded_quantity=Greatest(F("refunded_quantity") - refund_line.quantity, 0)
                )
        flag_order(order=order, reason=AttentionReason.REFUND_FAILED)
    return "refund failed: flagged"


def refund_lost_hold(*, order: Order, amount: int) -> None:
    """The payment landed but the stock it was for is gone: give the money back, tell the buyer.

    Runs inside the webhook's transaction with the order locked; if the gateway fails, the
    exception rolls everything back and the provider delivers the event again later.
    """
    row = open_refund(
        order=order,
        paid=amount,
        currency="vnd",
        request_key=f"lost-hold-{order.number}",
        amount=amount,
        reason="stock no longer available when the payment arrived",
    )
    if row.status != RefundStatus.SUCCEEDED:
        send_refund(order_id=order.pk, refund=row, to_status=S.REFUNDED)
    enqueue_on_commit(send_order_email_task, order_id=order.pk, kind="refund_notice")


def refund_mismatched_payment(*, order: Order, amount: int, currency: str, note: str) -> Refund:
    """Money that does not match the order (amount or currency) is never kept.

    Inside the webhook's transaction with the order locked: everything the payment took
    (`amount` in the minor unit of `currency`) goes back through the same refund code as an
    editor's refund, the order (if it was waiting for this payment) is refunded and its holds
    released, staff see it flagged in the Orders admin, and the buyer is emailed after commit.
    A gateway failure rolls everything back; the provider delivers the event again later.
    """
    row = open_refund(
        order=order,
        paid=amount,
        currency=currency,
        request_key=f"mismatch-{order.provider_payment_id}"[:64],
        amount=amount,
        reason=note,
    )
    if row.status == RefundStatus.SUCCEEDED:  # refunded when this event came before
        return row
    waiting = order.status in (S.PENDING, S.CANCELLED)
    if waiting:
        for source in line_sources():
            source.release_lines(order=order)
    # An order already paid keeps its status: only this payment's money goes back.
    send_refund(order_id=order.pk, refund=row, to_status=S.REFUNDED if waiting else order.status)
    flag_order(order=order, reason=AttentionReason.PAYMENT_MISMATCH)
    enqueue_on_commit(send_order_email_task, order_id=order.pk, kind="payment_mismatch")
    return row


def flag_order(*, order: Order, reason: str) -> None:
    """Show the order to staff under "needs attention", with why."""
    Order.objects.filter(pk=order.pk).update(needs_attention=True, attention_reason=reason)
    order.needs_attention, order.attention_reason = True, reason


def resolve_attention(*, order_id: int) -> None:
    """Staff have dealt with a flagged order."""
    Order.objects.filter(pk=order_id).update(needs_attention=False, attention_reason="")
