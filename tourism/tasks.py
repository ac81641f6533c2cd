"""Tourism's background tasks: the traveller's booking email, sent by the worker after commit."""

from core.tasks import retried_task
from tourism import notifications


@retried_task()
def send_booking_confirmation_task(*, booking_id: int) -> bool:
    """The confirmation once (its sent-at claim makes a repeated run send nothing); a mail error is retried."""
    return notifications.send_booking_confirmation(booking_id=booking_id, raise_errors=True)
