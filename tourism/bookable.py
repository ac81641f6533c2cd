"""Which experiences, homestays and packages can be booked: those a visitor may see, as products are sold.

A page is bookable when it and every ancestor are live and none has a view restriction (password,
login, groups). Session, room and departure ids are sequential, so every booking path (the forms,
the API, checkout's hold, the webhook's re-hold) asks this about the page, never only the id.
"""

from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.models import Page


def bookable_pages(queryset):
    """`queryset` (of any page model) cut to live, public pages under live ancestors only."""
    # Wagtail's .live() looks at the page alone: a page stays live when its section is unpublished.
    unpublished_ancestor = Page.objects.filter(
        live=False, depth__lt=OuterRef("depth"), path=Substr(OuterRef("path"), 1, Length("path"))
    )
    return queryset.live().public().exclude(Exists(unpublished_ancestor))


def is_bookable(model, page_id):
    return bookable_pages(model.objects.filter(pk=page_id)).exists()


def bookable_ids(page_ids):
    """The bookable ones of `page_ids` (pages of any type), in one query."""
    if not page_ids:
        return set()
    return set(bookable_pages(Page.objects.filter(pk__in=set(page_ids))).values_list("pk", flat=True))
