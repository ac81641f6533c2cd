"""Search's background task: one object (re)indexed or removed by the worker after the commit that changed it."""

import logging

from core.tasks import retried_task
from pagecache import tags
from sitesearch.engines import unavailable_errors
from sitesearch.indexing import index_object, remove_object

logger = logging.getLogger(__name__)
ACTIONS = {action.__name__: action for action in (index_object, remove_object)}
# The page-cache tag of the search pages: the publish bumped the content tag before the worker
# indexed, so a search page cached in between is dropped once the index has the change.
SEARCH_PAGES_TAG = "search"


@retried_task()
def update_index_task(*, action: str, type_key: str, object_id: int) -> None:
    try:
        ACTIONS[action](type_key=type_key, object_id=object_id)
    except unavailable_errors() as error:
        # The save is committed and stands; the task is retried, and rebuild_search_index catches up at last.
        logger.error("Search index not updated for %s %s (%s): %r", type_key, object_id, action, error)
        raise
    tags.bump(SEARCH_PAGES_TAG)
