"""The facet columns become one `data` column of declared values (core.searchable).

Search no longer names a domain field; each searchable type declares its facets and the values
they read. The rows keep their values under the names the types declare today.
"""
from django.db import migrations, models

# Old column → the declared value's name (storefront/searchable.py), as declared when this was written.
RENAMED = {
    "ocop_group": "group", "stars": "stars", "stars_valid_until": "stars_valid_until", "producer_id": "producer",
    "village_id": "village", "price": "price", "season_mask": "in_season", "in_stock": "in_stock",
}


def forwards(apps, schema_editor):
    SearchDocument = apps.get_model("sitesearch", "SearchDocument")
    batch = []
    for document in SearchDocument.objects.iterator(chunk_size=1000):
        data = {}
        for column, name in RENAMED.items():
            value = getattr(document, column)
            if value in (None, "", 0) and column in ("ocop_group", "season_mask"):
                continue
            if value is None:
                continue
            data[name] = value.isoformat() if hasattr(value, "isoformat") else value
        document.data = data
        batch.append(document)
        if len(batch) >= 1000:
            SearchDocument.objects.bulk_update(batch, ["data"])
            batch = []
    SearchDocument.objects.bulk_update(batch, ["data"])


class Migration(migrations.Migration):
    dependencies = [("sitesearch", "0004_tokens_per_language")]

    operations = [
        migrations.AddField(model_name="searchdocument", name="data", field=models.JSONField(default=dict)),
        migrations.RunPython(forwards, migrations.RunPython.noop),
        *(migrations.RemoveField(model_name="searchdocument", name=column) for column in RENAMED),
    ]
