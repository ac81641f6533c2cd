"""What a locked-out login sees (django-axes calls this): 429, in the visitor's language."""

from django.conf import settings
from django.http import HttpResponse
from django.template.loader import render_to_string


def lockout_response(request, original_response=None, credentials=None):
    response = HttpResponse(render_to_string("429.html", request=request), status=429)
    response["Retry-After"] = str(int(settings.AXES_COOLOFF_TIME.total_seconds()))
    response["Cache-Control"] = "no-store"
    return response
