"""What the cached pages show of each model: declared by the model, read by the page cache.

Every model of the content apps (home, storefront, tourism, stories) says what saving or deleting
one of its rows changes on the pages::

    class Cart(models.Model):
        cache_policy = CachePolicy.TRANSACTIONAL

Page types inherit theirs from Wagtail's Page (content; structure when created, moved or deleted).
The page cache (pagecache.invalidation) reads the declarations, and third-party models' policies
from its own mapping; a test fails when a model of a content app declares none.

A page type whose page shows rows that change without a publish declares them too, so its cached
copy is kept only while they are unchanged::

    class ExperiencePage(Page):
        live_rows = LiveRows.BOOKINGS
"""

import enum


class CachePolicy(enum.Flag):
    # Carts, orders, payments, holds, logs: nothing a cached page shows.
    TRANSACTIONAL = 0
    # Shown on pages (menus, cards, listings, settings): replaces the content token, on which every
    # cached page, card and kept value depends.
    CONTENT = enum.auto()
    # Where pages are and who may see them (sites, view restrictions): the kept routes, sites and
    # restrictions are forgotten, and the content token replaced.
    STRUCTURE = enum.auto()
    # Seats and rooms: the bookings tag, which the pages with `live_rows = LiveRows.BOOKINGS` read.
    BOOKINGS = enum.auto()
    # Only the pages the row names in `cached_page_ids()` (a product's stock label: its page's tag).
    NAMED_PAGES = enum.auto()


class LiveRows(enum.Enum):
    """What a page shows besides content: rows that change without a publish."""

    BOOKINGS = "bookings"  # seats left, free rooms
    OWN_STOCK = "own stock"  # its own stock labels ("only 3 left"), bumped by stock changes
