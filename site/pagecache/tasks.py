"""The page cache's background task: purging pages from a CDN or proxy, by the worker after commit."""

from wagtail.contrib.frontend_cache.tasks import purge_urls_from_cache_task

from core.tasks import retried_task


@retried_task()
def purge_urls_task(*, urls: list[str]) -> None:
    """Wagtail's purge (every configured backend), run here so a failing backend is retried."""
    purge_urls_from_cache_task.call(urls)
