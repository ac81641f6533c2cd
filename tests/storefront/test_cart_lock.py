"""A second click waits for its cart's first click longer than the site-wide lock timeout, and only for that lock."""

import threading
import time

import pytest
from django.db import connection, transaction

from storefront.cart_lock import lock_cart
from storefront.models import Cart

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_the_later_request_waits_past_the_site_wide_timeout_for_its_cart_then_the_timeout_is_back():
    cart = Cart.objects.create()
    locked, seen = threading.Event(), {}

    def first_click():
        try:
            with transaction.atomic():
                lock_cart(cart_id=cart.pk)
                locked.set()
                time.sleep(5.5)  # longer than DATABASE_LOCK_TIMEOUT_MS (4 s): a checkout slowed by a crowd
        finally:
            connection.close()

    def second_click():
        try:
            locked.wait(10)
            started = time.monotonic()
            with transaction.atomic():
                lock_cart(cart_id=cart.pk)
                seen["waited"] = time.monotonic() - started
                with connection.cursor() as cursor:
                    cursor.execute("SHOW lock_timeout")
                    seen["after"] = cursor.fetchone()[0]
        except Exception as error:  # noqa: BLE001  the test reads what the thread met
            seen["error"] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=first_click), threading.Thread(target=second_click)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert "error" not in seen, seen
    assert seen["waited"] > 4.5  # it waited for the first click instead of answering "busy"
    assert seen["after"] == "4s"  # every other lock of the transaction keeps the site-wide timeout
