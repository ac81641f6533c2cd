"""Cache tags: a token per tag; changing the token makes every entry stored under the old one stale.

Tokens rather than counters: a token lost to eviction reads as None, which never equals the token
an entry was stored with, so eviction can cause a miss but never a stale hit.
"""

import uuid

from django.core.cache import cache

CONTENT = "content"  # any published content, menus, settings, images: every page depends on it
# Where pages are and who may see them: sites, view restrictions, pages created, moved or deleted.
# Routes and the site are kept under it (a plain publish keeps them); every change to it is a content change too.
STRUCTURE = "structure"
BOOKINGS = "bookings"  # seats and rooms: the tourism pages' calendars
PREFIX = "pagecache:tag:"


def page_tag(page_id):
    """The stock a product page shows (bumped only when what it shows changes)."""
    return f"page:{page_id}"


def tokens(tags):
    values = cache.get_many([PREFIX + tag for tag in tags])
    return {tag: values.get(PREFIX + tag) for tag in tags}


def bump(*tags):
    cache.set_many({PREFIX + tag: uuid.uuid4().hex[:12] for tag in tags}, timeout=None)


def ensure(tags):
    """Give tags that have no token yet one, so entries stored now can be invalidated later."""
    current = tokens(tags)
    missing = [tag for tag, token in current.items() if token is None]
    for tag in missing:
        token = uuid.uuid4().hex[:12]
        if not cache.add(PREFIX + tag, token, timeout=None):
            token = cache.get(PREFIX + tag)
        current[tag] = token
    return current
