"""Card pictures: the renditions the card templates' srcset asks for.

Product, place and story cards all use `fill-{480x360,960x720} format-webp`, and the APIs' card
pictures the first of them. Cards are rendered once into the card cache (pagecache/cards.py);
their renditions come from Wagtail's rendition cache, without a query.
"""
CARD_RENDITION_SPECS = ["fill-480x360|format-webp", "fill-960x720|format-webp"]


class OwnImageCard:
    """For page types whose card shows their own `image` (experiences, homestays, packages)."""

    @classmethod
    def load_cards(cls, ids):
        """These pages ready for their card (see pagecache.cards), with their image."""
        return cls.objects.filter(pk__in=ids).select_related("image")
