"""Add the per-language columns (title_en, slug_lo, url_path_zh_hans, …) to Wagtail's page table.

wagtail-modeltranslation adds them to wagtailcore.Page without a migration of Wagtail's own
(`sync_page_translation_fields`). Running it here means every database, the tests' included,
gets them from a plain `migrate`.
"""
import contextlib
import io

from django.core.management import call_command
from django.db import migrations


def add_page_translation_columns(apps, schema_editor):
    # The command print()s every statement; a migration should not.
    with contextlib.redirect_stdout(io.StringIO()):
        call_command("sync_page_translation_fields", interactive=False, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(add_page_translation_columns, migrations.RunPython.noop)]
