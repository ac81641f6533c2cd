"""Rate limiting for Wagtail's page-password form, which django-axes does not see (it is no login).

Failures are counted per client address in the cache (Redis in production, shared by all
workers); after AXES_FAILURE_LIMIT of them the address gets 429 for AXES_COOLOFF_TIME.
"""

from django.conf import settings
from django.core.cache import cache
from wagtail.views import authenticate_with_password

from security.client_ip import client_ip
from security.lockout import lockout_response


def _key(request):
    return f"page-password-failures:{client_ip(request)}"


def rate_limited_authenticate_with_password(request, page_view_restriction_id, page_id):
    if request.method != "POST":
        return authenticate_with_password(request, page_view_restriction_id, page_id)
    key = _key(request)
    if cache.get(key, 0) >= settings.AXES_FAILURE_LIMIT:
        return lockout_response(request)
    response = authenticate_with_password(request, page_view_restriction_id, page_id)
    if response.status_code != 302:  # the form again: a wrong password
        cache.add(key, 0, timeout=int(settings.AXES_COOLOFF_TIME.total_seconds()))
        cache.incr(key)
    return response
