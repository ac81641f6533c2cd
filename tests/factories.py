"""Builders for pages in four languages, shared by every app's tests."""

import html
import re

from django.utils import translation
from wagtail.models import Page, Site

from home.models import HomePage, StandardPage

LANGUAGE_SUFFIXES = ("vi", "en", "lo", "zh_hans")


def translations(name, **by_language):
    """translations("title", vi="Về", en="About") → {"title": "Về", "title_vi": "Về", "title_en": "About"}.

    Build pages inside `translation.override("vi")`: modeltranslation writes the plain field
    (`title`) into the *active* language's column.
    """
    values = {name: by_language["vi"]}
    values.update({f"{name}_{language}": value for language, value in by_language.items()})
    return values


@translation.override("vi")
def make_home_page():
    root = Page.get_first_root_node()
    home = root.add_child(
        instance=HomePage(
            **translations("title", vi="Trang chủ", en="Home", lo="ໜ້າຫຼັກ", zh_hans="首页"),
            **translations("slug", vi="trang-chu", en="home", lo="home-lo", zh_hans="home-zh"),
        )
    )
    Site.objects.update_or_create(
        is_default_site=True, defaults={"root_page": home, "hostname": "testserver", "port": 80}
    )
    return home


@translation.override("vi")
def make_standard_page(parent, *, title, slug, body=None, intro=None):
    """`title`, `slug`, … are {language suffix: value} dicts; missing languages stay empty."""
    values = {**translations("title", **title), **translations("slug", **slug)}
    if body:
        values.update(translations("body", **body))
    if intro:
        values.update(translations("intro", **intro))
    page = parent.add_child(instance=StandardPage(**values))
    page.save_revision().publish()
    return page


def card_titles(cards):
    """The titles shown on rendered cards (core.cards), in order."""
    return [html.unescape(re.search(r'__title">([^<]*)<', card.html)[1]) for card in cards]
