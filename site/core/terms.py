"""The terms of sale a buyer accepts at checkout: their current version and where to read them.

The terms are an editable page (home.ShopPolicyPage, kind "terms") and the home app sits above the
storefront, so checkout cannot look the page up itself: home registers its functions here in its
AppConfig.ready(), and checkout asks `current_terms_version()` and `terms_url(request)`. Read on
every checkout, so an editor bumping the page's version changes what the next order records.
"""

from collections.abc import Callable

from django.conf import settings

_version: Callable[[], str] | None = None
_url: Callable[[object], str] | None = None


def register_terms(*, version: Callable[[], str], url: Callable[[object], str]) -> None:
    global _version, _url
    _version, _url = version, url


def current_terms_version() -> str:
    """The live terms page's version; SHOP_TERMS_VERSION (default "") when no page says one."""
    found = _version() if _version else ""
    return found or getattr(settings, "SHOP_TERMS_VERSION", "")


def terms_url(request) -> str:
    """The terms page in the request's language, or "" when there is none."""
    return _url(request) if _url else ""
