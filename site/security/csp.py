"""Content-Security-Policy and the other response headers Django's SecurityMiddleware lacks.

Public pages get a strict policy: scripts from our origin and Stripe.js only, no inline script or
style, no plugins, no framing. A template that needs an inline script asks for
`{{ request.csp_nonce }}`; reading it marks the response (`request._csp_nonce_used`) so the page
cache will not store a page whose nonce would then be replayed to everyone. The Wagtail admin gets
a policy it can work with (its own inline scripts and styles), still same-origin only. A page's
preview keeps the public policy but may be framed by the admin's own origin.

This middleware sits before any page-cache middleware, so cached responses get the headers too.
"""

import secrets
from urllib.parse import urlsplit

from django.conf import settings


class LazyNonce:
    """A nonce made only when a template reads it."""

    def __init__(self, request):
        self._request = request
        self._value = None

    @property
    def used(self) -> bool:
        return self._value is not None

    def __str__(self):
        if self._value is None:
            self._value = secrets.token_urlsafe(18)
            self._request._csp_nonce_used = True
        return self._value


def _origin(url: str) -> str:
    parts = urlsplit(url or "")
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


def tile_source(url: str) -> str:
    """The one CSP source for the map tile server of `url` (settings.MAP_TILE_URL, docs/maps.md);
    '' when it is not absolute. A `{s}` subdomain template (a.tile…, b.tile…) becomes one wildcard label."""
    parts = urlsplit(url or "")
    host = parts.netloc.replace("{s}", "*")
    if parts.scheme not in ("https", "http") or not host or "{" in host:
        return ""
    return f"{parts.scheme}://{host}"


def _sources(*items):
    seen = []
    for item in items:
        for source in [item] if isinstance(item, str) else item:
            if source and source not in seen:
                seen.append(source)
    return seen


def stripe_sources():
    js = _origin(settings.STRIPE_JS_URL)
    scripts = [js] + (["https://*.js.stripe.com"] if js == "https://js.stripe.com" else [])
    frames = scripts + (["https://hooks.stripe.com"] if js == "https://js.stripe.com" else [])
    return scripts, frames, [_origin(settings.STRIPE_API_BASE)]


def public_policy(nonce: str = "") -> dict:
    scripts, frames, api = stripe_sources()
    nonce_source = [f"'nonce-{nonce}'"] if nonce else []
    media = _origin(settings.MEDIA_URL)
    policy = {
        "default-src": ["'self'"],
        "script-src": _sources("'self'", scripts, nonce_source),
        "style-src": _sources("'self'", nonce_source),
        "img-src": _sources("'self'", "data:", media, settings.CSP_EXTRA_IMG_SRC, tile_source(settings.MAP_TILE_URL)),
        "font-src": ["'self'"],
        "connect-src": _sources("'self'", api),
        "frame-src": _sources(frames, settings.CSP_FRAME_SRC),
        "media-src": _sources("'self'", media),
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
    return policy


def admin_policy() -> dict:
    # Wagtail's admin still carries inline scripts, styles and event handlers: 'unsafe-inline'
    # there (and never a nonce, which would make browsers ignore 'unsafe-inline'). Editors are
    # trusted users; what keeps the admin safe is that rich text is cleaned on save.
    media = _origin(settings.MEDIA_URL)
    return {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": _sources("'self'", "data:", "blob:", media, settings.CSP_EXTRA_IMG_SRC),
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "frame-src": _sources("'self'", settings.CSP_FRAME_SRC),
        "media-src": _sources("'self'", media),
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],  # the page preview panel frames the admin's own pages
    }


def render_policy(policy: dict) -> str:
    directives = [f"{name} {' '.join(sources)}" for name, sources in policy.items() if sources]
    if settings.CSP_REPORT_URI:
        directives.append(f"report-uri {settings.CSP_REPORT_URI}")
    return "; ".join(directives)


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.csp_nonce = LazyNonce(request)
        response = self.get_response(request)
        if "Content-Security-Policy" not in response:  # a view (e.g. a served document) may set its own
            if request.path.startswith(settings.CSP_ADMIN_PATH_PREFIXES):
                policy = admin_policy()
            else:
                nonce = request.csp_nonce
                policy = public_policy(str(nonce) if nonce.used else "")
                if getattr(request, "is_preview", False):
                    # Wagtail renders a preview through this middleware for the editor's side panel,
                    # an iframe in the admin: the admin's own origin may frame it, no one else.
                    policy["frame-ancestors"] = ["'self'"]
                    response["X-Frame-Options"] = "SAMEORIGIN"
            response["Content-Security-Policy"] = render_policy(policy)
        response.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=(), usb=()")
        response.setdefault("X-Content-Type-Options", "nosniff")
        return response
