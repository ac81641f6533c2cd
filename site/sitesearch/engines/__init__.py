"""Two engines behind one interface: the database (default) and Elasticsearch 8 (when
SEARCH_ELASTICSEARCH_URL is set). Both take the same pre-processed documents and queries."""

from dataclasses import dataclass, field

from django.conf import settings


class EngineUnavailable(Exception):
    """The search engine cannot be reached or failed; the rest of the site carries on without it."""


def unavailable_errors() -> tuple:
    """The exceptions that mean "the engine is down", for the engine in use."""
    if not settings.SEARCH_ELASTICSEARCH_URL:
        return (EngineUnavailable,)
    from elastic_transport import TransportError
    from elasticsearch import ApiError

    return (EngineUnavailable, TransportError, ApiError)


@dataclass
class EngineResult:
    rows: list  # SearchDocument instances (database) or objects with the same attributes
    total: int
    counts: dict = field(default_factory=dict)  # facet name → {value: count}; "in_season" → int


def get_engine():
    if settings.SEARCH_ELASTICSEARCH_URL:
        from sitesearch.engines.elastic import ElasticsearchEngine

        return ElasticsearchEngine.from_settings()
    from sitesearch.engines.database import DatabaseEngine

    return DatabaseEngine()
