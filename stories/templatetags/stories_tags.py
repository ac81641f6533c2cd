from django import template

from stories.relations import stories_mentioning

register = template.Library()


@register.simple_tag
def stories_about(page, limit=6):
    """{% stories_about page as stories %}: the live stories that mention `page`."""
    return stories_mentioning(page, limit=limit)
