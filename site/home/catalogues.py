"""Compile the project's gettext catalogues without GNU gettext.

A newcomer's machine may lack `msgfmt`; polib writes the same .mo files in pure Python.
"""

from pathlib import Path

import polib
from django.conf import settings


def catalogue_paths():
    for locale_dir in settings.LOCALE_PATHS:
        yield from sorted(Path(locale_dir).glob("*/LC_MESSAGES/*.po"))


def compile_catalogues(force=False):
    """Write each .po's .mo when it is missing or older; return the .po files compiled."""
    compiled = []
    for po_path in catalogue_paths():
        mo_path = po_path.with_suffix(".mo")
        if force or not mo_path.exists() or mo_path.stat().st_mtime < po_path.stat().st_mtime:
            polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
            compiled.append(po_path)
    return compiled
