"""`manage.py language_css`: write static/css/languages.css (the :lang() font rules) from core.languages."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from core.languages import font_css

CSS_PATH = Path(settings.BASE_DIR) / "static" / "css" / "languages.css"


class Command(BaseCommand):
    help = "Write static/css/languages.css from the language table; --check fails when it is out of date."

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true", help="Only compare; exit 1 when the file differs.")

    def handle(self, *args, check=False, **options):
        wanted = font_css()
        current = CSS_PATH.read_text(encoding="utf-8") if CSS_PATH.exists() else None
        if check:
            if current != wanted:
                self.stderr.write(f"{CSS_PATH} is out of date: run `manage.py language_css`.")
                raise SystemExit(1)
            return
        if current != wanted:
            CSS_PATH.write_text(wanted, encoding="utf-8")
        self.stdout.write(f"wrote {CSS_PATH}")
