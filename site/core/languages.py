"""The languages the site speaks: one row each, and every per-language fact is read from here.

Settings (LANGUAGES, MODELTRANSLATION_*), Django's LANG_INFO, money formatting (core.money),
search segmentation (sitesearch.text), reading time (stories.reading_time), the font stacks
(static/css/languages.css, written by `manage.py language_css`), the API's `lang` enum and the
content fallback chain all read this table. docs/languages.md says how to add a row.

Settings import this module, so it imports no Django models and no app code.
"""

from contextlib import contextmanager
from dataclasses import dataclass

from django.conf.locale import LANG_INFO

DEFAULT = "vi"  # LANGUAGE_CODE: the language content is written in
# Content fallback for a code outside the table (modeltranslation's "default" entry).
DEFAULT_FALLBACKS = ("en", "vi")


def gettext_noop(message):
    """Marks a name for makemessages. Django's own gettext_noop reads settings, which import this module."""
    return message


class UnknownLanguage(LookupError):
    """A language code the site does not speak: nothing guesses a format for it."""


@dataclass(frozen=True)
class MoneyFormat:
    group: str  # thousands separator
    decimal: str
    symbol_first: bool  # "₫125,000" rather than "125.000 ₫"


@dataclass(frozen=True)
class Language:
    code: str  # Django's code, in URLs, the API's `lang` and cache keys: "zh-hans"
    locale: str  # the gettext catalogue folder under locale/: "zh_Hans"
    bcp47: str  # <html lang> and hreflang: "zh-Hans"
    name: str  # English, a gettext msgid: "Simplified Chinese"
    name_local: str  # in its own script, for the language switch: "简体中文"
    money: MoneyFormat
    # sitesearch.text's segmenter for runs of `script`: "words" (split on spaces and fold), "laonlp",
    # "jieba", or "runs" (keep a run without spaces whole and match it as a substring).
    segmenter: str = "words"
    script: str = ""  # regex character ranges of a script written without spaces: "\u0e80-\u0eff"
    reading_rate: int = 200
    reading_unit: str = "words"  # or "characters", for scripts without spaces between words
    font_stack: tuple = ()  # fonts named for :lang(code) before the site's own stack
    italics: bool = True  # False: the script has no true italics, so nothing is slanted
    fallbacks: tuple = DEFAULT_FALLBACKS  # content fallback after the language itself
    bidi: bool = False

    @property
    def field_suffix(self):
        """modeltranslation's column suffix: title_zh_hans."""
        return self.code.replace("-", "_")


_DOT_GROUPS = MoneyFormat(group=".", decimal=",", symbol_first=False)
_COMMA_GROUPS = MoneyFormat(group=",", decimal=".", symbol_first=True)

TABLE = (
    # Vietnamese receipts: "125.000 ₫".
    Language(
        code="vi",
        locale="vi",
        bcp47="vi",
        name=gettext_noop("Vietnamese"),
        name_local="Tiếng Việt",
        money=_DOT_GROUPS,
        fallbacks=("en",),
    ),
    Language(
        code="en",
        locale="en",
        bcp47="en",
        name=gettext_noop("English"),
        name_local="English",
        money=_COMMA_GROUPS,
        fallbacks=("vi",),
    ),
    # Lao groups thousands with a dot like Vietnamese, and Lao buyers crossing the border read
    # "125.000 ₫" on Vietnamese packaging and receipts. A Lao reader reads English before Vietnamese.
    Language(
        code="lo",
        locale="lo",
        bcp47="lo",
        name=gettext_noop("Lao"),
        name_local="ພາສາລາວ",
        money=_DOT_GROUPS,
        segmenter="laonlp",
        script="\u0e80-\u0eff",
        reading_rate=400,
        reading_unit="characters",
        font_stack=("Noto Sans Lao", "Noto Sans Lao UI", "Phetsarath OT", "Saysettha OT"),
        italics=False,
    ),
    Language(
        code="zh-hans",
        locale="zh_Hans",
        bcp47="zh-Hans",
        name=gettext_noop("Simplified Chinese"),
        name_local="简体中文",
        money=_COMMA_GROUPS,
        segmenter="jieba",
        script="\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff",
        reading_rate=300,
        reading_unit="characters",
        font_stack=(
            "Noto Sans CJK SC",
            "Noto Sans SC",
            "Source Han Sans SC",
            "WenQuanYi Micro Hei",
            "PingFang SC",
            "Microsoft YaHei",
        ),
        italics=False,
    ),
)

_table = TABLE


def all_languages():
    """The rows, default language first."""
    return _table


def codes():
    return [language.code for language in _table]


def get(code):
    """The row for `code` ("zh-hans", "zh_Hans", "zh-Hans"; a regional "en-us" finds "en").

    Raises UnknownLanguage for anything else, None included: no caller gets a guessed format."""
    if not code:
        raise UnknownLanguage(code)
    wanted = str(code).lower().replace("_", "-")
    for candidate in (wanted, wanted.split("-")[0]):
        for language in _table:
            if candidate in (language.code, language.bcp47.lower(), language.locale.lower().replace("_", "-")):
                return language
    raise UnknownLanguage(code)


def bcp47(code):
    """ "zh-Hans" for "zh-hans"; a code outside the table is returned as it is."""
    try:
        return get(code).bcp47
    except UnknownLanguage:
        return code


def fallback_chain(code):
    """The languages tried, in order, for content in `code`: requested → en → vi."""
    try:
        fallbacks = get(code).fallbacks
    except UnknownLanguage:
        fallbacks = DEFAULT_FALLBACKS
    return list(dict.fromkeys([code, *fallbacks]))


# --- What settings and Django read ------------------------------------------------------


def django_languages(gettext=lambda name: name):
    """settings.LANGUAGES: [(code, name)], names through the settings' gettext_lazy."""
    return [(language.code, gettext(language.name)) for language in _table]


def modeltranslation_fallbacks():
    """settings.MODELTRANSLATION_FALLBACK_LANGUAGES."""
    return {"default": DEFAULT_FALLBACKS, **{language.code: language.fallbacks for language in _table}}


def register_lang_info():
    """Add the languages Django ships no LANG_INFO for (Lao): without the entry get_language_info("lo")
    fails, and without a catalogue in locale/ Django silently answers that language in Vietnamese."""
    for language in _table:
        LANG_INFO.setdefault(
            language.code,
            {
                "bidi": language.bidi,
                "code": language.code,
                "name": language.name,
                "name_local": language.name_local,
            },
        )


def font_css():
    """static/css/languages.css: a :lang() rule per script the site's Latin fonts cannot draw."""
    lines = ["/* Written by `manage.py language_css` from core/languages.py: edit the table, not this file. */"]
    for language in _table:
        if language.font_stack:
            fonts = ", ".join(f'"{font}"' for font in language.font_stack)
            lines.append(f":lang({language.code}) {{ font-family: {fonts}, var(--font); }}")
    plain = [f":lang({language.code}) .empty-state" for language in _table if not language.italics]
    if plain:
        lines.append("/* Scripts without true italics: a slanted fallback only hurts legibility. */")
        lines.append(f"{', '.join(plain)} {{ font-style: normal; }}")
    return "\n".join(lines) + "\n"


@contextmanager
def overridden(table):
    """Tests only: read `table` instead of TABLE, e.g. to show that a fifth row is all a language needs."""
    global _table
    previous, _table = _table, tuple(table)
    try:
        yield
    finally:
        _table = previous
