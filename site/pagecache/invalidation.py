"""What makes cached pages stale, and when.

- Content (any page saved, published, unpublished, moved or deleted; their inline rows; sites,
  view restrictions, images, tags, exchange rates and other non-transactional rows of our apps):
  the content tag, which every page depends on (menus, cards and listings show other pages).
- Structure (sites, view restrictions, pages created, moved or deleted): the structure tag, which
  kept routes and sites depend on, and the kept view restrictions. A plain publish keeps them.
- Stock: only a product page shows it, and only as "in stock" / "only N left" / "sold out", so
  its page tag changes only when that label changes; a livestream sale of 500 units keeps the
  page cached until the last five (see storefront.inventory).
- Seats and rooms: the bookings tag, which the tourism pages depend on.
Tags change at once and again after the transaction commits, so a visitor never keeps the old rows.
Transactional rows (carts, orders, payments, holds, search documents, logs) change nothing shown.
"""
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from pagecache import purge, routing, tags

CONTENT_APPS = {"home", "storefront", "tourism", "stories"}
CONTENT_MODELS = {"wagtailimages.image", "taggit.tag", "taggit.taggeditem"}
STRUCTURE_MODELS = {"wagtailcore.site", "wagtailcore.pageviewrestriction"}
TRANSACTIONAL = {
    "storefront.cart", "storefront.cartline", "storefront.order", "storefront.orderline", "storefront.orderstatuschange",
    "storefront.payment", "storefront.refund", "storefront.stripeevent", "storefront.stockhold", "storefront.stocklevel",
    "tourism.bookingrequest",
}
BOOKING_MODELS = {"tourism.booking", "tourism.experiencesession", "tourism.packagedeparture", "tourism.homestayroom"}


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


def product_pages_changed(page_ids):
    page_ids = sorted(set(page_ids))
    if page_ids:
        _now_and_after_commit(lambda: tags.bump(*(tags.page_tag(pk) for pk in page_ids)))
        purge.purge_pages(Page.objects.filter(pk__in=page_ids).specific())


def stock_changed(changes):
    """`changes`: {variant pk: (quantity before, quantity after)}. Bumps the pages whose stock label changed."""
    from storefront.models import ProductVariant

    shown = [pk for pk, (before, after) in changes.items() if _shown(before) != _shown(after)]
    if shown:
        product_pages_changed(ProductVariant.objects.filter(pk__in=shown).values_list("product_id", flat=True))


def _shown(quantity):
    # "In stock" hides the number: 40 → 39 shows the same page; "only 3 left" → 2 does not.
    from storefront.inventory import StockState, stock_status

    status = stock_status(quantity=quantity)
    return (status.state, status.quantity if status.state == StockState.LOW else None)


def _on_save_or_delete(sender, instance, **kwargs):
    if kwargs.get("raw"):
        return
    label = sender._meta.label_lower
    if label in BOOKING_MODELS:
        bookings_changed()
        if label != "tourism.homestayroom":
            return
    if label == "storefront.stocklevel":
        product_pages_changed([instance.variant.product_id])
    elif label in STRUCTURE_MODELS or _page_created_or_deleted(instance, kwargs):
        structure_changed()
    elif isinstance(instance, Page) or label in CONTENT_MODELS or (sender._meta.app_label in CONTENT_APPS and label not in TRANSACTIONAL):
        content_changed()


def _page_created_or_deleted(instance, signal_kwargs):
    # A new page may be an alias, whose view restrictions are its original's; a deleted page's path
    # may be given to the next page created beside it.
    return isinstance(instance, Page) and (signal_kwargs.get("created") or signal_kwargs["signal"] is post_delete)


def _on_page_signal(sender, **kwargs):
    # Also queued after the search index's own after-commit update (sitesearch connects first),
    # so a cached search page cannot keep results from before the publish.
    if kwargs["signal"] is post_page_move:
        structure_changed()
    else:
        content_changed()
    purge.purge_pages([kwargs["instance"]])  # published, unpublished, or moved (its new addresses)


def connect():
    post_save.connect(_on_save_or_delete, dispatch_uid="pagecache_save")
    post_delete.connect(_on_save_or_delete, dispatch_uid="pagecache_delete")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(_on_page_signal, dispatch_uid=f"pagecache_{id(signal)}")
