"""PostgreSQL: trigram indexes, so `contains` (LIKE '% word %') stops scanning every document.

The database engine searches with LIKE on SQLite and PostgreSQL alike; on PostgreSQL a GIN
pg_trgm index answers those LIKEs. SQLite keeps its plain scan (nothing to do there).
CREATE EXTENSION needs a role allowed to create it (a superuser, or pg_trgm pre-installed).
"""
from django.db import migrations

COLUMNS = ("text", "other_text", "suggest_text")


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for column in COLUMNS:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS sitesearch_{column}_trgm ON sitesearch_searchdocument USING gin ({column} gin_trgm_ops)"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for column in COLUMNS:
        schema_editor.execute(f"DROP INDEX IF EXISTS sitesearch_{column}_trgm")


class Migration(migrations.Migration):
    dependencies = [("sitesearch", "0001_initial")]
    operations = [migrations.RunPython(create, drop, elidable=False)]
