"""Keep every language's slug filled, so a page's URL and its routing agree.

wagtail-modeltranslation routes /lo/… by the slug's *fallback* (Lao → English → Vietnamese)
but builds url_path_lo from the Lao slug or else the Vietnamese one. A page without a Lao
slug would then link to a URL that 404s. Filling the empty slugs from the same fallback chain
before saving makes both sides use one slug.
"""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save, pre_save
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page, Site

from core.languages import codes as language_codes
from core.languages import fallback_chain


def fill_missing_slugs(page):
    """Fill each empty slug_<lang> from its fallback chain; True if anything changed."""
    changed = False
    for code in language_codes():
        field = build_localized_fieldname("slug", code)
        if getattr(page, field, None):
            continue
        for fallback in fallback_chain(code)[1:]:
            value = getattr(page, build_localized_fieldname("slug", fallback), None)
            if value:
                setattr(page, field, value)
                changed = True
                break
    return changed


def _before_page_save(sender, instance, **kwargs):
    if isinstance(instance, Page) and not instance.is_root() and fill_missing_slugs(instance):
        instance.set_url_path(instance.get_parent())


def forget_site_root_paths(**kwargs):
    """wagtail-modeltranslation caches each language's site root paths for an hour under its
    own keys, which Wagtail's own invalidation does not know: drop them when a site changes."""
    cache.delete_many([f"wagtail_site_root_paths_{code}" for code in language_codes()])


def _after_page_save(sender, instance, **kwargs):
    # Only a site's root page changes the root paths; those sit at depth 2.
    if isinstance(instance, Page) and instance.depth <= 2:
        forget_site_root_paths()


def connect():
    pre_save.connect(_before_page_save, dispatch_uid="home.fill_missing_slugs")
    post_save.connect(_after_page_save, dispatch_uid="home.forget_site_root_paths_page")
    post_save.connect(forget_site_root_paths, sender=Site, dispatch_uid="home.forget_site_root_paths_site")
    post_delete.connect(forget_site_root_paths, sender=Site, dispatch_uid="home.forget_site_root_paths_site_del")
