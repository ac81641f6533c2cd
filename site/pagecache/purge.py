"""Telling a CDN or nginx in front of the site to drop a page (settings.WAGTAILFRONTENDCACHE, docs/performance.md).

Shared caches may keep a page PAGE_CACHE_SHARED_MAX_AGE seconds. A page that was published or
unpublished or moved, and a product whose stock label changed, are purged after commit in all four
languages (slugs are translated, so each language's URL is resolved anew; Wagtail's own handler
would purge one language only). Other pages showing it, in a menu or on a card, catch up within
that time. Wagtail's backends do the sending: PURGE to nginx or Varnish, Cloudflare, CloudFront.
"""

import logging
from urllib.error import URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import urlopen

from django.conf import settings
from django.utils import translation
from wagtail.contrib.frontend_cache.backends import HTTPBackend as WagtailHTTPBackend
from wagtail.contrib.frontend_cache.backends.http import PurgeRequest

from core.tasks import enqueue_on_commit
from pagecache.tasks import purge_urls_task

logger = logging.getLogger(__name__)
TIMEOUT_SECONDS = 2  # a proxy that does not answer must not hold up a publish or a checkout


def page_urls(page):
    """The page's full URL in every language, e.g. https://…/vi/san-pham/…, …/en/products/…"""
    urls = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            url = page.get_full_url()
        if url and url not in urls:
            urls.append(url)
    return urls


def purge_pages(pages):
    """Purge these pages from the shared caches: a task enqueued once the transaction commits."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    urls = [url for page in pages for url in page_urls(page)]
    if urls:
        enqueue_on_commit(purge_urls_task, urls=urls)


class PurgeFailed(Exception):
    """The proxy did not take the purge: the task fails, and is run again later (core.tasks)."""


class HTTPBackend(WagtailHTTPBackend):
    """Wagtail's PURGE backend with a timeout; a dead proxy fails the purge task, which is retried.

    Purges run in the worker after commit, so a proxy that is down never holds up a publish."""

    def purge(self, url):
        request = self._purge_request(url)
        try:
            with urlopen(request, timeout=TIMEOUT_SECONDS):  # noqa: S310  (LOCATION comes from settings)
                pass
        except (URLError, OSError) as error:  # HTTPError is a URLError; a timeout an OSError
            logger.warning("Could not purge %s from the HTTP cache: %s", url, error)
            raise PurgeFailed(url) from error

    def _purge_request(self, url):
        # The same request as Wagtail's backend builds: the cache's address, the page's path and Host.
        parts = urlsplit(url)
        host = parts.hostname + (f":{parts.port}" if parts.port else "")
        return PurgeRequest(
            url=urlunsplit([self.cache_scheme, self.cache_netloc, parts.path, parts.query, parts.fragment]),
            headers={"Host": host, "User-Agent": "caobang-pagecache"},
        )
