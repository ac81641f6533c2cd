"""Who is told of a cancellation or a date change: the traveller, the package's operator, the host."""

from tourism import notifications
from tourism.models import BookingChange


def send_change_notices(*, change_id):
    """Email the traveller (in their language) and the operator and hosts of what changed."""
    change = BookingChange.objects.select_related("booking").get(pk=change_id)
    notifications.send_traveller_change_email(change=change)
    notifications.send_partner_change_emails(change=change)
