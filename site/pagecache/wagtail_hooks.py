from wagtail import hooks

from pagecache import tags
from pagecache.middleware import mark_public

# Pages whose answer also depends on rows that change without a publish.
_BOOKABLE = {"tourism.experiencepage", "tourism.packagepage", "tourism.homestaypage", "tourism.craftvillagepage"}


@hooks.register("before_serve_page")
def cache_public_pages(page, request, serve_args, serve_kwargs):
    if request.method != "GET" or getattr(request, "is_preview", False):
        return
    label = page._meta.label_lower
    if label == "storefront.productpage":
        mark_public(request, tags.page_tag(page.pk))  # its stock labels
    elif label in _BOOKABLE:
        mark_public(request, tags.BOOKINGS)  # seats left, free rooms
    else:
        mark_public(request)
