"""Tourism's background tasks, run by the worker after commit: emails and cancellations' refunds."""

from core.tasks import retried_task
from tourism import bookings, change_notices, notifications
from tourism.models import Booking


@retried_task()
def send_booking_confirmation_task(*, booking_id: int) -> bool:
    """The confirmation once (its sent-at claim makes a repeated run send nothing); a mail error is retried."""
    return notifications.send_booking_confirmation(booking_id=booking_id, raise_errors=True)


@retried_task()
def refund_cancelled_booking_task(*, booking_id: int) -> str | None:
    """The refund of a cancelled booking through its order; its fixed key makes a repeated run pay nothing twice."""
    return bookings.refund_booking(booking=Booking.objects.get(pk=booking_id))


@retried_task()
def send_change_notices_task(*, change_id: int) -> None:
    """The traveller, the operator and the host are told of a cancellation or a date change (tourism.change_notices)."""
    change_notices.send_change_notices(change_id=change_id)
