"""Objects → documents (one per language) → the active engine."""

import datetime

from pagecache import routing
from sitesearch.engines import get_engine
from sitesearch.models import SearchDocument
from sitesearch.registry import get_type, searchable_types
from sitesearch.text import analyse, fold, joined


def build_documents(searchable_type, obj):
    """Unsaved SearchDocument rows, one per site language, for either engine."""
    description = searchable_type.describe(obj)
    analysed = {code: analyse(f"{text.title} {text.body}") for code, text in description.languages.items()}
    data = stored_values(description.values)
    documents = []
    for code, text in description.languages.items():
        title = analyse(text.title)
        others = [token for other, tokens in analysed.items() if other != code for token in tokens.folded]
        documents.append(
            SearchDocument(
                doc_type=searchable_type.key,
                object_id=obj.pk,
                language=code,
                title=text.title[:255],
                url=text.url[:500],
                snippet_source=text.snippet,
                title_exact=joined(title.exact),
                title_folded=joined(title.folded),
                suggest_text=joined([fold(word) for word in title.exact]),
                text=joined(analysed[code].folded),
                exact_text=joined(analysed[code].exact),
                other_text=joined(list(dict.fromkeys(others))),
                data=data,
                published_at=description.published_at,
            )
        )
    return documents


def stored_values(values):
    """A description's values as a document keeps them: JSON-safe, without empty ones."""
    return {
        name: value.isoformat() if isinstance(value, datetime.date) else value
        for name, value in values.items()
        if value is not None and value != ""
    }


def index_object(*, type_key, object_id):
    """Index one object, or remove it when it is no longer searchable (unpublished, private)."""
    # Runs after the commit of a restriction change, before the page cache forgets its kept
    # restrictions (and a visitor may have kept the old ones meanwhile): privacy is read from the database.
    with routing.restrictions_from_database():
        _index_object(type_key=type_key, object_id=object_id)


def _index_object(*, type_key, object_id):
    searchable_type = get_type(type_key)
    engine = get_engine()
    obj = searchable_type.queryset().filter(pk=object_id).first()
    if obj is None:
        engine.delete(doc_type=type_key, object_id=object_id)
        return
    engine.replace(doc_type=type_key, object_id=object_id, documents=build_documents(searchable_type, obj))
    for dependent_key, dependent_id in searchable_type.dependents(obj):
        dependent_type = get_type(dependent_key)
        dependent = dependent_type.queryset().filter(pk=dependent_id).first()
        if dependent is not None:
            engine.replace(
                doc_type=dependent_key, object_id=dependent_id, documents=build_documents(dependent_type, dependent)
            )


def remove_object(*, type_key, object_id):
    get_engine().delete(doc_type=type_key, object_id=object_id)


def rebuild_index(*, progress=None, batch_size=200):
    """Everything, from scratch; `progress(done, total)` is called after each batch."""
    with routing.restrictions_from_database():
        return _rebuild_index(progress=progress, batch_size=batch_size)


def _rebuild_index(*, progress, batch_size):
    engine = get_engine()
    engine.reset()
    querysets = [(t, t.queryset()) for t in searchable_types()]
    total = sum(qs.count() for _t, qs in querysets)
    done = 0
    for searchable_type, queryset in querysets:
        batch = []
        for obj in queryset.iterator(chunk_size=batch_size):
            batch += build_documents(searchable_type, obj)
            done += 1
            if len(batch) >= batch_size:
                engine.bulk_add(batch)
                batch = []
                if progress:
                    progress(done, total)
        if batch:
            engine.bulk_add(batch)
    if progress:
        progress(done, total)
    engine.refresh()
    return done
