"""Whole pages for anonymous visitors, from the cache, per URL, language and display currency.

Placed last in MIDDLEWARE, so security, CSP and locale middleware still run on a cached answer.
A page is stored only when its view said it is public (`mark_public`, or any live Wagtail page
without view restrictions) and the response is the same for every anonymous visitor: 200, no
cookie set, no session change, no CSRF token, no CSP nonce, nothing that says private.
"""

import hashlib
import time
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, QueryDict
from django.utils.cache import patch_cache_control, patch_vary_headers
from wagtail.views import serve as wagtail_serve

from core import memo
from pagecache import routing, tags
from storefront.money import DISPLAY_CURRENCY_COOKIE, parse_display_currency

HEADER = "X-Page-Cache"
_KEPT_HEADERS = ("Content-Type", "Content-Language", "Link", "X-Robots-Tag")


def mark_public(request, *extra_tags):
    """Called by a view (or the Wagtail hook) whose answer is the same for every anonymous visitor.

    The tags' tokens are read now, before rendering, so a change committed while the page
    renders leaves the stored copy already stale rather than fresh-looking.
    """
    request._page_cache_public = True
    if extra_tags:
        request._page_cache_tags = {**getattr(request, "_page_cache_tags", {}), **tags.ensure(extra_tags)}


def display_currency(request):
    currency = parse_display_currency(request.COOKIES.get(DISPLAY_CURRENCY_COOKIE))
    return currency.value if currency else ""


# Click identifiers that ad and social networks append to links: Facebook adds a different fbclid
# for every visitor, so a livestream's link would otherwise miss the cache for each of them.
# Analytics read them in the browser; the page never uses them.
TRACKING_PARAMETERS = {"fbclid", "gclid", "gbraid", "wbraid", "msclkid", "ttclid", "igshid", "mc_cid", "mc_eid", "_ga"}


def _is_tracking(name):
    return name in TRACKING_PARAMETERS or name.startswith("utm_")


def _drop_tracking_parameters(request):
    """The view sees the request as if the link had no click identifiers, so the page is the same."""
    if any(_is_tracking(name) for name in request.GET):
        query = urlencode(
            [(name, value) for name, values in request.GET.lists() if not _is_tracking(name) for value in values]
        )
        request.META["QUERY_STRING"] = query
        request.GET = QueryDict(query)


def _key(request):
    query = "&".join(f"{k}={v}" for k, values in sorted(request.GET.lists()) for v in values)
    raw = f"{request._get_raw_host()}|{request.path}|{query}|{display_currency(request)}"
    return "pagecache:page:" + hashlib.blake2b(raw.encode(), digest_size=16).hexdigest()


def _anonymous(request):
    if "messages" in request.COOKIES:
        return False  # a flash message waits for this visitor
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return not request.user.is_authenticated  # loads the session only for visitors who have one
    return True


def _skipped(path):
    return any(path.startswith(prefix) for prefix in settings.PAGE_CACHE_SKIP_PREFIXES)


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method != "GET" or _skipped(request.path):
            return self.get_response(request)
        _drop_tracking_parameters(request)
        page_key, content_key, structure_key = _key(request), tags.PREFIX + tags.CONTENT, tags.PREFIX + tags.STRUCTURE
        found = cache.get_many([page_key, content_key, structure_key])
        content_token, structure_token = found.get(content_key), found.get(structure_key)
        # Without the page cache, the route and site caches below still save their queries.
        anonymous = settings.PAGE_CACHE_ENABLED and _anonymous(request)
        if anonymous:
            entry = found.get(page_key)
            if entry is not None and entry["tags"].get(tags.CONTENT) == content_token and _fresh(entry):
                return _from_entry(entry)
        if content_token is None or structure_token is None:
            ensured = tags.ensure([tags.CONTENT, tags.STRUCTURE])
            content_token, structure_token = ensured[tags.CONTENT], ensured[tags.STRUCTURE]
        request._page_cache_content_token = content_token
        request._page_cache_structure_token = structure_token
        reset_token = memo.current_token.set(content_token)
        reset_variant = memo.current_variant.set(display_currency(request))
        try:
            response = self.get_response(request)
        finally:
            memo.current_variant.reset(reset_variant)
            memo.current_token.reset(reset_token)
        if getattr(request, "_pagecache_wagtail_page", False):
            routing.remember(request)
        if anonymous and getattr(request, "_page_cache_public", False):
            if _storable(request, response):
                _headers(request, response)
                entry_tags = {tags.CONTENT: content_token, **getattr(request, "_page_cache_tags", {})}
                cache.set(page_key, _to_entry(response, entry_tags), timeout=settings.PAGE_CACHE_TIMEOUT)
                response[HEADER] = "miss"
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if hasattr(request, "_page_cache_content_token") and view_func is wagtail_serve:
            request._pagecache_wagtail_page = True
            routing.prefill(request)


def _fresh(entry):
    others = [tag for tag in entry["tags"] if tag != tags.CONTENT]
    return not others or tags.tokens(others) == {tag: entry["tags"][tag] for tag in others}


def _storable(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if getattr(request, "_csp_nonce_used", False) or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return False
    control = response.get("Cache-Control", "").lower()
    if any(word in control for word in ("private", "no-cache", "no-store", "max-age=0")):
        return False
    vary = response.get("Vary", "").lower()
    return "cookie" not in vary and "authorization" not in vary


def _headers(request, response):
    """What a CDN or nginx needs: shared caches may keep a page only when no display currency applies."""
    if display_currency(request):
        # The page shows approximate prices for this visitor's currency; a shared cache keyed on the URL
        # alone must not hand it to others (nginx: proxy_no_cache/proxy_cache_bypass $cookie_display_currency).
        patch_cache_control(response, private=True, max_age=0)
    else:
        patch_cache_control(
            response,
            public=True,
            max_age=settings.PAGE_CACHE_BROWSER_MAX_AGE,
            s_maxage=settings.PAGE_CACHE_SHARED_MAX_AGE,
        )
    patch_vary_headers(response, ("Accept-Encoding",))


def _to_entry(response, entry_tags):
    headers = {name: response[name] for name in (*_KEPT_HEADERS, "Cache-Control", "Vary") if name in response}
    return {"content": response.content, "headers": headers, "tags": entry_tags, "stored": time.time()}


def _from_entry(entry):
    response = HttpResponse(entry["content"])
    for name, value in entry["headers"].items():
        response[name] = value
    response[HEADER] = "hit"
    return response
