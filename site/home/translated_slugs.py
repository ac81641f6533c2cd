"""Keep every language's slug filled, so a page's URL and its routing agree.

wagtail-modeltranslation routes /lo/… by the slug's *fallback* (Lao → English → Vietnamese)
but builds url_path_lo from the Lao slug or else the Vietnamese one. A page without a Lao
slug would then link to a URL that 404s. Filling the empty slugs from the same fallback chain
before saving makes both sides use one slug.
"""

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Site

from core.languages import codes as language_codes
from core.languages import fallback_chain
from home.slugs import is_clean, make_slug


def make_slugs(page, *, published):
    """Make each language's slug from its title while the page has never been published.

    A slug left empty, or one the admin's script made with diacritics or with Lao vowel signs
    dropped, is made again from the title in that language. A published page keeps its slugs:
    an editor changes them by hand, and a redirect follows (`_remember_old_urls`).
    """
    if published:
        return False
    changed = False
    for code in language_codes():
        field = build_localized_fieldname("slug", code)
        current = getattr(page, field, None) or ""
        if is_clean(current):
            continue
        title = getattr(page, build_localized_fieldname("title", code), None)
        source = title if (title or "").strip() else current
        if not source:
            continue
        slug = _free_slug(page, field, make_slug(source, code))
        if slug and slug != current:
            setattr(page, field, slug)
            changed = True
    return changed


def _free_slug(page, field, slug):
    """`slug`, or `slug-2`, `slug-3`… when a sibling already uses it in that language."""
    parent = page.get_parent() if slug and page.path else None
    if parent is None:
        return slug
    siblings = parent.get_children().exclude(pk=page.pk)
    taken = set(siblings.filter(**{f"{field}__startswith": slug}).values_list(field, flat=True))
    candidate, number = slug, 2
    while candidate in taken:
        candidate, number = f"{slug}-{number}", number + 1
    return candidate


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


def _before_page_save(sender, instance, update_fields=None, **kwargs):
    if not isinstance(instance, Page) or instance.is_root():
        return
    old = Page.objects.filter(pk=instance.pk).first() if instance.pk else None
    published = old is not None and (old.live or old.first_published_at is not None)
    changed = False
    if update_fields is None:
        changed = make_slugs(instance, published=published)
    if fill_missing_slugs(instance) or changed:
        instance.set_url_path(instance.get_parent())
    if published and update_fields is None:
        _remember_old_urls(instance, old)


def _remember_old_urls(page, old):
    """A published page whose slug changes in a language keeps its old URL there: a 301 to the new one.

    Wagtail's redirects app does this for the slug of the active language only (page_slug_changed);
    the other languages' slugs are modeltranslation columns it does not see.
    """
    moved = []
    for code in language_codes():
        field = build_localized_fieldname("slug", code)
        if getattr(old, field) != getattr(page, field):
            with translation.override(code):
                moved.append((code, old.specific.get_url_parts()))
    if moved:
        transaction.on_commit(lambda: _create_redirects(page, moved))


def _create_redirects(page, moved):
    for code, parts in moved:
        if parts is None:
            continue
        site_id, _root, old_path = parts
        with translation.override(code):
            new_parts = page.get_url_parts()
        if new_parts and new_parts[2] == old_path:
            continue
        Redirect.objects.update_or_create(
            old_path=Redirect.normalise_path(old_path),
            site_id=site_id,
            defaults={"redirect_page": page, "is_permanent": True, "automatically_created": True},
        )


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
