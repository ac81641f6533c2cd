"""The cart's row lock: what a checkout, or a change of the cart's lines, holds first.

Only one buyer's own requests wait for their cart's row (a double click, a second tab), and what
the later request wants is the outcome of the first: it waits up to CART_LOCK_TIMEOUT_MS for it,
longer than the site-wide lock_timeout (DATABASE_LOCK_TIMEOUT_MS), which still bounds every other
lock of the transaction. A flash sale's first click can spend more than the site-wide timeout in
the queue for a hot stock row; its second click used to be answered "busy" instead of its order.
"""

from django.conf import settings
from django.db import connection

from storefront.models import Cart

CART_LOCK_TIMEOUT_MS = 15_000  # below the statement timeout (25 s) and the worker's 30 s


def _set_lock_timeout(milliseconds):
    with connection.cursor() as cursor:  # SET LOCAL takes no parameters; set_config(…, true) does
        cursor.execute("SELECT set_config('lock_timeout', %s, true)", [f"{milliseconds}ms"])


def lock_cart(*, cart_id: int) -> None:
    """Lock the cart's row until the end of the current transaction (call inside atomic())."""
    if connection.vendor != "postgresql":
        Cart.objects.select_for_update(no_key=True).only("pk").get(pk=cart_id)
        return
    _set_lock_timeout(CART_LOCK_TIMEOUT_MS)
    try:
        Cart.objects.select_for_update(no_key=True).only("pk").get(pk=cart_id)
    finally:
        _set_lock_timeout(settings.DATABASE_LOCK_TIMEOUT_MS)
