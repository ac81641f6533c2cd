from django import template

from home.shop_pages import footer_links
from pagecache.routing import cached_site

register = template.Library()


@register.simple_tag(takes_context=True)
def shop_pages(context):
    """The footer's links to the shop's pages, in the reader's language."""
    request = context.get("request")
    site = cached_site(request) if request else None
    return footer_links(request, site) if site else []
