"""Background work (core/tasks.py): the database backend's worker runs the tasks, retries them with backoff,
and a webhook answers Stripe with the buyer's email merely enqueued.

These tests run the worker's own loop (django_tasks_db's `Worker`, as `manage.py db_worker --batch` does)
against the test database; the other tests run tasks at once (the immediate backend).
"""

import datetime
import smtplib
import uuid
from io import StringIO

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from core.tasks import ATTEMPT, retried_task
from storefront.checkout import start_checkout
from storefront.models import Order, OrderStatus
from storefront.tasks import send_order_email_task
from tests.storefront.factories import checkout_details, make_cart, make_shop, payment_event, signed_webhook

# The worker's loop commits: the Wagtail root page comes back after the flush.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
DATABASE_BACKEND = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
failures_left = {}


@retried_task(attempts=3, backoff_seconds=60)
def flaky_task(*, key: str) -> str:
    if failures_left.get(key, 0) > 0:
        failures_left[key] -= 1
        raise ConnectionError("the server is down")
    return f"done {key}"


class RefusingEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise smtplib.SMTPServerDisconnected("the mail server is down")


@pytest.fixture
def database_tasks(settings):
    settings.TASKS = DATABASE_BACKEND


def run_worker():
    """What `manage.py db_worker --batch` does: run every task that is due, then stop."""
    Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
        excluded_queue_names=[],
    ).run()


def due_now():
    """Time passes: the retries waiting for their backoff become due."""
    DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now() - datetime.timedelta(seconds=1))


def test_a_failing_task_is_retried_with_a_growing_backoff_until_it_succeeds(database_tasks):
    failures_left["a"] = 2
    flaky_task.enqueue(key="a")

    waits = []
    for attempt in (2, 3):
        before = timezone.now()
        run_worker()
        retry = DBTaskResult.objects.get(status="READY")
        assert retry.args_kwargs["kwargs"] == {"key": "a", ATTEMPT: attempt}
        waits.append(round((retry.run_after - before).total_seconds() / 60))
        due_now()
    run_worker()

    assert waits == [1, 2]  # minutes: 60 s, then doubled
    assert sorted(DBTaskResult.objects.values_list("status", flat=True)) == ["FAILED", "FAILED", "SUCCESSFUL"]
    assert DBTaskResult.objects.get(status="SUCCESSFUL").return_value == "done a"
    assert "ConnectionError" in DBTaskResult.objects.filter(status="FAILED").first().traceback

    out = StringIO()
    call_command("tasks", stdout=out)
    assert out.getvalue().splitlines()[0] == "ready 0  running 0  failed 2  successful 1"
    assert "flaky_task  {'key': 'a'}  attempt 3" in out.getvalue()


def test_a_task_that_keeps_failing_gives_up_after_its_last_attempt(database_tasks):
    failures_left["b"] = 10
    flaky_task.enqueue(key="b")
    for _ in range(5):
        run_worker()
        due_now()

    assert list(DBTaskResult.objects.values_list("status", flat=True)) == ["FAILED"] * 3
    assert failures_left["b"] == 7


def _paid_order(home_page):
    order = start_checkout(cart=make_cart((make_shop(home_page, stock=5), 2)), details=checkout_details(language="en"))
    Order.objects.filter(pk=order.pk).update(provider_payment_id=f"pi_test_{uuid.uuid4().hex[:12]}")
    order.refresh_from_db()
    return order


def test_the_webhook_answers_stripe_with_the_email_only_enqueued(client, home_page, database_tasks, settings):
    settings.EMAIL_BACKEND = "tests.test_tasks.RefusingEmailBackend"  # would raise, were it called
    order = _paid_order(home_page)
    payload = payment_event(order)

    response = client.post(
        "/stripe/webhook/",
        payload,
        content_type="application/json",
        HTTP_STRIPE_SIGNATURE=signed_webhook(payload, secret=settings.STRIPE_WEBHOOK_SECRET),
    )

    order.refresh_from_db()
    assert response.status_code == 200 and order.status == OrderStatus.PAID
    queued = DBTaskResult.objects.get(task_path="storefront.tasks.send_order_email_task")
    assert queued.status == "READY" and queued.args_kwargs["kwargs"] == {"order_id": order.pk, "kind": "confirmation"}
    assert mail.outbox == [] and order.confirmation_sent_at is None

    run_worker()  # the mail server is still down: the claim is given back and a retry waits
    order.refresh_from_db()
    assert order.confirmation_sent_at is None
    retry = DBTaskResult.objects.get(task_path="storefront.tasks.send_order_email_task", status="READY")
    assert retry.args_kwargs["kwargs"][ATTEMPT] == 2

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"  # the mail server is back
    due_now()
    run_worker()
    send_order_email_task.enqueue(order_id=order.pk, kind="confirmation")  # a duplicate run sends nothing
    run_worker()

    assert len(mail.outbox) == 1 and order.number in mail.outbox[0].subject
    assert Order.objects.get(pk=order.pk).confirmation_sent_at is not None
    emails = DBTaskResult.objects.filter(task_path="storefront.tasks.send_order_email_task", status="SUCCESSFUL")
    assert list(emails.values_list("return_value", flat=True)) == [True, False]
    # The rest of the payment's follow-ups ran too (search index of the product whose stock changed, …).
    assert not DBTaskResult.objects.exclude(status__in=["SUCCESSFUL", "FAILED"]).exists()
