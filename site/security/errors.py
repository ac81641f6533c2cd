"""400s that tell the person what was wrong with what they sent."""
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
