"""Errors that tell the person what was wrong, and the one JSON error shape every JSON answer uses."""

from django.core.exceptions import BadRequest
from django.http import HttpResponseBadRequest
from django.template import loader


class UnreadableInput(BadRequest):
    """A 400 whose message (translated) is meant for the person who sent the request."""


def bad_request(request, exception):
    """handler400: the four-language page, with the message of an UnreadableInput (never another
    exception's text, which may name internals)."""
    message = str(exception) if isinstance(exception, UnreadableInput) else ""
    return HttpResponseBadRequest(loader.get_template("400.html").render({"message": message}))


def error_body(code, message, fields=None):
    """{"error": {"code", "message", "fields"?}}: the API's error shape (api.errors), here so that
    middleware below the API (security.busy) answers JSON clients in the same shape."""
    error = {"code": str(code), "message": str(message)}
    if fields:
        error["fields"] = fields
    return {"error": error}
