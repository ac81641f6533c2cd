"""The patches of third-party internals (core/patches.py): in place, applied once, and still fitting
the functions they replace or rely on. A failure after an upgrade means: read the new source, adapt
the patch (or drop it), then record the new hash and version in core/patches.py."""

from importlib.metadata import version

import pytest
from django.urls import Resolver404, resolve
from wagtail.images.templatetags.wagtailimages_tags import ImageNode, SrcsetImageNode
from wagtail.models import Page, get_page_models
from wagtail.query import PageQuerySet
from wagtail_modeltranslation import patch_wagtailadmin

from core import patches


@pytest.mark.parametrize("name", sorted(patches.SHAPES))
def test_each_patched_function_is_the_one_the_patch_was_written_for(name):
    installed = {package: version(package) for package in patches.CHECKED_AGAINST}
    assert patches.source_hash(patches.original(name)) == patches.SHAPES[name], (
        f"{name} changed: checked against {patches.CHECKED_AGAINST}, installed {installed}"
    )


def test_the_patches_are_in_place():
    assert ImageNode.get_filter is not patches.original(
        "wagtail.images.templatetags.wagtailimages_tags:ImageNode.get_filter"
    )
    assert SrcsetImageNode.get_filters is not patches.original(
        "wagtail.images.templatetags.wagtailimages_tags:SrcsetImageNode.get_filters"
    )
    assert PageQuerySet.private_q is not patches.original("wagtail.query:PageQuerySet.private_q")
    assert Page.get_view_restrictions is not patches.original("wagtail.models:Page.get_view_restrictions")
    name = "wagtail_modeltranslation.patch_wagtailadmin:_localized_site_get_site_root_paths"
    assert patch_wagtailadmin._localized_site_get_site_root_paths is not patches.original(name)
    # Every page model routes by the database, none by wagtail-modeltranslation's own route.
    routes = {model: model.route for model in [Page, *get_page_models()]}
    assert Page.route is patches._route_to_child_by_slug
    assert not [model for model, route in routes.items() if route is patch_wagtailadmin._new_route]


def test_applying_the_patches_again_changes_nothing():
    before = (ImageNode.get_filter, Page.route, patch_wagtailadmin._localized_site_get_site_root_paths)
    patches.install()
    assert (ImageNode.get_filter, Page.route, patch_wagtailadmin._localized_site_get_site_root_paths) == before


@pytest.mark.parametrize(
    "path",
    [
        "/admin/images/1/preview/fill-10x10/",  # security/images.py
        "/admin/choose-page/",  # tourism/admin_guards.py
        "/admin/choose-page/2/",
        "/admin/choose-page/chosen-multiple/",
        "/admin/reports/page-types-usage/",
        "/admin/reports/page-types-usage/results/",
    ],
)
def test_wagtail_still_serves_each_admin_route_we_answer_first(path):
    """Not a patch but URL shadowing (config/urls.py): if Wagtail moved one of these routes, our
    guarded view would answer a URL nobody asks for while Wagtail's own answered unguarded."""
    try:
        wagtails = resolve(path.removeprefix("/admin"), urlconf="wagtail.admin.urls")
    except Resolver404:
        pytest.fail(f"Wagtail's admin no longer has {path}: move the guard in config/urls.py to its new route")
    assert resolve(path).func is not wagtails.func
