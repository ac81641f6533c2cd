from django import template

from pagecache.cards import Kept, listing_cards
from stories.relations import stories_mentioning

register = template.Library()


@register.simple_tag(takes_context=True)
def stories_about(context, page, limit=6):
    """{% stories_about page as stories %}: the cards of the live stories that mention `page`."""
    return listing_cards(context["request"], Kept(f"stories-about:{page.pk}:{limit}", stories_mentioning(page, limit=limit)))
