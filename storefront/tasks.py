"""The shop's background tasks: the buyer's emails, sent by the worker after the order commits."""

from core.tasks import retried_task
from storefront import emails, season_alerts


@retried_task()
def send_order_email_task(*, order_id: int, kind: str, refund_id: int | None = None) -> bool:
    """The email once (a sent-at claim, or the one event that enqueues it); a mail error is retried."""
    return emails.send_order_email(order_id=order_id, kind=kind, refund_id=refund_id, raise_errors=True)


@retried_task(attempts=3, backoff_seconds=600)
def send_back_in_season_alerts_task() -> tuple[int, int]:
    """The daily run (cron `send_back_in_season_alerts` enqueues it): every due alert emailed once.

    Raises when an email failed (after sending the others), so the run is retried; alerts already
    sent are claimed by their notified_at and skipped."""
    sent, failed = season_alerts.send_due_alerts()
    if failed:
        raise RuntimeError(f"{failed} back-in-season alerts could not be sent ({sent} sent)")
    return sent, failed
