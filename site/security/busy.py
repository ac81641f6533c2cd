"""A database lock held too long becomes "busy, please try again", never a hung worker.

PostgreSQL gives up waiting for a lock after DATABASE_LOCK_TIMEOUT_MS (connection OPTIONS, see
settings) and a statement after DATABASE_STATEMENT_TIMEOUT_MS; the OperationalError it raises is
answered here with a 503 and Retry-After, in the visitor's language (JSON under /api/).
"""

import logging

from django.db import OperationalError
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from security.errors import error_body

logger = logging.getLogger(__name__)

# lock_not_available (lock_timeout), query_canceled (statement_timeout), deadlock_detected
BUSY_SQLSTATES = {"55P03", "57014", "40P01"}
RETRY_AFTER_SECONDS = 5
BUSY = "busy"  # api.errors.ErrorCode.BUSY: the code JSON clients branch on


def is_busy_error(error: BaseException) -> bool:
    if not isinstance(error, OperationalError):
        return False
    cause = error.__cause__
    if getattr(cause, "sqlstate", None) in BUSY_SQLSTATES:
        return True
    return "database is locked" in str(error)  # SQLite's busy timeout


def busy_response(request):
    if request.path.startswith("/api/") or "application/json" in request.headers.get("Accept", ""):
        # The API's error shape (api.errors), so clients branch on one format.
        response = JsonResponse(error_body(BUSY, _("The site is busy. Please try again in a moment.")), status=503)
    else:
        response = HttpResponse(render_to_string("503.html", request=request), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


class DatabaseBusyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not is_busy_error(exception):
            return None
        logger.warning("Database busy on %s %s: %s", request.method, request.path, exception)
        return busy_response(request)
