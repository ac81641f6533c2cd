"""The zero-configuration engine: the SearchDocument table, same queries on SQLite and PostgreSQL.

Every term must occur as a whole token (" term ") in this language's text or in the other
languages' text; Chinese terms as a substring (the raw run is stored next to jieba's words).
The score adds fixed weights per term: exact title > folded title > exact text > text > other
languages' text, so "miến" ranks a title with "miến" above one with "mien".

On PostgreSQL the whole-token test is `tokens @> ARRAY[terms]` on a generated, GIN-indexed
array of the same tokens (migration 0003): the same meaning as the LIKEs, without scanning every
document of the language. SQLite keeps the LIKEs. A search is two queries on either database:
the total and every facet's counts in one (a CTE of the matched rows with one flag per filter),
then the ranked page.

Facets are the declared ones (sitesearch.registry): each reads its value from the document's
`data` (JSON) as a column `v_<name>` of the CTE, and each kind (terms, range, month) gets its
condition and its count from that column alone.
"""

from functools import reduce
from operator import add

from django.db import connection, transaction
from django.db.models import BigIntegerField, BooleanField, Case, CharField, IntegerField, Q, Value, When
from django.db.models.expressions import RawSQL
from django.db.models.fields.json import KeyTextTransform
from django.db.models.functions import Cast

from core.months import in_month_condition
from core.searchable import MONTH, RANGE, TERMS
from sitesearch.engines import EngineResult
from sitesearch.models import SearchDocument
from sitesearch.registry import facets, get_facet
from sitesearch.text import is_cjk

WEIGHTS = (("title_exact", 8), ("title_folded", 5), ("exact_text", 3), ("text", 2), ("other_text", 1))


def _needle(term):
    return term if is_cjk(term) else f" {term} "


class DatabaseEngine:
    name = "database"

    # --- writing ---------------------------------------------------------------
    def replace(self, *, doc_type, object_id, documents):
        with transaction.atomic():
            SearchDocument.objects.filter(doc_type=doc_type, object_id=object_id).delete()
            SearchDocument.objects.bulk_create(documents)

    def delete(self, *, doc_type, object_id):
        SearchDocument.objects.filter(doc_type=doc_type, object_id=object_id).delete()

    def reset(self):
        SearchDocument.objects.all().delete()

    def bulk_add(self, documents):
        SearchDocument.objects.bulk_create(documents, batch_size=500)

    def refresh(self):
        pass

    # --- reading ---------------------------------------------------------------
    def search(self, *, parsed, language, filters, today, offset, limit):
        matched = _matching(SearchDocument.objects.filter(language=language), parsed.terms)
        total, counts, ids = self._counts(self._rank(matched, parsed), filters, today, offset, limit)
        found = SearchDocument.objects.in_bulk(ids) if ids else {}
        return EngineResult(rows=[found[pk] for pk in ids if pk in found], total=total, counts=counts)

    def suggest(self, *, prefix_terms, language, limit):
        """Titles with a word starting with the prefix (Lao and Chinese: containing it)."""
        if not prefix_terms:
            return []
        prefix = " ".join(prefix_terms)
        needle = prefix if prefix_terms[0][0] > "\u0e7f" else " " + prefix
        rows = SearchDocument.objects.filter(language=language, suggest_text__contains=needle).annotate(
            starts=Case(
                When(suggest_text__startswith=" " + prefix, then=Value(1)),
                default=Value(0),
                output_field=IntegerField(),
            )
        )
        return list(rows.order_by("-starts", "title", "pk")[:limit])

    def _rank(self, queryset, parsed):
        if not parsed.terms:
            return queryset
        parts = []
        for term, exact in zip(parsed.terms, parsed.exact):
            whens = []
            for field, weight in WEIGHTS:
                needle = _needle(exact if field.endswith("exact") else term)
                whens.append(When(**{f"{field}__contains": needle}, then=Value(weight)))
            parts.append(Case(*whens, default=Value(0), output_field=IntegerField()))
        return queryset.annotate(score=reduce(add, parts))

    def _counts(self, matched, filters, today, offset, limit):
        """(total, {facet: counts}, the page's ids) in one query, so the matched documents are read once.

        Each facet ignores its own filter (and only it). The page: best score first (the sum of
        the weights, see _rank), then newest, then id; documents without a date last.
        """
        scored = "score" in matched.query.annotations
        declared = facets()
        values = {f"v_{facet.name}": _value(facet) for facet in declared}
        values.update(
            {
                f"u_{facet.name}": Cast(KeyTextTransform(facet.valid_until, "data"), CharField())
                for facet in declared
                if facet.valid_until
            }
        )
        flags = {f"f_{name}": _flag(_condition(name, value, today)) for name, value in filters.items()}
        counted = {
            f"c_{facet.name}": _counted(facet, today) for facet in declared if facet.kind != TERMS or facet.valid_until
        }
        rows = (
            matched.order_by()
            .annotate(**values)
            .annotate(**flags, **counted)
            .values(
                "id",
                "published_at",
                *(["score"] if scored else []),
                "doc_type",
                *values,
                *flags,
                *counted,
            )
        )
        inner, params = rows.query.sql_with_params()

        def where(skip, *extra):
            conditions = [f"{flag} = 1" for flag in flags if flag != f"f_{skip}"] + list(extra)
            return " WHERE " + " AND ".join(conditions) if conditions else ""

        def grouped(name, column, typed, *extra):
            text_value, int_value = (column, "CAST(NULL AS bigint)") if typed is str else ("CAST(NULL AS text)", column)
            return (
                f"SELECT '{name}', {text_value}, {int_value}, COUNT(*) FROM matched"
                f"{where(name, f'{column} IS NOT NULL', *extra)} GROUP BY {column}"
            )

        parts = [
            f"SELECT '', CAST(NULL AS text), CAST(NULL AS bigint), COUNT(*) FROM matched{where(None)}",
            grouped("type", "doc_type", str),
        ]
        for facet in declared:
            name = facet.name
            if facet.kind == TERMS:
                parts.append(
                    grouped(name, f"v_{name}", facet.value_type, *([f"c_{name} = 1"] if facet.valid_until else []))
                )
            elif facet.kind == RANGE:
                parts.append(grouped(name, f"c_{name}", str))
            else:
                parts.append(
                    f"SELECT '{name}', CAST(NULL AS text), CAST(NULL AS bigint), COUNT(*) FROM matched{where(name, f'c_{name} = 1')}"
                )
        parts.append(
            f"SELECT '#hit', CAST(NULL AS text), id, 0 FROM (SELECT id FROM matched{where(None)} ORDER BY "
            f"{'score DESC, ' if scored else ''}published_at IS NULL, published_at DESC, id LIMIT %s OFFSET %s) AS page"
        )
        sql = f"WITH matched AS ({inner}) " + " UNION ALL ".join(parts)
        counts = {"type": {}}
        for facet in declared:
            counts[facet.name] = (
                {bucket.key: 0 for bucket in facet.buckets} if facet.kind == RANGE else 0 if facet.kind == MONTH else {}
            )
        total, ids = 0, []
        with connection.cursor() as cursor:
            cursor.execute(sql, (*params, limit, offset))
            for name, text_value, int_value, n in cursor.fetchall():
                if name == "#hit":
                    ids.append(int_value)
                elif name == "":
                    total = n
                elif not isinstance(counts[name], dict):
                    counts[name] = n
                else:
                    value = text_value if int_value is None else int_value
                    if value not in ("", None):
                        counts[name][value] = n
        return total, counts, ids


def _matching(queryset, terms):
    """Documents where every term is a whole token of `text` or `other_text` (Chinese: a substring)."""
    if connection.vendor == "postgresql" and terms:
        tokens = [term for term in terms if not is_cjk(term)]
        grams = sorted({piece for term in terms if is_cjk(term) for piece in _grams(term)})
        for column, values in (("tokens", tokens), ("cjk_grams", grams)):
            if values:
                queryset = queryset.filter(
                    RawSQL(
                        f'"sitesearch_searchdocument"."{column}" @> %s::text[]', (values,), output_field=BooleanField()
                    )
                )
        terms = [term for term in terms if is_cjk(term)]  # the grams only narrow: LIKE still decides
    for term in terms:
        needle = _needle(term)
        queryset = queryset.filter(Q(text__contains=needle) | Q(other_text__contains=needle))
    return queryset


def _grams(term):
    """A Chinese term's pieces as in migration 0003's `cjk_grams`: its two-character pieces, or itself."""
    return [term[i : i + 2] for i in range(len(term) - 1)] if len(term) > 1 else [term]


def _value(facet):
    """The facet's value in a document's `data`, as a column: bigint for numbers, text otherwise."""
    typed = BigIntegerField() if facet.kind != TERMS or facet.value_type is int else CharField()
    return Cast(KeyTextTransform(facet.name, "data"), typed)


def _condition(name, value, today):
    """One filter as a condition for filter() or When(), on the CTE's `v_<name>` columns."""
    if name == "type":
        return Q(doc_type=value)
    facet = get_facet(name)
    column = f"v_{name}"
    if facet.kind == RANGE:
        return _bucket_q(column, facet.bucket(value))
    if facet.kind == MONTH:
        return in_month_condition(today.month, column)
    condition = Q(**{column: value})
    if facet.valid_until:
        condition &= Q(**{f"u_{name}__gte": today.isoformat()})
    return condition


def _counted(facet, today):
    """Per document: a range facet's bucket key (or ""); for the others 1 when it counts now, else 0."""
    if facet.kind == RANGE:
        column = f"v_{facet.name}"
        whens = (When(_bucket_q(column, bucket), then=Value(bucket.key)) for bucket in facet.buckets)
        return Case(*whens, default=Value(""), output_field=CharField())
    if facet.kind == MONTH:
        return _flag(in_month_condition(today.month, f"v_{facet.name}"))
    return _flag(Q(**{f"u_{facet.name}__gte": today.isoformat()}))


def _flag(condition):
    return Case(When(condition, then=Value(1)), default=Value(0), output_field=IntegerField())


def _bucket_q(column, bucket):
    conditions = [Q(**{f"{column}__gte": bucket.low}) if bucket.low is not None else Q(**{f"{column}__isnull": False})]
    if bucket.high is not None:
        conditions.append(Q(**{f"{column}__lt": bucket.high}))
    return reduce(lambda a, b: a & b, conditions)
