from wagtail import hooks

from core.cache_policy import LiveRows
from pagecache import tags
from pagecache.middleware import mark_public


@hooks.register("before_serve_page")
def cache_public_pages(page, request, serve_args, serve_kwargs):
    if request.method != "GET" or getattr(request, "is_preview", False):
        return
    # Pages that also show rows changing without a publish keep their copy only while those are unchanged.
    live_rows = getattr(page, "live_rows", None)
    if live_rows is LiveRows.OWN_STOCK:
        mark_public(request, tags.page_tag(page.pk))  # its stock labels
    elif live_rows is LiveRows.BOOKINGS:
        mark_public(request, tags.BOOKINGS)  # seats left, free rooms
    else:
        mark_public(request)
