"""Fewer queries for every uncached page: the site, the page's route and view restrictions from the cache.

Wagtail finds the site (1 query), walks the tree one slug at a time (2 queries a level with
translated slugs), and checks view restrictions (2 queries, and 1 more for every `.public()`).
Here the site and the path → page mapping are kept under the structure tag's token (sites, view
restrictions, pages created, moved or deleted), so they outlive a plain publish: a kept route is
used only while the page's own address in the request's language is still that path (a new slug
here or on an ancestor changes it) and the page is still live. Restrictions are kept until the
structure changes (see invalidation.py). The routed page itself is kept under the content token
(any save of a page or of a row it joins replaces it).
"""

import contextlib
import contextvars
import copy
import hashlib

from django.apps import apps
from django.core.cache import cache
from django.http.request import split_domain_port
from django.utils import translation
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.models.sites import get_site_for_hostname
from wagtail.url_routing import RouteResult

from core import patches
from core.memo import current_token, memo, remember_locally

RESTRICTIONS_KEY = "pagecache:restrictions"
# Set by restrictions_from_database().
_from_database = contextvars.ContextVar("pagecache_restrictions_from_database", default=False)


def _site_key(request):
    return f"pagecache:site:{request._page_cache_structure_token}:{request._get_raw_host()}:{request.get_port()}"


def _route_key(request):
    # Hashed: any path can be asked for, and a long one must not make a long cache key.
    path = hashlib.blake2b(request.path.encode(), digest_size=16).hexdigest()
    host = request._get_raw_host()
    return f"pagecache:route:{request._page_cache_structure_token}:{host}:{translation.get_language()}:{path}"


def cached_site(request):
    """The request's Wagtail site, from this process or the cache; also set as Wagtail's per-request site.
    Kept with its root page, read only for its place in the tree (menus and the API list its
    descendants), which only a structure change moves."""
    token = getattr(request, "_page_cache_content_token", None)
    if token is None or getattr(request, "_page_cache_structure_token", None) is None:
        return Site.find_for_request(request)  # outside the page cache's middleware
    site_key = _site_key(request)
    site = memo(token, site_key) or cache.get(site_key)
    if site is None:
        try:
            site = get_site_for_hostname(split_domain_port(request._get_raw_host())[0], request.get_port())
            site.root_page  # noqa: B018  (cached with the site)
        except Site.DoesNotExist:
            return None
        cache.set(site_key, site, timeout=3600)
    remember_locally(token, site_key, site)
    request._wagtail_site = site
    return site


def prefill(request):
    """Set Wagtail's per-request site and route from the cache, when they are there and still valid."""
    token = request._page_cache_content_token
    if cached_site(request) is None:
        return
    route_key = _route_key(request)
    route = memo(token, route_key)  # checked already under this content token
    checked = route is not None
    route = route or cache.get(route_key)
    if route is None:
        return
    page = _cached_page(token, *route)
    if page is None or not page.live or page.expired:
        return
    if not checked:
        if not _served_at(page, request):
            cache.delete(route_key)  # the page has another address now: Wagtail routes the path
            return
        remember_locally(token, route_key, route)
    request._wagtail_route_for_request = RouteResult(page)
    request._pagecache_route_prefilled = True


def _served_at(page, request):
    """Whether `page`'s address on the request's site, in its language, is the path asked for:
    then Wagtail's walk down the tree by translated slugs would end at it too."""
    parts = page.get_url_parts(request)
    return parts is not None and parts[0] == request._wagtail_site.pk and parts[2] == request.path


def remember(request):
    """After Wagtail served a page: remember the path → page mapping (plain pages, no sub-routes)."""
    route = getattr(request, "_wagtail_route_for_request", None)
    if route is None or getattr(request, "_pagecache_route_prefilled", False):
        return
    page, args, kwargs = route
    if args or kwargs:
        return
    route_key, route = _route_key(request), (page._meta.label_lower, page.pk)
    cache.set(route_key, route, timeout=3600)
    remember_locally(request._page_cache_content_token, route_key, route)


def _cached_page(token, model_label, pk):
    """The routed page with its joined rows, kept under the content token like the route: any save,
    publish or picture change replaces the token, so a kept page cannot outlive its rows. Loading a
    page type's wide translated row is costly in CPU (docs/performance.md); a page served in four
    languages and several currencies is loaded once. Each request gets its own copy (its own fields
    cache) of the object."""
    key = f"pagecache:page:{token}:{model_label}:{pk}"
    page = memo(token, key) or cache.get(key)
    if page is None:
        page = _load(model_label, pk)
        if page is None:
            return None
        cache.set(key, page, timeout=3600)
    remember_locally(token, key, page, large=True)
    return copy.copy(page)


def _load(model_label, pk):
    """The page with what its template reads: its own foreign keys, or those it names in
    `route_select_related`, and the rows published with it (its gallery, its itinerary) that it
    names in a `route_prefetches()` classmethod and reads with `core.memo.prefetched`."""
    try:
        model = apps.get_model(model_label)
        related = getattr(model, "route_select_related", None) or _own_foreign_keys(model)
        prefetches = model.route_prefetches() if hasattr(model, "route_prefetches") else ()
        return model.objects.select_related(*related).prefetch_related(*prefetches).get(pk=pk)
    except (LookupError, Page.DoesNotExist):
        return None


def _own_foreign_keys(model):
    """The page type's own foreign keys (village, producer, image…): its template reads them anyway."""
    return [
        field.name
        for field in model._meta.concrete_fields
        if field.many_to_one
        and field.model is not Page
        and not issubclass(Page, field.model)
        and field.name not in {field.name for field in Page._meta.concrete_fields}
    ]


def _read_restrictions():
    return {
        "paths": [(r.page.path, r.page.depth) for r in PageViewRestriction.objects.select_related("page")],
        "aliases": Page.objects.filter(alias_of__isnull=False).exists(),
    }


@contextlib.contextmanager
def restrictions_from_database():
    """Within the block, view restrictions are read from the database, never the kept list.

    For work that runs right after a restriction changed (the search index's after-commit update):
    the kept list is forgotten only after it, and a visitor may have kept the old one meanwhile.
    """
    reset = _from_database.set(True)
    try:
        yield
    finally:
        _from_database.reset(reset)


def restriction_info():
    if _from_database.get():
        return _read_restrictions()
    token = current_token.get()
    info = memo(token, RESTRICTIONS_KEY) if token else None
    if info is None:
        info = cache.get(RESTRICTIONS_KEY)
    if info is None:
        info = _read_restrictions()
        cache.set(RESTRICTIONS_KEY, info, timeout=3600)
    if token:
        remember_locally(token, RESTRICTIONS_KEY, info)
    return info


def forget_restrictions():
    cache.delete(RESTRICTIONS_KEY)


def install():
    """Wagtail's view restriction checks read the kept list (core.patches.view_restrictions_from)."""
    patches.view_restrictions_from(restriction_info)
