"""Dependencies that fail mid-way: the mail server, the search engine, a database lock held too
long. Stripe failing at checkout is tested in tests/storefront/test_checkout.py
(test_stripe_unreachable_keeps_cart_and_holds) and here for the retry's idempotency key."""

import socket
import time

import psycopg
import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from storefront.checkout import ensure_payment, start_checkout
from storefront.models import Order, OrderStatus, StockLevel
from tests.servers import free_port
from tests.storefront.factories import checkout_details, make_cart, make_shop, payment_event, signed_webhook

SECRET = "whsec_test_secret"


@pytest.fixture
def smtp_down(settings):
    """A real SMTP connection to a port where nothing listens: connection refused."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = free_port()
    return settings


@pytest.fixture
def smtp_hanging(settings):
    """A mail server that accepts the connection and never says a word."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(5)
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = server.getsockname()[1]
    settings.EMAIL_TIMEOUT = 1
    yield settings
    server.close()


def _pending_order(home_page, language="en"):
    variant = make_shop(home_page, stock=5)
    order = start_checkout(cart=make_cart((variant, 2)), details=checkout_details(language=language))
    Order.objects.filter(pk=order.pk).update(provider_payment_id=f"pi_mail_{order.pk}")
    order.refresh_from_db()
    return order


def _pay(client, order):
    payload = payment_event(order, event_id=f"evt_mail_{order.pk}")
    return client.post(
        "/stripe/webhook/",
        payload,
        content_type="application/json",
        HTTP_STRIPE_SIGNATURE=signed_webhook(payload, secret=SECRET),
    )


@pytest.mark.django_db
@pytest.mark.parametrize("mail_fault", ["smtp_down", "smtp_hanging"])
def test_mail_server_down_the_order_is_still_paid_and_the_email_sent_later(
    client, home_page, django_capture_on_commit_callbacks, settings, request, mail_fault
):
    request.getfixturevalue(mail_fault)
    order = _pending_order(home_page)

    started = time.monotonic()
    with django_capture_on_commit_callbacks(execute=True):
        response = _pay(client, order)
    elapsed = time.monotonic() - started

    order.refresh_from_db()
    assert response.status_code == 200  # Stripe must not keep redelivering a payment we booked
    assert order.status == OrderStatus.PAID
    assert order.confirmation_sent_at is None  # claim given back: not lost, waiting
    assert elapsed < 5

    # The mail server is still down: the retry fails again and keeps the email waiting.
    call_command("send_unsent_order_emails", stdout=open("/dev/null", "w"))
    order.refresh_from_db()
    assert order.confirmation_sent_at is None

    # The mail server is back.
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    from io import StringIO

    out = StringIO()
    call_command("send_unsent_order_emails", stdout=out)
    order.refresh_from_db()
    assert "1 order emails sent, 0 still failing" in out.getvalue()
    assert len(mail.outbox) == 1 and order.number in mail.outbox[0].subject
    assert order.confirmation_sent_at is not None

    call_command("send_unsent_order_emails", stdout=out)
    assert len(mail.outbox) == 1  # sent once, never again


@pytest.mark.django_db
def test_mail_server_down_a_booking_stays_confirmed_and_its_email_is_retried(
    home_page, smtp_down, django_capture_on_commit_callbacks
):
    from io import StringIO

    from tests.tourism.factories import make_experience, make_session, make_village
    from tourism.bookings import Traveller, confirm_booking, hold_session_seats
    from tourism.models import Booking, BookingStatus

    session = make_session(make_experience(make_village(home_page)))
    traveller = Traveller(name="Lan", email="lan@example.com", phone="0900", language="en")
    booking = hold_session_seats(session=session, people=2, traveller=traveller, now=timezone.now())

    with django_capture_on_commit_callbacks(execute=True):
        confirm_booking(booking=booking, now=timezone.now())

    booking.refresh_from_db()
    assert booking.status == BookingStatus.CONFIRMED and booking.confirmation_sent_at is None

    smtp_down.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    out = StringIO()
    call_command("send_unsent_booking_emails", stdout=out)
    assert "1 booking emails sent, 0 still failing" in out.getvalue()
    assert len(mail.outbox) == 1 and mail.outbox[0].attachments[0][0] == f"booking-{booking.pk}.ics"
    assert Booking.objects.get(pk=booking.pk).confirmation_sent_at is not None
    call_command("send_unsent_booking_emails", stdout=out)
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_stripe_failing_then_back_the_retry_reuses_the_orders_idempotency_key(home_page, settings, stripe_settings):
    """The buyer's retry after a Stripe outage reuses the order (and its key): one intent, stock held once."""
    from storefront.checkout import CheckoutError
    from storefront.payments import stripe_client

    variant = make_shop(home_page, stock=5)
    cart = make_cart((variant, 2))
    keys = []
    real_create = stripe_client.create_payment_intent

    def recording_create(**kwargs):
        keys.append(kwargs["idempotency_key"])
        return real_create(**kwargs)

    stripe_client.create_payment_intent, saved = recording_create, real_create
    try:
        working = settings.STRIPE_API_BASE
        settings.STRIPE_API_BASE = f"http://127.0.0.1:{free_port()}"  # Stripe down
        order = start_checkout(cart=cart, details=checkout_details())
        with pytest.raises(CheckoutError):
            ensure_payment(order=order)
        assert StockLevel.objects.get(variant=variant).quantity == 3  # the hold stays for the retry

        settings.STRIPE_API_BASE = working  # Stripe back: the buyer presses "pay" again
        again = start_checkout(cart=cart, details=checkout_details())
        intent = ensure_payment(order=again)
    finally:
        stripe_client.create_payment_intent = saved

    assert again.pk == order.pk and Order.objects.count() == 1
    assert len(keys) == 2 and keys[0] == keys[1]
    assert intent.amount == again.total_vnd
    assert StockLevel.objects.get(variant=variant).quantity == 3


@pytest.mark.django_db
def test_search_engine_down_search_says_so_and_the_rest_of_the_site_works(client, home_page, settings):
    product = make_shop(home_page, stock=5).product
    settings.SEARCH_ELASTICSEARCH_URL = f"http://127.0.0.1:{free_port()}"
    settings.SEARCH_ELASTICSEARCH_TIMEOUT_SECONDS = 1

    page = client.get("/en/search/", {"q": "tea"})
    api = client.get("/en/search/api/", {"q": "tea"})
    suggest = client.get("/en/search/suggest/", {"q": "te"})
    home = client.get("/en/")
    # Publishing still works: the re-indexing that runs after commit fails (logged), the page is live.
    product.title_en = "Shan tuyet tea, new harvest"
    product.save_revision().publish()
    product.refresh_from_db()
    from sitesearch.indexing import index_object
    from sitesearch.signals import _IndexTask

    _IndexTask(index_object, "product", product.pk)()  # what on_commit runs: must not raise

    assert page.status_code == 503
    assert "Search is unavailable right now" in page.content.decode()
    assert api.status_code == 503 and api.json()["messages"] == [
        "Search is unavailable right now. Please try again in a few minutes."
    ]
    assert suggest.status_code == 200 and suggest.json() == {"suggestions": []}
    assert home.status_code == 200
    assert product.live and product.title_en == "Shan tuyet tea, new harvest"
    assert client.get(product.get_url()).status_code == 200


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_row_lock_held_elsewhere_gives_busy_please_try_again_not_a_hung_worker(client, home_page, stripe_settings):
    with connection.cursor() as cursor:
        cursor.execute("SHOW lock_timeout")
        assert cursor.fetchone()[0] == "4s"  # from DATABASE_LOCK_TIMEOUT_MS via the connection OPTIONS
    variant = make_shop(home_page, stock=5)
    client.post("/vi/cart/add/", {"variant": variant.pk, "quantity": "1"})
    level = StockLevel.objects.get(variant=variant)

    params = connection.get_connection_params()
    params.pop("options", None)
    params.pop("cursor_factory", None)
    holder = psycopg.connect(**params)
    holder.execute("BEGIN")
    holder.execute("SELECT quantity FROM storefront_stocklevel WHERE id = %s FOR UPDATE", [level.pk])
    try:
        started = time.monotonic()
        response = client.post(
            "/vi/checkout/",
            {
                "name": "Lan",
                "email": "lan@example.com",
                "phone": "0912",
                "delivery_method": "pickup",
                "address_kind": "vietnam",
                "accept_terms": True,
            },
        )
        elapsed = time.monotonic() - started
    finally:
        holder.rollback()
        holder.close()

    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    html = response.content.decode()
    assert "Trang web đang bận" in html
    assert "LockNotAvailable" not in html and "storefront_stocklevel" not in html
    assert elapsed < 30  # gave up on the lock after DATABASE_LOCK_TIMEOUT_MS: not a hung worker
    # Nothing half-done: the stock is untouched and the cart still holds the line.
    assert StockLevel.objects.get(variant=variant).quantity == 5
    assert client.get("/vi/cart/badge/").json()["count"] == 1
    # With the lock gone, the same request goes through.
    retry = client.post(
        "/vi/checkout/",
        {
            "name": "Lan",
            "email": "lan@example.com",
            "phone": "0912",
            "delivery_method": "pickup",
            "address_kind": "vietnam",
            "accept_terms": True,
        },
    )
    assert retry.status_code == 302 and "/pay/" in retry["Location"]


@pytest.mark.django_db
def test_stripe_hanging_mid_checkout_times_out_into_try_again_with_cart_and_holds_kept(client, home_page, settings):
    """Stripe accepts the connection and never answers: the buyer waits seconds, not a worker's life."""
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(5)
    settings.STRIPE_API_BASE = f"http://127.0.0.1:{silent.getsockname()[1]}"
    settings.STRIPE_TIMEOUT_SECONDS = 1
    settings.STRIPE_MAX_NETWORK_RETRIES = 1
    variant = make_shop(home_page, stock=5)
    client.post("/en/cart/add/", {"variant": variant.pk, "quantity": "2"})

    try:
        started = time.monotonic()
        response = client.post(
            "/en/checkout/",
            {
                "name": "Lan",
                "email": "lan@example.com",
                "phone": "0912",
                "delivery_method": "pickup",
                "address_kind": "vietnam",
                "accept_terms": True,
            },
        )
        elapsed = time.monotonic() - started
    finally:
        silent.close()

    assert response.status_code == 503
    assert "The payment service is unavailable right now" in response.content.decode()
    assert elapsed < 6  # two tries of one second, plus the back-off
    assert client.get("/en/cart/badge/").json()["count"] == 2
    assert StockLevel.objects.get(variant=variant).quantity == 3
    order = Order.objects.get()
    assert order.status == OrderStatus.PENDING and order.provider_payment_id is None
