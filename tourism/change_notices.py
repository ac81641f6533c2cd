"""Who is told of a cancellation or a date change: the traveller, the package's operator, the host."""


def send_cancellation_notices(*, change_id):
    """Email the traveller (their language) and the operator and host of what was cancelled."""
