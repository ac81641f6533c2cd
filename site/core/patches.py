"""Every patch of a third-party package's internals, in one place.

Each patch says why it exists and names the functions it replaces or relies on in `SHAPES`, with
a hash of their source as checked against the versions in `CHECKED_AGAINST`. tests/test_patches.py
fails when an upgrade changes one of them: read the new source, adapt the patch (or drop it), and
record the new hash and version.

Applied once at start-up: `install()` from core's AppConfig; `view_restrictions_from()` by the
page cache, which passes in its own reader of the view restrictions (core imports no edge).

Not patches, so not here: Wagtail admin routes answered first by our own views (URL shadowing in
config/urls.py: tourism/admin_guards.py, security/images.py, security/page_passwords.py), the
django-axes lockout response (a documented setting, AXES_LOCKOUT_CALLABLE) and its backend (a
subclass), and localstripe's dump_to_disk switched off inside the dev-only `localstripe` command.
"""

import hashlib
import inspect
import pkgutil

from django.db.models import Q
from django.http import Http404
from django.utils import translation
from modeltranslation import settings as mt_settings
from modeltranslation.utils import build_localized_fieldname
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.images.templatetags.wagtailimages_tags import ImageNode, SrcsetImageNode
from wagtail.models import Page, PageViewRestriction, get_page_models
from wagtail.query import PageQuerySet
from wagtail_modeltranslation import patch_wagtailadmin

from core.memo import memoised

CHECKED_AGAINST = {
    "Django": "5.2.19",
    "wagtail": "8.0.1",
    "wagtail-modeltranslation": "0.16.1",
    "django-modeltranslation": "0.20.6",
}

# "module:qualname" of each original a patch replaces or relies on → sha256 of its source
# (first 16 hex digits), as in the versions above.
SHAPES = {
    # keep_image_filters
    "wagtail.images.templatetags.wagtailimages_tags:ImageNode.get_filter": "04d07d15d142977b",
    "wagtail.images.templatetags.wagtailimages_tags:SrcsetImageNode.get_filters": "ce64cf28f8fb9bdc",
    # route_children_by_slug
    "wagtail_modeltranslation.patch_wagtailadmin:_new_route": "deccc0c8975a2a9e",
    # memoise_site_root_paths (the second is the caller that reads the module global we replace)
    "wagtail_modeltranslation.patch_wagtailadmin:_localized_site_get_site_root_paths": "a2bff35dcf1b5cd1",
    "wagtail_modeltranslation.patch_wagtailadmin:_new_get_site_root_paths": "aca20c30130731a7",
    # view_restrictions_from
    "wagtail.query:PageQuerySet.private_q": "eb30b1c0017f13c2",
    "wagtail.models:Page.get_view_restrictions": "f41021bde7cdda11",
}

_originals = {}  # "module:qualname" → the original, for what a patch replaced


def original(name):
    """The function `name` ("module:qualname") as the package defines it, patched or not."""
    return _originals[name] if name in _originals else pkgutil.resolve_name(name)


def source_hash(function):
    return hashlib.sha256(inspect.getsource(function).encode()).hexdigest()[:16]


def _replace(owner, attribute, name, make):
    """Set `owner.attribute` to `make(original)`, once: applying a patch again changes nothing."""
    if name in _originals:
        return
    _originals[name] = getattr(owner, attribute)
    setattr(owner, attribute, make(_originals[name]))


def install():
    keep_image_filters()
    route_children_by_slug()
    memoise_site_root_paths()


def keep_image_filters():
    """Wagtail's {% image %} and {% srcset_image %} tags keep their filters.

    Both build new Filter objects on every render, and a new Filter works its operations out again
    (with `inspect`), per picture, on every render (figures in docs/performance.md). A tag's filter
    specs are fixed when its template is compiled, so each tag keeps the Filters it built the first time;
    a Filter holds no state of the image it is applied to.
    """
    module = "wagtail.images.templatetags.wagtailimages_tags"
    for node_class, method in ((ImageNode, "get_filter"), (SrcsetImageNode, "get_filters")):
        _replace(
            node_class,
            method,
            f"{module}:{node_class.__name__}.{method}",
            lambda build, method=method: _kept(build, method),
        )


def _kept(build, name):
    attribute = f"_kept_{name}"

    def get(node):
        try:
            return node.__dict__[attribute]
        except KeyError:
            return node.__dict__.setdefault(attribute, build(node))

    return get


def route_children_by_slug():
    """wagtail-modeltranslation's page route, with the child found by the database.

    Its own loads every child page to compare each one's slug in the current language, which grows
    with the number of siblings (docs/performance.md). Here only the children
    with that slug in some language are loaded, then compared the same way (the language's slug, or
    its fallback's), in the same tree order. Replaces `route` on every page model that has theirs.
    """
    name = "wagtail_modeltranslation.patch_wagtailadmin:_new_route"
    _originals.setdefault(name, patch_wagtailadmin._new_route)
    for model in [Page, *get_page_models()]:
        if model.__dict__.get("route") is patch_wagtailadmin._new_route:
            model.route = _route_to_child_by_slug


def _route_to_child_by_slug(self, request, path_components):
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


def memoise_site_root_paths():
    """wagtail-modeltranslation's site root paths, kept in this process within a request.

    It reads them from the cache for every URL asked for without a request (a round trip to Redis
    for each page of an API listing). They are kept under the request's content token (core.memo),
    which a site or root page change replaces; read as before without a token.
    """

    def make(read):
        def site_root_paths():
            return memoised(f"pagecache:site_root_paths:{translation.get_language()}", read)

        return site_root_paths

    name = "wagtail_modeltranslation.patch_wagtailadmin:_localized_site_get_site_root_paths"
    _replace(patch_wagtailadmin, "_localized_site_get_site_root_paths", name, make)


def view_restrictions_from(restriction_info):
    """Wagtail's view restriction checks, answered from `restriction_info()` (the page cache's kept list).

    Wagtail checks view restrictions with queries for every page served and every `.public()`
    queryset. `restriction_info()` returns {"paths": [(path, depth), ...] of the
    restricted pages, "aliases": whether any page is an alias}; a page outside every restricted
    path (and with no aliases about, which Wagtail also checks) has none, without a query.
    """

    def private_q(self):
        q = Q()
        for path, depth in restriction_info()["paths"]:
            q |= Q(path__startswith=path, depth__gte=depth)
        return q if q else Q(pk__in=[])  # as Wagtail's: no private section matches no page

    def make_get_view_restrictions(get_view_restrictions):
        def checked(self):
            info = restriction_info()
            if not info["aliases"] and not any(self.path.startswith(path) for path, _depth in info["paths"]):
                return PageViewRestriction.objects.none()  # evaluates without a query
            return get_view_restrictions(self)

        return checked

    _replace(PageQuerySet, "private_q", "wagtail.query:PageQuerySet.private_q", lambda _original: private_q)
    _replace(Page, "get_view_restrictions", "wagtail.models:Page.get_view_restrictions", make_get_view_restrictions)
