"""Card pictures: the renditions the card templates' srcset asks for, prefetched with their image.

Product, place and story cards all use `fill-{480x360,960x720} format-webp`; keep this in step
with those templates, or every card costs a query again (tests/pagecache/test_query_budgets.py).
The APIs prefetch them; web cards are rendered once into the card cache (pagecache/cards.py) and
find their renditions in Wagtail's rendition cache, which saves a query per page type on a cold
render.
"""
from django.db.models import Prefetch
from wagtail.images import get_image_model

CARD_RENDITION_SPECS = ["fill-480x360|format-webp", "fill-960x720|format-webp"]


class OwnImageCard:
    """For page types whose card shows their own `image` (experiences, homestays, packages)."""

    @classmethod
    def load_cards(cls, ids):
        """These pages ready for their card (see pagecache.cards), with their image."""
        return cls.objects.filter(pk__in=ids).select_related("image")


def card_renditions(image_lookup):
    """Prefetch the card renditions of `image_lookup` (e.g. "image") into Wagtail's prefetched_renditions."""
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=CARD_RENDITION_SPECS)
    return Prefetch(f"{image_lookup}__renditions", queryset=renditions, to_attr="prefetched_renditions")
