"""The language table is the one place a language is described: a fifth row is all a language needs."""

import subprocess
import sys
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from django.conf import settings
from django.test import RequestFactory

from api.languages import requested_language
from api.schema import LANG_PARAMETER
from core import languages
from core.languages import Language, MoneyFormat, UnknownLanguage
from core.money import format_vnd
from sitesearch.text import analyse, is_cjk
from storefront.money import format_approximate
from stories.reading_time import reading_minutes

THAI = Language(
    code="th",
    locale="th",
    bcp47="th",
    name="Thai",
    name_local="ไทย",
    money=MoneyFormat(group=",", decimal=".", symbol_first=False),
    segmenter="runs",
    script="\u0e00-\u0e7f",
    reading_rate=250,
    reading_unit="characters",
    font_stack=("Noto Sans Thai",),
    italics=False,
    fallbacks=("lo", "en", "vi"),
)
STICKY_RICE = "ข้าวเหนียว"  # Thai, written without spaces; its vowel and tone marks are combining characters


@pytest.fixture
def with_thai():
    with languages.overridden([*languages.TABLE, THAI]):
        yield


def test_a_fifth_language_is_one_row(with_thai):
    # Money: the row's separators and symbol side.
    assert format_vnd(1250000, "th") == "1,250,000 ₫"
    assert (
        format_approximate(amount_vnd=125000, currency="USD", vnd_per_unit=Decimal("26300"), language="th")
        == "≈ 4.75 US$"
    )
    # Search: a Thai run is segmented by the row's segmenter ("runs": kept whole, matched as a substring).
    assert analyse(f"{STICKY_RICE} Cao Bằng").folded == [STICKY_RICE, "cao", "bang"]
    assert is_cjk(STICKY_RICE)
    # Reading speed: characters per minute.
    assert reading_minutes("ก" * 500, language="th") == 2
    # API: the schema's enum and the `lang` parameter.
    assert "th" in LANG_PARAMETER.enum
    assert requested_language(RequestFactory().get("/api/v1/search/", {"lang": "th"})) == "th"
    # Content fallback, and what settings and Django would read.
    assert languages.fallback_chain("th") == ["th", "lo", "en", "vi"]
    assert languages.modeltranslation_fallbacks()["th"] == ("lo", "en", "vi")
    assert ("th", "Thai") in languages.django_languages()
    assert languages.bcp47("th") == "th"
    # Fonts: the generated stylesheet names the row's fonts and keeps its script upright.
    css = languages.font_css()
    assert ':lang(th) { font-family: "Noto Sans Thai", var(--font); }' in css
    assert ":lang(th) .empty-state" in css


def test_without_the_row_nothing_knows_the_language():
    with pytest.raises(UnknownLanguage):
        format_vnd(125000, "th")
    assert "th" not in LANG_PARAMETER.enum
    assert analyse(STICKY_RICE).folded != [STICKY_RICE]  # split at its combining marks, as Latin words are
    assert not is_cjk(STICKY_RICE)


@pytest.mark.parametrize("language", ["fr", "th", "", None, "xx-vi"])
def test_an_unknown_language_never_formats_money_as_vietnamese(language):
    with pytest.raises(UnknownLanguage):
        format_vnd(125000, language)
    with pytest.raises(UnknownLanguage):
        format_approximate(amount_vnd=125000, currency="USD", vnd_per_unit=Decimal("26300"), language=language)


@pytest.mark.parametrize(
    ("spelling", "expected"),
    [("en-us", "₫125,000"), ("zh-Hans", "₫125,000"), ("zh_hans", "₫125,000"), ("LO", "125.000 ₫")],
)
def test_spellings_of_a_known_language_find_its_row(spelling, expected):
    assert format_vnd(125000, spelling) == expected


def test_settings_are_derived_from_the_table():
    assert [code for code, _name in settings.LANGUAGES] == languages.codes() == ["vi", "en", "lo", "zh-hans"]
    assert settings.LANGUAGE_CODE == settings.MODELTRANSLATION_DEFAULT_LANGUAGE == languages.DEFAULT
    assert list(settings.MODELTRANSLATION_LANGUAGES) == languages.codes()
    assert settings.MODELTRANSLATION_FALLBACK_LANGUAGES == languages.modeltranslation_fallbacks()
    assert languages.fallback_chain("lo") == ["lo", "en", "vi"]
    assert languages.fallback_chain("vi") == ["vi", "en"]
    assert languages.fallback_chain("fr") == ["fr", "en", "vi"]  # content, unlike money, has a documented default


def test_each_language_has_its_catalogue():
    for row in languages.all_languages():
        assert (Path(settings.BASE_DIR) / "locale" / row.locale / "LC_MESSAGES" / "django.po").exists(), row.code


def test_the_committed_stylesheet_matches_the_table():
    css = Path(settings.BASE_DIR) / "static" / "css" / "languages.css"
    assert css.read_text(encoding="utf-8") == languages.font_css(), "run `manage.py language_css`"


def test_a_segmenter_sitesearch_lacks_is_refused_by_name():
    odd = replace(THAI, segmenter="pythainlp")
    with languages.overridden([*languages.TABLE, odd]), pytest.raises(LookupError, match="pythainlp"):
        analyse(STICKY_RICE)


def test_the_table_imports_without_django_settings():
    """Settings import core.languages: it must not read settings or import models itself."""
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(Path(settings.BASE_DIR) / "site")}
    code = "import core.languages, sys; assert not [m for m in sys.modules if m.startswith('django.db.models')]"
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
