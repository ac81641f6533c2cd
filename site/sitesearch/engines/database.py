"""The zero-configuration engine: the SearchDocument table, same queries on SQLite and PostgreSQL.

Every term must occur as a whole token (" term ") in this language's text or in the other
languages' text; Chinese terms as a substring (the raw run is stored next to jieba's words).
The score adds fixed weights per term: exact title > folded title > exact text > text > other
languages' text, so "miến" ranks a title with "miến" above one with "mien".
"""
from functools import reduce
from operator import add

from django.db import transaction
from django.db.models import Case, Count, F, IntegerField, Q, Value, When

from sitesearch.engines import EngineResult
from sitesearch.facets import FACETS, PRICE_BUCKETS, price_bounds
from sitesearch.models import SearchDocument
from sitesearch.text import is_cjk
from storefront.seasons import month_bit

WEIGHTS = (("title_exact", 8), ("title_folded", 5), ("exact_text", 3), ("text", 2), ("other_text", 1))
_FIELDS = {"type": "doc_type", "group": "ocop_group", "stars": "stars", "producer": "producer_id", "village": "village_id"}


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
        matched = SearchDocument.objects.filter(language=language)
        for term in parsed.terms:
            needle = _needle(term)
            matched = matched.filter(Q(text__contains=needle) | Q(other_text__contains=needle))
        results = self._filter(matched, filters, today)
        total = results.count()
        rows = list(self._rank(results, parsed).order_by(*self._order(parsed))[offset: offset + limit]) if total else []
        return EngineResult(rows=rows, total=total, counts=self._counts(matched, filters, today))

    def suggest(self, *, prefix_terms, language, limit):
        """Titles with a word starting with the prefix (Lao and Chinese: containing it)."""
        if not prefix_terms:
            return []
        prefix = " ".join(prefix_terms)
        needle = prefix if prefix_terms[0][0] > "\u0e7f" else " " + prefix
        rows = SearchDocument.objects.filter(language=language, suggest_text__contains=needle).annotate(
            starts=Case(When(suggest_text__startswith=" " + prefix, then=Value(1)), default=Value(0), output_field=IntegerField())
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

    @staticmethod
    def _order(parsed):
        newest = [F("published_at").desc(nulls_last=True), "pk"]
        return ["-score", *newest] if parsed.terms else newest

    def _filter(self, queryset, filters, today, skip=None):
        for name, value in filters.items():
            if name == skip:
                continue
            if name == "stars":
                queryset = queryset.filter(stars=value, stars_valid_until__gte=today)
            elif name == "price":
                low, high = price_bounds(value)
                queryset = queryset.filter(**({"price__gte": low} if low is not None else {"price__isnull": False}))
                if high is not None:
                    queryset = queryset.filter(price__lt=high)
            elif name == "in_season":
                queryset = queryset.alias(in_month=F("season_mask").bitand(month_bit(today.month))).filter(in_month__gt=0)
            else:
                queryset = queryset.filter(**{_FIELDS[name]: value})
        return queryset

    def _counts(self, matched, filters, today):
        counts = {}
        for name in FACETS:
            queryset = self._filter(matched, filters, today, skip=name).order_by()
            if name == "price":
                counts[name] = queryset.aggregate(**{key: Count("pk", filter=_price_q(key)) for key, *_rest in PRICE_BUCKETS})
            elif name == "in_season":
                counts[name] = self._filter(queryset, {"in_season": True}, today).count()
            else:
                if name == "stars":
                    queryset = queryset.filter(stars_valid_until__gte=today)
                field = _FIELDS[name]
                rows = queryset.exclude(**{f"{field}__isnull": True}).values(field).annotate(n=Count("pk"))
                counts[name] = {row[field]: row["n"] for row in rows if row[field] not in ("", None)}
        return counts


def _price_q(key):
    low, high = price_bounds(key)
    conditions = [Q(price__gte=low) if low is not None else Q(price__isnull=False)]
    if high is not None:
        conditions.append(Q(price__lt=high))
    return reduce(lambda a, b: a & b, conditions)
