"""Two engines behind one interface: the database (default) and Elasticsearch 8 (when
SEARCH_ELASTICSEARCH_URL is set). Both take the same pre-processed documents and queries."""
from dataclasses import dataclass, field

from django.conf import settings


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
