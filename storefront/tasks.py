"""The shop's background tasks: the buyer's emails, sent by the worker after the order commits."""

from core.tasks import retried_task
from storefront import emails


@retried_task()
def send_order_email_task(*, order_id: int, kind: str) -> bool:
    """The email once (its sent-at claim makes a repeated run send nothing); a mail error is retried."""
    return emails.send_order_email(order_id=order_id, kind=kind, raise_errors=True)
