"""PostgreSQL: generated, GIN-indexed arrays of the words in `text` and `other_text`.

- `tokens`: the words themselves. The database engine's whole-word test (" word " in text or
  other_text) becomes `tokens @> ARRAY[words]`: the same meaning, answered by the index instead
  of a LIKE scan of every document in the language.
- `cjk_grams`: every one- and two-character piece of the words holding Chinese characters. A
  Chinese term is still matched as a substring with LIKE, but only among documents holding all
  its pieces (a superset, so nothing is lost; pg_trgm cannot help terms under three characters).

PostgreSQL computes both from the text columns, so indexing code and existing rows need nothing
(no rebuild). SQLite keeps its LIKEs.
"""
from django.db import migrations

CJK = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"""
        CREATE OR REPLACE FUNCTION sitesearch_cjk_grams(doc text) RETURNS text[]
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
            SELECT coalesce(array_agg(DISTINCT substr(word, i, n)), '{{}}')
            FROM unnest(string_to_array(doc, ' ')) AS word,
                 generate_series(1, char_length(word)) AS i, (VALUES (1), (2)) AS g(n)
            WHERE word ~ '{CJK}' AND i + n - 1 <= char_length(word)
        $$
        """
    )
    schema_editor.execute(
        "ALTER TABLE sitesearch_searchdocument "
        "ADD COLUMN IF NOT EXISTS tokens text[] GENERATED ALWAYS AS (string_to_array(btrim(text || ' ' || other_text), ' ')) STORED, "
        "ADD COLUMN IF NOT EXISTS cjk_grams text[] GENERATED ALWAYS AS (sitesearch_cjk_grams(text || ' ' || other_text)) STORED"
    )
    for column in ("tokens", "cjk_grams"):
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS sitesearch_{column}_gin ON sitesearch_searchdocument USING gin ({column})")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for column in ("tokens", "cjk_grams"):
        schema_editor.execute(f"DROP INDEX IF EXISTS sitesearch_{column}_gin")
        schema_editor.execute(f"ALTER TABLE sitesearch_searchdocument DROP COLUMN IF EXISTS {column}")
    schema_editor.execute("DROP FUNCTION IF EXISTS sitesearch_cjk_grams(text)")


class Migration(migrations.Migration):
    dependencies = [("sitesearch", "0002_trigram_indexes")]
    operations = [migrations.RunPython(create, drop, elidable=False)]
