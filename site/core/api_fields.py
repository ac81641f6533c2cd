"""Serializer field types for the pages' `api_fields` (Wagtail API v2), declared by the models.

Relations to other pages only ever show live, public pages: a draft or private page never
appears through a relation of a public one. The domain apps add their own fields (prices, stock,
seats) in their `api_fields` modules; the API edge only serves what the models declare.
"""

from django.utils import translation
from rest_framework import serializers
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Page

from core.card_images import CARD_RENDITION_SPECS
from core.content_languages import shown_language

# The web cards' own rendition: prefetched for the cards (core.card_images.prefetch_card_renditions),
# and Wagtail treats a prefetched list as complete, so any other spec would be generated on every call.
CARD_RENDITION = CARD_RENDITION_SPECS[0]
LARGE_RENDITION = "max-1200x1200"


def rendition(field_name, spec=CARD_RENDITION):
    """An image foreign key `field_name` as a rendition (url, width, height, alt)."""
    return ImageRenditionField(spec)


def public(queryset):
    return queryset.live().public()


def page_summary(page, request=None):
    return {
        "id": page.pk,
        "type": f"{page._meta.app_label}.{type(page).__name__}",
        "title": page.title,
        "html_url": page.get_full_url(request),
    }


class TranslationField(serializers.Field):
    """Which language the content is shown in, and whether that is a fallback (requested → en → vi)."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, page):
        requested = translation.get_language()
        shown = shown_language(page, requested)
        return {"requested": requested, "shown": shown, "fallback": shown != requested}


class PublicPageField(serializers.Field):
    """A relation to one page: its summary while it is live and public, else null."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, page):
        if page is None or not public(Page.objects.filter(pk=page.pk)).exists():
            return None
        return page_summary(page, self.context.get("request"))


class PublicPagesField(serializers.Field):
    """Pages related to this one, from `related(page)` (a page queryset), live and public only."""

    def __init__(self, related, **kwargs):
        self.related = related
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, page):
        request = self.context.get("request")
        return [page_summary(item, request) for item in public(self.related(page)).order_by("title")[:50]]


class GalleryField(serializers.Field):
    """A gallery relation (ProductImage, VillageImage) → [{image: rendition, large: rendition, alt}]."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, manager):
        card, large = ImageRenditionField(CARD_RENDITION), ImageRenditionField(LARGE_RENDITION)
        return [
            {
                "image": card.to_representation(item.image),
                "large": large.to_representation(item.image),
                "alt": item.alt_text,
            }
            for item in manager.select_related("image").order_by("sort_order")
        ]


class LinkedProductsField(serializers.Field):
    """Inline rows with a `product` page (package contents, an event's featured products), live and public only."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, manager):
        # The inline rows' `product` foreign key names the page model, so the core needs no import of it.
        product_model = manager.model._meta.get_field("product").related_model
        ids = list(manager.order_by("sort_order").values_list("product_id", flat=True))
        products = {p.pk: p for p in public(product_model.objects.filter(pk__in=ids))}
        request = self.context.get("request")
        return [page_summary(products[pk], request) for pk in ids if pk in products]


class TagsField(serializers.Field):
    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, manager):
        return sorted(tag.name for tag in manager.all())
