from django import template
from django.core.cache import cache
from django.utils import translation
from wagtail.models import Page

from core.content_languages import shown_language
from core.languages import bcp47
from core.memo import memo, remember_locally
from home.alternates import page_alternates, path_alternates
from pagecache.routing import cached_site

register = template.Library()


@register.simple_tag(takes_context=True)
def language_alternates(context):
    """The current page in every language (a Wagtail page, or any other view by its path)."""
    request = context["request"]
    page = context.get("page")
    if isinstance(page, Page):
        return page_alternates(page, request)
    return path_alternates(request)


@register.simple_tag
def fallback_language(obj):
    """The language `obj` is shown in if it is not the one requested, else an empty string."""
    requested = translation.get_language()
    shown = shown_language(obj, requested)
    return "" if shown == requested else shown


@register.filter
def language_name(code):
    """A language's name in the reader's language."""
    return translation.get_language_info(code)["name_translated"]


@register.simple_tag
def html_lang():
    return bcp47(translation.get_language())


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The site root's live, public children ticked "show in menus", in the reader's language."""
    request = context["request"]
    # Kept under the content token (see core.memo): any publish, move or unpublish forgets it.
    token = getattr(request, "_page_cache_content_token", None)
    site = cached_site(request)
    if site is None:
        return []
    key = f"main_menu:{token}:{site.pk}:{translation.get_language()}" if token else None
    menu = (memo(token, key) or cache.get(key)) if key else None
    if menu is None:
        pages = Page.objects.child_of(site.root_page).live().public().in_menu().order_by("path")
        menu = [(page.title, page.get_url(request)) for page in pages]
        if key:
            cache.set(key, menu, timeout=3600)
    if key:
        remember_locally(token, key, menu)
    return menu
