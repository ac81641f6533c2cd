"""Refuse cross-site POSTs to views that are CSRF-exempt so cached pages need no token.

Without a token, the browser's own headers tell who sent the form: `Origin` (every POST from a
current browser) must be this site's origin or one of CSRF_TRUSTED_ORIGINS; without `Origin`,
`Sec-Fetch-Site` must not be `cross-site` or `same-site` (another subdomain is another site to
us). A request carrying neither header (an old browser, a test client) is let through, as the
SameSite=Lax session cookie already keeps a cross-site form away from the visitor's session there.
"""

from functools import wraps
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponseForbidden, JsonResponse
from django.template.loader import render_to_string
from django.utils.http import is_same_domain
from django.utils.translation import gettext

FOREIGN_FETCH_SITES = {"cross-site", "same-site"}


def is_foreign(*, origin: str | None, fetch_site: str | None, own_origin: str, trusted_origins) -> bool:
    """True when a request with these headers was sent by another site's page."""
    if origin is not None:
        return origin != own_origin and not _trusted(origin, trusted_origins)
    return (fetch_site or "").lower() in FOREIGN_FETCH_SITES


def _trusted(origin, trusted_origins):
    """Django's CSRF rules for CSRF_TRUSTED_ORIGINS: exact, or `scheme://*.domain` for subdomains."""
    if origin in trusted_origins:
        return True
    parts = urlsplit(origin)
    for trusted in trusted_origins:
        pattern = urlsplit(trusted)
        if (
            "*" in pattern.netloc
            and parts.scheme == pattern.scheme
            and is_same_domain(parts.netloc, pattern.netloc[1:])
        ):
            return True
    return False


def same_site_only(view):
    """For a CSRF-exempt view: a POST sent from another site's page is a 403 with a message."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method == "POST" and is_foreign(
            origin=request.headers.get("Origin"),
            fetch_site=request.headers.get("Sec-Fetch-Site"),
            own_origin=f"{request.scheme}://{request.get_host()}",
            trusted_origins=settings.CSRF_TRUSTED_ORIGINS,
        ):
            return _refused(request)
        return view(request, *args, **kwargs)

    return wrapper


def _refused(request):
    message = gettext(
        "This form can only be sent from this site's own pages. Please go back to the page and try again."
    )
    if "application/json" in request.headers.get("Accept", ""):
        return JsonResponse({"error": "cross_site", "message": message}, status=403)
    response = HttpResponseForbidden(
        render_to_string("security/cross_site.html", {"message": message}, request=request)
    )
    response["Cache-Control"] = "private, no-store"
    return response
