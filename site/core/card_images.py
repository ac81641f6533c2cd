"""Card pictures: the renditions the card templates' srcset asks for.

Product, place and story cards all use `fill-{480x360,960x720} format-webp`, and the APIs' card
pictures the first of them; keep this in step with those templates. Cards are rendered once
into the card cache (core/cards.py); each card page type names its picture (`card_image`).
"""

from wagtail.images import get_image_model
from wagtail.images.models import Filter

CARD_RENDITION_SPECS = ["fill-480x360|format-webp", "fill-960x720|format-webp"]


class OwnImageCard:
    """For page types whose card shows their own `image` (experiences, homestays, packages)."""

    @classmethod
    def load_cards(cls, ids):
        """These pages ready for their card (see core.cards), with their image."""
        return cls.objects.filter(pk__in=ids).select_related("image")

    @property
    def card_image(self):
        return self.image


def prefetch_card_renditions(pages):
    """Give the card pictures of `pages` their card renditions, as Wagtail's prefetched renditions.

    From Wagtail's rendition cache in one round trip, and the database in one query for those not
    there. Left to itself, Wagtail asks the cache once per picture and writes back what it found:
    two round trips a card, 60 on a village page rendered after a publish.
    """
    images = [image for page in pages if (image := getattr(page, "card_image", None)) is not None]
    if not images:
        return
    rendition_model = get_image_model().get_rendition_model()
    filters = [Filter(spec=spec) for spec in CARD_RENDITION_SPECS]
    keys = {
        rendition_model.construct_cache_key(image, card_filter.get_cache_key(image), card_filter.spec): image.pk
        for image in images
        for card_filter in filters
    }
    found = {}  # image id → renditions
    for rendition in rendition_model.cache_backend.get_many(list(keys)).values():
        found.setdefault(rendition.image_id, []).append(rendition)
    missing = {image.pk: image for image in images if len(found.get(image.pk, ())) < len(filters)}
    if missing:
        from_database = rendition_model.objects.filter(image_id__in=missing, filter_spec__in=CARD_RENDITION_SPECS)
        kept = {}
        for rendition in from_database:
            found.setdefault(rendition.image_id, []).append(rendition)
            image = missing[rendition.image_id]
            kept[rendition_model.construct_cache_key(image, rendition.focal_point_key, rendition.filter_spec)] = (
                rendition
            )
        # Wagtail writes back no prefetched rendition: without this, every card rendered after a
        # publish would read these from the database again.
        rendition_model.cache_backend.set_many(kept)
    for image in images:
        image.prefetched_renditions = found.get(image.pk, [])  # none yet: Wagtail makes them, as it would
        for rendition in image.prefetched_renditions:
            rendition.image = image  # as Wagtail does: the rendition's alt text and URL read its image
