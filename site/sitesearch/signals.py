"""Keep the index current: one object re-indexed by the worker (sitesearch/tasks.py) after the transaction commits.

The editor's save never waits for more than its own object (and, for a producer, its products),
and a publish that saves a page and its variants queues that page once.
"""

import logging

from django.contrib.contenttypes.models import ContentType
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished

from sitesearch.indexing import index_object, remove_object
from sitesearch.registry import searchable_types, type_for_model
from sitesearch.tasks import update_index_task

logger = logging.getLogger(__name__)


class _IndexTask:
    def __init__(self, action, type_key, object_id):
        self.key = (action, type_key, object_id)
        self.done = False

    def __call__(self):
        self.done = True
        action, type_key, object_id = self.key
        update_index_task.enqueue(action=action.__name__, type_key=type_key, object_id=object_id)


def schedule(action, type_key, object_id):
    """Run `action` after commit, unless the same task is already queued in this transaction."""
    connection = connections[DEFAULT_DB_ALIAS]
    task = _IndexTask(action, type_key, object_id)
    # Django keeps the queued callbacks as (savepoint ids, callback, robust) tuples.
    if any(isinstance(q[1], _IndexTask) and q[1].key == task.key and not q[1].done for q in connection.run_on_commit):
        return
    transaction.on_commit(task)


def _on_publish(sender, instance, **kwargs):
    searchable_type = type_for_model(type(instance.specific_deferred if isinstance(instance, Page) else instance))
    if searchable_type:
        schedule(index_object, searchable_type.key, instance.pk)


def _on_unpublish(sender, instance, **kwargs):
    _on_publish(sender, instance)  # index_object removes what is no longer live


def _on_delete(sender, instance, **kwargs):
    if sender is Page:  # Wagtail deletes descendants through Page: any page type may be behind it
        for searchable_type in searchable_types():
            if issubclass(searchable_type.model, Page):
                schedule(remove_object, searchable_type.key, instance.pk)
        return
    searchable_type = type_for_model(sender)
    if searchable_type:
        schedule(remove_object, searchable_type.key, instance.pk)


def _on_restriction_change(sender, instance, **kwargs):
    """A page made private (or public again) takes its whole sub-tree out of (or back into) the index.

    The tasks run after commit, before the page cache forgets its kept restrictions: index_object
    reads them from the database.
    """
    root = Page.objects.filter(pk=instance.page_id).first()
    if root is None:  # the page itself is being deleted: _on_delete handles it
        return
    for page_id, content_type in Page.objects.descendant_of(root, inclusive=True).values_list("pk", "content_type"):
        model = ContentType.objects.get_for_id(content_type).model_class()
        searchable_type = type_for_model(model) if model else None
        if searchable_type:
            schedule(index_object, searchable_type.key, page_id)


def _reindexer(searchable_type, reindex):
    """A receiver for a model whose changes show in `searchable_type`'s documents (its `reindexed_by`)."""

    def receiver(sender, instance, raw=False, **kwargs):
        if not raw:
            for object_id in reindex.objects(instance):
                schedule(index_object, searchable_type.key, object_id)

    return receiver


def connect():
    page_published.connect(_on_publish, dispatch_uid="sitesearch_publish")
    page_unpublished.connect(_on_unpublish, dispatch_uid="sitesearch_unpublish")
    post_delete.connect(_on_delete, dispatch_uid="sitesearch_delete")
    for searchable_type in searchable_types():
        for reindex in searchable_type.reindexed_by:
            receiver, uid = (
                _reindexer(searchable_type, reindex),
                f"sitesearch_{searchable_type.key}_{reindex.model._meta.label_lower}",
            )
            post_save.connect(receiver, sender=reindex.model, weak=False, dispatch_uid=f"{uid}_save")
            if reindex.on_delete:
                post_delete.connect(receiver, sender=reindex.model, weak=False, dispatch_uid=f"{uid}_delete")
    post_save.connect(_on_restriction_change, sender=PageViewRestriction, dispatch_uid="sitesearch_restriction_save")
    post_delete.connect(
        _on_restriction_change, sender=PageViewRestriction, dispatch_uid="sitesearch_restriction_delete"
    )
