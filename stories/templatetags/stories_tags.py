from django import template

from core.cards import Kept, listing_cards
from stories.relations import stories_mentioning

register = template.Library()


@register.simple_tag(takes_context=True)
def stories_about(context, page, limit=6):
    """{% stories_about page as stories %}: the cards of the live stories that mention `page`."""
    stories = Kept(f"stories-about:{page.pk}:{limit}", lambda: stories_mentioning(page, limit=limit))
    return listing_cards(context["request"], stories)
