"""Every interface string is really translated in all four catalogues."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ["vi", "en", "lo", "zh_Hans"]
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|\{\w*\}")
# Strings that are the same in every language (names, codes).
SAME_EVERYWHERE = {"OCOP", "VND", "SKU", "Email", "Stripe", "GI", "ID", "QR"}


def catalogue(language):
    return polib.pofile(str(ROOT / "locale" / language / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_is_complete_and_not_fuzzy(language):
    po = catalogue(language)

    assert len(po) > 0
    assert not po.metadata_is_fuzzy
    assert [e.msgid for e in po.untranslated_entries()] == []
    assert [e.msgid for e in po.fuzzy_entries()] == []


@pytest.mark.parametrize("language", ["vi", "lo", "zh_Hans"])
def test_strings_are_translated_not_copied(language):
    copied = [
        e.msgid
        for e in catalogue(language).translated_entries()
        if not e.msgid_plural
        and e.msgstr == e.msgid
        and e.msgid not in SAME_EVERYWHERE
        and any(ch.isalpha() for ch in PLACEHOLDER.sub("", e.msgid))  # "%(item)s: %(reason)s" has no words
    ]
    assert copied == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_survive_translation(language):
    broken = []
    for entry in catalogue(language).translated_entries():
        expected = sorted(PLACEHOLDER.findall(entry.msgid))
        translations = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        broken += [entry.msgid for text in translations if sorted(PLACEHOLDER.findall(text)) != expected]
    assert broken == []


def test_catalogues_hold_every_string_in_the_source(tmp_path):
    """makemessages over a copy of the source finds no msgid the committed catalogues lack."""
    if shutil.which("xgettext") is None:
        pytest.skip("GNU gettext's xgettext is not installed (.ci/run installs it)")
    copy = tmp_path / "src"
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(".venv", "var", ".git", "tests", "*.mo", "__pycache__"))
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "en", "--ignore=var", "--no-obsolete"],
        cwd=copy,
        check=True,
        capture_output=True,
    )
    extracted = {e.msgid for e in polib.pofile(str(copy / "locale" / "en" / "LC_MESSAGES" / "django.po"))}
    for language in LANGUAGES:
        missing = extracted - {e.msgid for e in catalogue(language)}
        assert missing == set(), f"{language}: run `make messages` and translate {sorted(missing)}"
