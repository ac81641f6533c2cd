"""Elasticsearch 8 through elasticsearch-dsl, for sites that outgrow one database.

Text arrives pre-processed by sitesearch.text (folded, Lao and Chinese segmented), so the
mapping needs only the whitespace analyzer; Chinese terms also match through a `cjk` (bigram)
sub-field. The query mirrors the database engine: every term must match, with the same weights.
"""
from functools import lru_cache

from django.conf import settings
from django.utils.module_loading import import_string
from elasticsearch import Elasticsearch, NotFoundError
from elasticsearch.dsl import A, Date, Document, Index, Integer, Keyword, Q, Search, Text
from elasticsearch.helpers import bulk

from sitesearch.engines import EngineResult
from sitesearch.engines.database import WEIGHTS
from sitesearch.facets import FACETS, PRICE_BUCKETS, price_bounds
from sitesearch.text import is_cjk
from storefront.seasons import months_from_mask

_TOKENS = {"analyzer": "whitespace", "fields": {"cjk": Text(analyzer="cjk")}}
_FIELDS = {"type": "doc_type", "group": "ocop_group", "stars": "stars", "producer": "producer_id", "village": "village_id"}
_COPIED = (
    "doc_type", "object_id", "language", "title", "url", "snippet_source", "ocop_group", "stars",
    "stars_valid_until", "producer_id", "village_id", "price", "season_mask", "in_stock", "published_at",
)


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
    ocop_group = Keyword()
    stars = Integer()
    stars_valid_until = Date()
    producer_id = Keyword()
    village_id = Keyword()
    price = Integer()
    season_mask = Integer()
    season_months = Integer()
    in_stock = Keyword()
    published_at = Date()


@lru_cache(maxsize=4)
def _client(url, node_class_path, timeout):
    options = {"request_timeout": timeout}
    if node_class_path:
        options["node_class"] = import_string(node_class_path)
    return Elasticsearch(url, **options)


def _source(document):
    body = {name: getattr(document, name) for name in _COPIED}
    body.update(
        {name: getattr(document, name).strip() for name in ("title_exact", "title_folded", "suggest_text", "text", "exact_text", "other_text")}
    )
    body["object_id"] = str(document.object_id)
    body["in_stock"] = "1" if document.in_stock else "0"
    for name in ("producer_id", "village_id"):
        body[name] = str(body[name]) if body[name] is not None else None
    body["season_months"] = months_from_mask(document.season_mask)
    return body


class _Row:
    """A hit with the same attributes as a SearchDocument row."""

    def __init__(self, source):
        self.__dict__.update(source)
        self.object_id = int(source["object_id"])
        self.in_stock = source.get("in_stock") == "1"
        self.stars_valid_until = _as_date(source.get("stars_valid_until"))


class ElasticsearchEngine:
    name = "elasticsearch"

    def __init__(self, client, index_name):
        self.client = client
        self.index_name = index_name

    @classmethod
    def from_settings(cls):
        client = _client(settings.SEARCH_ELASTICSEARCH_URL, settings.SEARCH_ELASTICSEARCH_NODE_CLASS, settings.SEARCH_ELASTICSEARCH_TIMEOUT_SECONDS)
        return cls(client, settings.SEARCH_ELASTICSEARCH_INDEX)

    # --- writing ---------------------------------------------------------------
    def ensure_index(self):
        index = Index(self.index_name, using=self.client)
        index.document(SearchDoc)
        if not index.exists():
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
        query = Q("bool", filter=[Q("term", language=language)], must=[_term_query(t, e) for t, e in zip(parsed.terms, parsed.exact)])
        search = Search(using=self.client, index=self.index_name).query(query).extra(track_total_hits=True)
        search = search.post_filter(Q("bool", filter=_filters(filters, today)))
        for name in FACETS:
            scope = search.aggs.bucket(name, A("filter", Q("bool", filter=_filters(filters, today, skip=name))))
            if name == "price":
                for key, *_rest in PRICE_BUCKETS:
                    scope.bucket(key, A("filter", _price_query(key)))
            elif name == "in_season":
                scope.bucket("now", A("filter", Q("term", season_months=today.month)))
            elif name == "stars":
                scope.bucket("current", A("filter", Q("range", stars_valid_until={"gte": today.isoformat()}))).bucket("values", A("terms", field="stars", size=10))
            else:
                scope.bucket("values", A("terms", field=_FIELDS[name], size=200))
        order = ["_score"] if parsed.terms else []
        search = search.sort(*order, {"published_at": {"order": "desc", "missing": "_last"}}, {"object_id": "asc"})[offset: offset + limit]
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
        musts.append(Q("match", **{"suggest_text.cjk": {"query": last, "operator": "and"}}) if is_cjk(last) else Q("prefix", suggest_text=last))
        search = Search(using=self.client, index=self.index_name).query(Q("bool", filter=[Q("term", language=language)], must=musts))
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


def _price_query(key):
    low, high = price_bounds(key)
    bounds = {"gte": low or 0}
    if high is not None:
        bounds["lt"] = high
    return Q("range", price=bounds)


def _filters(filters, today, skip=None):
    clauses = []
    for name, value in filters.items():
        if name == skip:
            continue
        if name == "stars":
            clauses += [Q("term", stars=value), Q("range", stars_valid_until={"gte": today.isoformat()})]
        elif name == "price":
            clauses.append(_price_query(value))
        elif name == "in_season":
            clauses.append(Q("term", season_months=today.month))
        else:
            clauses.append(Q("term", **{_FIELDS[name]: str(value) if name in ("producer", "village") else value}))
    return clauses


def _counts(aggregations):
    counts = {}
    for name in FACETS:
        scope = aggregations[name]
        if name == "price":
            counts[name] = {key: scope[key]["doc_count"] for key, *_rest in PRICE_BUCKETS}
        elif name == "in_season":
            counts[name] = scope["now"]["doc_count"]
        else:
            buckets = (scope["current"] if name == "stars" else scope)["values"]["buckets"]
            as_int = name in ("stars", "producer", "village")
            counts[name] = {int(b["key"]) if as_int else b["key"]: b["doc_count"] for b in buckets}
    return counts


def _as_date(value):
    import datetime

    return datetime.date.fromisoformat(value[:10]) if value else None
