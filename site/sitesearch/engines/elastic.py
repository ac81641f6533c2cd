"""Elasticsearch 8 through elasticsearch-dsl, for sites that outgrow one database.

Text arrives pre-processed by sitesearch.text (folded, Lao and Chinese segmented), so the
mapping needs only the whitespace analyzer; Chinese terms also match through a `cjk` (bigram)
sub-field. The query mirrors the database engine: every term must match, with the same weights.

Each declared facet (sitesearch.registry) gets a field `facet_<name>` built from the document's
`data` by its kind: terms → keyword, range → long, month → the mask's months (integers). The
whole `data` is kept unindexed for the hits. A new facet needs a new index (rebuild_search_index).
"""

from functools import lru_cache

from django.conf import settings
from django.utils.module_loading import import_string
from elasticsearch import Elasticsearch, NotFoundError
from elasticsearch.dsl import A, Date, Document, Index, Integer, Keyword, Long, Mapping, Object, Q, Search, Text
from elasticsearch.helpers import bulk

from core.months import months_from_mask
from core.searchable import MONTH, RANGE, TERMS
from sitesearch.engines import EngineResult
from sitesearch.engines.database import WEIGHTS
from sitesearch.registry import facets, get_facet
from sitesearch.text import is_cjk

_TOKENS = {"analyzer": "whitespace", "fields": {"cjk": Text(analyzer="cjk")}}
_COPIED = ("doc_type", "object_id", "language", "title", "url", "snippet_source", "data", "published_at")


class SearchDoc(Document):
    doc_type = Keyword()
    object_id = Keyword()
    language = Keyword()
    title = Keyword(index=False)
    url = Keyword(index=False)
    snippet_source = Text(index=False)
    title_exact = Text(**_TOKENS)
    title_folded = Text(**_TOKENS)
    suggest_text = Text(**_TOKENS)
    text = Text(**_TOKENS)
    exact_text = Text(**_TOKENS)
    other_text = Text(**_TOKENS)
    data = Object(enabled=False)
    published_at = Date()


def _facet_fields():
    """The mapping of each declared facet's field (and its `valid_until` date)."""
    fields = {}
    for facet in facets():
        fields[_field(facet)] = {TERMS: Keyword(), RANGE: Long(), MONTH: Integer()}[facet.kind]
        if facet.valid_until:
            fields[_until(facet)] = Date()
    return fields


def _field(facet):
    return f"facet_{facet.name}"


def _until(facet):
    return f"facet_{facet.name}_until"


@lru_cache(maxsize=4)
def _client(url, node_class_path, timeout):
    options = {"request_timeout": timeout}
    if node_class_path:
        options["node_class"] = import_string(node_class_path)
    return Elasticsearch(url, **options)


def _source(document):
    body = {name: getattr(document, name) for name in _COPIED}
    body.update(
        {
            name: getattr(document, name).strip()
            for name in ("title_exact", "title_folded", "suggest_text", "text", "exact_text", "other_text")
        }
    )
    body["object_id"] = str(document.object_id)
    for facet in facets():
        value = document.data.get(facet.name)
        if value is not None:
            body[_field(facet)] = {TERMS: str, RANGE: int, MONTH: months_from_mask}[facet.kind](value)
        if facet.valid_until:
            body[_until(facet)] = document.data.get(facet.valid_until)
    return body


class _Row:
    """A hit with the same attributes as a SearchDocument row."""

    def __init__(self, source):
        self.__dict__.update(source)
        self.object_id = int(source["object_id"])
        self.data = source.get("data") or {}


class ElasticsearchEngine:
    name = "elasticsearch"

    def __init__(self, client, index_name):
        self.client = client
        self.index_name = index_name

    @classmethod
    def from_settings(cls):
        client = _client(
            settings.SEARCH_ELASTICSEARCH_URL,
            settings.SEARCH_ELASTICSEARCH_NODE_CLASS,
            settings.SEARCH_ELASTICSEARCH_TIMEOUT_SECONDS,
        )
        return cls(client, settings.SEARCH_ELASTICSEARCH_INDEX)

    # --- writing ---------------------------------------------------------------
    def ensure_index(self):
        index = Index(self.index_name, using=self.client)
        index.document(SearchDoc)
        if not index.exists():
            facet_fields = Mapping()
            for name, field in _facet_fields().items():
                facet_fields.field(name, field)
            index.mapping(facet_fields)
            index.create()

    def reset(self):
        Index(self.index_name, using=self.client).delete(ignore_unavailable=True)
        self.ensure_index()

    def _id(self, document):
        return f"{document.doc_type}-{document.object_id}-{document.language}"

    def replace(self, *, doc_type, object_id, documents):
        self.ensure_index()
        self.delete(doc_type=doc_type, object_id=object_id, refresh=False)
        self.bulk_add(documents)
        self.refresh()

    def delete(self, *, doc_type, object_id, refresh=True):
        try:
            self.client.delete_by_query(
                index=self.index_name,
                query={"bool": {"filter": [{"term": {"doc_type": doc_type}}, {"term": {"object_id": str(object_id)}}]}},
                refresh=refresh,
            )
        except NotFoundError:
            pass  # no index yet: nothing to delete

    def bulk_add(self, documents):
        self.ensure_index()
        actions = ({"_index": self.index_name, "_id": self._id(d), "_source": _source(d)} for d in documents)
        bulk(self.client, actions, chunk_size=1000)

    def refresh(self):
        self.client.indices.refresh(index=self.index_name)

    # --- reading ---------------------------------------------------------------
    def search(self, *, parsed, language, filters, today, offset, limit):
        self.ensure_index()
        query = Q(
            "bool",
            filter=[Q("term", language=language)],
            must=[_term_query(t, e) for t, e in zip(parsed.terms, parsed.exact)],
        )
        search = Search(using=self.client, index=self.index_name).query(query).extra(track_total_hits=True)
        search = search.post_filter(Q("bool", filter=_filters(filters, today)))
        search.aggs.bucket("type", A("filter", Q("bool", filter=_filters(filters, today, skip="type")))).bucket(
            "values", A("terms", field="doc_type", size=200)
        )
        for facet in facets():
            scope = search.aggs.bucket(
                facet.name, A("filter", Q("bool", filter=_filters(filters, today, skip=facet.name)))
            )
            if facet.kind == RANGE:
                for bucket in facet.buckets:
                    scope.bucket(bucket.key, A("filter", _bucket_query(facet, bucket)))
            elif facet.kind == MONTH:
                scope.bucket("now", A("filter", Q("term", **{_field(facet): today.month})))
            else:
                if facet.valid_until:
                    scope = scope.bucket("current", A("filter", _current_query(facet, today)))
                scope.bucket("values", A("terms", field=_field(facet), size=200))
        order = ["_score"] if parsed.terms else []
        search = search.sort(*order, {"published_at": {"order": "desc", "missing": "_last"}}, {"object_id": "asc"})[
            offset : offset + limit
        ]
        response = search.execute()
        return EngineResult(
            rows=[_Row(hit.to_dict()) for hit in response.hits],
            total=response.hits.total.value,
            counts=_counts(response.aggregations.to_dict()),
        )

    def suggest(self, *, prefix_terms, language, limit):
        if not prefix_terms:
            return []
        self.ensure_index()
        *complete, last = prefix_terms
        musts = [_match_token("suggest_text", term) for term in complete]
        musts.append(
            Q("match", **{"suggest_text.cjk": {"query": last, "operator": "and"}})
            if is_cjk(last)
            else Q("prefix", suggest_text=last)
        )
        search = Search(using=self.client, index=self.index_name).query(
            Q("bool", filter=[Q("term", language=language)], must=musts)
        )
        response = search.sort("_score", {"object_id": "asc"})[:limit].execute()
        return [_Row(hit.to_dict()) for hit in response.hits]


def _match_token(field, term):
    if is_cjk(term):
        return Q("match", **{f"{field}.cjk": {"query": term, "operator": "and"}})
    return Q("term", **{field: term})


def _term_query(term, exact):
    """One query term: it must match this language's or another language's text; boosts rank it."""
    should = []
    for field, weight in WEIGHTS:
        token = exact if field.endswith("exact") else term
        query = _match_token(field, token)
        should.append(Q("constant_score", filter=query, boost=weight))
    return Q("bool", should=should, minimum_should_match=1)


def _bucket_query(facet, bucket):
    bounds = {"gte": bucket.low or 0}  # prices are never negative; the bound makes "has a value"
    if bucket.high is not None:
        bounds["lt"] = bucket.high
    return Q("range", **{_field(facet): bounds})


def _current_query(facet, today):
    return Q("range", **{_until(facet): {"gte": today.isoformat()}})


def _filters(filters, today, skip=None):
    clauses = []
    for name, value in filters.items():
        if name == skip:
            continue
        if name == "type":
            clauses.append(Q("term", doc_type=value))
            continue
        facet = get_facet(name)
        if facet.kind == RANGE:
            clauses.append(_bucket_query(facet, facet.bucket(value)))
        elif facet.kind == MONTH:
            clauses.append(Q("term", **{_field(facet): today.month}))
        else:
            clauses.append(Q("term", **{_field(facet): str(value)}))
            if facet.valid_until:
                clauses.append(_current_query(facet, today))
    return clauses


def _counts(aggregations):
    counts = {"type": {b["key"]: b["doc_count"] for b in aggregations["type"]["values"]["buckets"]}}
    for facet in facets():
        scope = aggregations[facet.name]
        if facet.kind == RANGE:
            counts[facet.name] = {bucket.key: scope[bucket.key]["doc_count"] for bucket in facet.buckets}
        elif facet.kind == MONTH:
            counts[facet.name] = scope["now"]["doc_count"]
        else:
            buckets = (scope["current"] if facet.valid_until else scope)["values"]["buckets"]
            counts[facet.name] = {facet.value_type(b["key"]): b["doc_count"] for b in buckets}
    return counts
