"""The shop's legal pages (terms, privacy, shipping, returns, contact): the footer's links and the terms version."""

from django.core.cache import cache
from django.utils import translation

from core.memo import memo, remember_locally
from home.models import ShopPolicyKind, ShopPolicyPage

ORDER = [kind.value for kind in ShopPolicyKind]


def terms_version() -> str:
    """The live terms page's version (registered with core.terms for checkout)."""
    page = ShopPolicyPage.objects.live().filter(kind=ShopPolicyKind.TERMS).only("version").first()
    return page.version if page else ""


def terms_url(request) -> str:
    """The live terms page's URL in the reader's language (registered with core.terms)."""
    page = ShopPolicyPage.objects.live().filter(kind=ShopPolicyKind.TERMS).first()
    return page.get_url(request) if page else ""


def footer_links(request, site) -> list[tuple[str, str]]:
    """(title, url) of each live shop page of `site`, in the reader's language, in a fixed order.

    Kept under the content token like the main menu: any publish, move or unpublish forgets it.
    """
    token = getattr(request, "_page_cache_content_token", None)
    key = f"shop_pages:{token}:{site.pk}:{translation.get_language()}" if token else None
    links = (memo(token, key) or cache.get(key)) if key else None
    if links is None:
        pages = ShopPolicyPage.objects.live().public().descendant_of(site.root_page)
        by_kind = {page.kind: page for page in pages}
        links = [(by_kind[kind].title, by_kind[kind].get_url(request)) for kind in ORDER if kind in by_kind]
        if key:
            cache.set(key, links, timeout=3600)
    if key:
        remember_locally(token, key, links)
    return links
