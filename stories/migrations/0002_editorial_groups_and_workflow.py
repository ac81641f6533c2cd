"""Editors, Moderators, Tour operators and Producers, their permissions, and the story workflow."""
from django.db import migrations

from stories.editorial import setup_editorial


def forwards(apps, schema_editor):
    setup_editorial(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("stories", "0001_initial"),
        ("home", "0002_page_translation_columns"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailadmin", "0006_formstate"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
