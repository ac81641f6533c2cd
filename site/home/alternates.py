"""The same page in every language: for hreflang links, the language switch and the sitemap."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils import translation

from core.languages import bcp47


@dataclass(frozen=True)
class Alternate:
    code: str  # Django's language code, e.g. "zh-hans"
    hreflang: str  # BCP 47, e.g. "zh-Hans"
    name: str  # the language's own name, e.g. "ພາສາລາວ"
    url: str  # path, for links on the page
    absolute_url: str  # for hreflang and the sitemap


def page_alternates(page, request):
    """A Wagtail page's URL in each language; slugs are translated, so each is resolved anew."""
    alternates = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            url = page.get_url(request)
        alternates.append(_alternate(request, code, url))
    return alternates


def path_alternates(request):
    """For views that are not Wagtail pages: swap the language prefix of the current path."""
    full_path = request.get_full_path()
    return [_alternate(request, code, translate_url(full_path, code)) for code, _name in settings.LANGUAGES]


def _alternate(request, code, url):
    return Alternate(
        code=code,
        hreflang=bcp47(code),
        name=translation.get_language_info(code)["name_local"],
        url=url,
        absolute_url=request.build_absolute_uri(url),
    )
