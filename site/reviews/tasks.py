"""The reviews' background task: the daily review invitations."""

from core.tasks import retried_task
from reviews import invitations


@retried_task(attempts=3, backoff_seconds=600)
def send_review_invitations_task() -> tuple[int, int]:
    """The daily run (cron `send_review_invitations` enqueues it): every due buyer invited once.

    Raises when an email failed (after sending the others), so the run is retried; invitations
    already sent are claimed by their ReviewInvitation row and skipped."""
    sent, failed = invitations.send_due_invitations()
    if failed:
        raise RuntimeError(f"{failed} review invitations could not be sent ({sent} sent)")
    return sent, failed
