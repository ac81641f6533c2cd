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
from django.db.models import Q
from django.utils import translation
from django.http import Http404
from django.http.request import split_domain_port
from modeltranslation import settings as mt_settings
from modeltranslation.utils import build_localized_fieldname
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, PageViewRestriction, Site, get_page_models
from wagtail.models.sites import get_site_for_hostname
from wagtail.query import PageQuerySet
from wagtail.url_routing import RouteResult
from wagtail_modeltranslation import patch_wagtailadmin

from core.memo import current_token, memo, memoised, remember_locally

RESTRICTIONS_KEY = "pagecache:restrictions"
# Set by restrictions_from_database().
_from_database = contextvars.ContextVar("pagecache_restrictions_from_database", default=False)


_original_get_view_restrictions = Page.get_view_restrictions


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
        field.name for field in model._meta.concrete_fields
        if field.many_to_one and field.model is not Page and not issubclass(Page, field.model)
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


def _cached_private_q(self):
    q = Q()
    for path, depth in restriction_info()["paths"]:
        q |= Q(path__startswith=path, depth__gte=depth)
    return q if q else Q(pk__in=[])  # as Wagtail's: no private section matches no page


def _get_view_restrictions(self):
    info = restriction_info()
    if not info["aliases"] and not any(self.path.startswith(path) for path, _depth in info["paths"]):
        return PageViewRestriction.objects.none()  # evaluates without a query
    return _original_get_view_restrictions(self)


def _memoised_site_root_paths(read):
    """wagtail-modeltranslation reads the site root paths from the cache for every URL asked for
    without a request (each page of an API listing: 20 round trips to Redis). Within a request they
    are kept in this process under the content token, which a site or root page change replaces."""

    def site_root_paths():
        return memoised(f"pagecache:site_root_paths:{translation.get_language()}", read)

    site_root_paths.memoised = True
    return site_root_paths


def _route_to_child_by_slug(self, request, path_components):
    """wagtail-modeltranslation's route, with the child found by the database: its own loads every
    child page to compare each one's slug in the current language, which grows with the number of
    siblings (docs/performance.md). Here only the children with that
    slug in some language are loaded, then compared the same way (the language's slug, or its
    fallback's), in the same tree order."""
    if not path_components or isinstance(self, RoutablePageMixin):
        return patch_wagtailadmin._new_route(self, request, path_components)
    slug = path_components[0]
    in_some_language = Q()
    for language in mt_settings.AVAILABLE_LANGUAGES:
        in_some_language |= Q(**{build_localized_fieldname("slug", language): slug})
    for page in self.get_children().filter(in_some_language):
        if page.slug == slug:
            return page.specific.route(request, path_components[1:])
    raise Http404


def install():
    PageQuerySet.private_q = _cached_private_q
    Page.get_view_restrictions = _get_view_restrictions
    for model in [Page, *get_page_models()]:
        if model.__dict__.get("route") is patch_wagtailadmin._new_route:
            model.route = _route_to_child_by_slug
    if not getattr(patch_wagtailadmin._localized_site_get_site_root_paths, "memoised", False):
        patch_wagtailadmin._localized_site_get_site_root_paths = _memoised_site_root_paths(
            patch_wagtailadmin._localized_site_get_site_root_paths
        )
