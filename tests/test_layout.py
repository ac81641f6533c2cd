"""The source roots must never become packages that shadow the standard library."""

import importlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_site_and_locale_are_not_packages():
    assert not (ROOT / "site" / "__init__.py").exists(), "site/ would shadow the stdlib module `site`"
    assert not (ROOT / "locale" / "__init__.py").exists(), "locale/ would shadow the stdlib module `locale`"


def test_stdlib_modules_win_the_import():
    assert importlib.import_module("site").__file__.startswith(str(Path(importlib.__file__).parent.parent))
    assert hasattr(importlib.import_module("locale"), "setlocale")


def test_apps_are_where_the_design_puts_them():
    for app in ("storefront", "tourism", "stories"):
        assert (ROOT / app / "apps.py").exists()
    assert (ROOT / "site" / "config" / "settings" / "base.py").exists()
    assert (ROOT / "site" / "home" / "models.py").exists()
