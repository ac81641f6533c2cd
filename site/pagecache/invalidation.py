"""What makes cached pages stale, and when.

Each model declares what its rows change (`cache_policy`, see core.cache_policy); Wagtail's and
taggit's models get theirs from THIRD_PARTY_POLICIES below.
- Content (any page saved, published, unpublished, moved or deleted; their inline rows; sites,
  view restrictions, images, tags, exchange rates and the other rows declared CONTENT):
  the content tag, which every page depends on (menus, cards and listings show other pages).
- Structure (sites, view restrictions, pages created, moved or deleted): the structure tag, which
  kept routes and sites depend on, and the kept view restrictions. A plain publish keeps them.
- Stock: only a product page shows it, and only as "in stock" / "only N left" / "sold out", so
  its page tag changes only when that label changes; a livestream sale of 500 units keeps the
  page cached until the last five (storefront.signals.stock_changed).
- Seats and rooms: the bookings tag, which the pages with bookable rows depend on (`live_rows`).
Tags change at once and again after the transaction commits, so a visitor never keeps the old rows.
Transactional rows (carts, orders, payments, holds, search documents, logs) change nothing shown.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.cache_policy import CachePolicy
from pagecache import purge, routing, tags
from storefront.inventory import stock_status
from storefront.models import ProductVariant
from storefront.signals import stock_changed

# Models we cannot give a `cache_policy` attribute (see core.cache_policy), by label; a subclass
# (every page type) inherits its nearest concrete ancestor's.
THIRD_PARTY_POLICIES = {
    "wagtailcore.page": CachePolicy.CONTENT,  # created, moved or deleted: structure (below)
    "wagtailcore.site": CachePolicy.STRUCTURE,
    "wagtailcore.pageviewrestriction": CachePolicy.STRUCTURE,
    "wagtailimages.image": CachePolicy.CONTENT,
    "taggit.tag": CachePolicy.CONTENT,
    "taggit.taggeditem": CachePolicy.CONTENT,
}


def policy_of(model):
    """The model's declared CachePolicy, or its third-party ancestor's, or None (it shows on no page:
    Wagtail's revisions and logs, sessions, search documents)."""
    declared = getattr(model, "cache_policy", None)
    if declared is not None:
        return declared
    for klass in model.__mro__:
        meta = getattr(klass, "_meta", None)
        if meta is not None and not meta.abstract and meta.label_lower in THIRD_PARTY_POLICIES:
            return THIRD_PARTY_POLICIES[meta.label_lower]
    return None


def _now_and_after_commit(action):
    # Now, for this transaction's own reads; again after commit, because a visitor may have cached
    # the old rows in between. (Inside tests' rolled-back transactions only the first one runs.)
    action()
    transaction.on_commit(action)


def content_changed():
    _now_and_after_commit(lambda: tags.bump(tags.CONTENT))


def _forget_structure():
    routing.forget_restrictions()
    tags.bump(tags.CONTENT, tags.STRUCTURE)


def structure_changed():
    _now_and_after_commit(_forget_structure)


def bookings_changed():
    _now_and_after_commit(lambda: tags.bump(tags.BOOKINGS))


def pages_changed(page_ids):
    """These pages' own tags (a product page's stock label), and their copies in shared caches."""
    page_ids = sorted(set(page_ids))
    if page_ids:
        _now_and_after_commit(lambda: tags.bump(*(tags.page_tag(pk) for pk in page_ids)))
        purge.purge_pages(Page.objects.filter(pk__in=page_ids).specific())


def _on_stock_changed(sender, changes, **kwargs):
    """`changes`: {variant pk: (quantity before, quantity after)}. Bumps the pages whose stock label
    changed: "in stock" hides the number, so 40 → 39 shows the same page; "only 3 left" → 2 does not."""
    shown = [
        pk
        for pk, (before, after) in changes.items()
        if stock_status(quantity=before).shown != stock_status(quantity=after).shown
    ]
    if shown:
        pages_changed(ProductVariant.objects.filter(pk__in=shown).values_list("product_id", flat=True))
    # Catalogue cards show the state alone (in stock / low / sold out) and are kept under the
    # content token: a change of state, rare even in a livestream sale, is a content change.
    if any(
        stock_status(quantity=before).state != stock_status(quantity=after).state for before, after in changes.values()
    ):
        content_changed()


def _on_save_or_delete(sender, instance, **kwargs):
    if kwargs.get("raw"):
        return
    policy = policy_of(sender)
    if not policy:  # undeclared (not shown) or transactional
        return
    if CachePolicy.BOOKINGS in policy:
        bookings_changed()
    if CachePolicy.NAMED_PAGES in policy:
        pages_changed(instance.cached_page_ids())
    if CachePolicy.STRUCTURE in policy or _page_created_or_deleted(instance, kwargs):
        structure_changed()
    elif CachePolicy.CONTENT in policy:
        content_changed()


def _page_created_or_deleted(instance, signal_kwargs):
    # A new page may be an alias, whose view restrictions are its original's; a deleted page's path
    # may be given to the next page created beside it.
    return isinstance(instance, Page) and (signal_kwargs.get("created") or signal_kwargs["signal"] is post_delete)


def _on_page_signal(sender, **kwargs):
    # The search index is updated later, by the worker, which then bumps the search pages' own tag
    # (sitesearch.tasks): a search page cached in between does not keep results from before it.
    if kwargs["signal"] is post_page_move:
        structure_changed()
    else:
        content_changed()
    purge.purge_pages([kwargs["instance"]])  # published, unpublished, or moved (its new addresses)


def connect():
    post_save.connect(_on_save_or_delete, dispatch_uid="pagecache_save")
    post_delete.connect(_on_save_or_delete, dispatch_uid="pagecache_delete")
    stock_changed.connect(_on_stock_changed, dispatch_uid="pagecache_stock")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(_on_page_signal, dispatch_uid=f"pagecache_{id(signal)}")
