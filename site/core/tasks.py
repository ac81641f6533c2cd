"""Background work: tasks enqueued after commit and retried with backoff (django-tasks).

The request only enqueues (with the database backend, one row); `manage.py db_worker` does the
work. Enqueue after commit, so the worker never looks for rows the request has not committed.

django-tasks runs a task once and a failure is final, but our tasks talk to servers that come
back (a mail server, a CDN, Elasticsearch). `retried_task` is the small loop that is missing: a
failed run enqueues itself again with `run_after` doubling (1, 2, 4, 8 minutes), up to
`attempts` runs. Each run is its own result row with its traceback, and carries its attempt
number in its kwargs (`_attempt`), so `manage.py tasks` and the admin show the whole history.
The tasks themselves are idempotent (sent-at claims, index by id, purge by URL): a run repeated
after a crash does no harm.
"""

import datetime
import functools
import logging

from django.db import transaction
from django.utils import timezone
from django_tasks import task

logger = logging.getLogger(__name__)
ATTEMPT = "_attempt"


def enqueue_on_commit(task_, /, *args, **kwargs):
    """Enqueue `task_` once the current transaction commits (at once outside a transaction)."""
    transaction.on_commit(lambda: task_.enqueue(*args, **kwargs))


def backoff(attempt: int, base_seconds: int) -> datetime.timedelta:
    """The wait before attempt `attempt + 1`: base, 2×base, 4×base…"""
    return datetime.timedelta(seconds=base_seconds * 2 ** (attempt - 1))


def retried_task(*, attempts: int = 5, backoff_seconds: int = 60, **task_options):
    """@task, plus: a run that raises is enqueued again after a backoff, `attempts` runs in all.

    The error is re-raised, so the failed run is recorded as failed. A backend that cannot defer
    (the immediate backend of the tests) gets one attempt: there is no worker to come back later.
    """

    def decorate(func):
        @functools.wraps(func)  # the task's path stays the module attribute the worker imports
        def run(*args, **kwargs):
            attempt = kwargs.pop(ATTEMPT, 1)
            try:
                return func(*args, **kwargs)
            except Exception:
                if attempt < attempts and this.get_backend().supports_defer:
                    wait = backoff(attempt, backoff_seconds)
                    this.using(run_after=timezone.now() + wait).enqueue(*args, **kwargs, **{ATTEMPT: attempt + 1})
                    logger.warning(
                        "%s %s failed (attempt %s of %s); retrying in %s", this.name, kwargs, attempt, attempts, wait
                    )
                else:
                    logger.error("%s %s failed (attempt %s of %s); not retried", this.name, kwargs, attempt, attempts)
                raise

        this = task(**task_options)(run)
        return this

    return decorate
