"""/sitemap.xml: an index of sitemap pages, each at most `limit` URLs (the protocol allows 50,000).

Every live, public page appears once per language, each entry listing all its alternates. A page
of the sitemap reads only its own slice of pages (one query), never the whole tree.
"""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.core.paginator import Paginator
from django.db.models import Max
from django.utils import translation
from django.utils.functional import cached_property
from wagtail.models import Page, Site

from core.languages import bcp47


class PagesInLanguages:
    """(page, language) pairs in tree order, read a slice of pages at a time (what Paginator asks)."""

    def __init__(self, pages, languages):
        self.pages, self.languages = pages, list(languages)

    @cached_property
    def page_count(self):
        return self.pages.count()

    def __len__(self):
        return self.page_count * len(self.languages)

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        start, stop, _step = index.indices(len(self))
        per_page = len(self.languages)
        first, last = start // per_page, -(-stop // per_page)
        pairs = [(page, language) for page in self.pages[first:last] for language in self.languages]
        return pairs[start - first * per_page : stop - first * per_page]


class PagesSitemap(Sitemap):
    i18n = True
    alternates = True
    limit = 50_000  # URLs per sitemap page: one page in four languages is four URLs

    def __init__(self, request):
        self.request = request
        self.languages = [code for code, _name in settings.LANGUAGES]
        self._paths = {}

    def items(self):
        site = Site.find_for_request(self.request)
        if site is None:
            return Page.objects.none()
        return site.root_page.get_descendants(inclusive=True).live().public().order_by("path")

    @cached_property
    def paginator(self):
        return Paginator(PagesInLanguages(self.items(), self.languages), self.limit)

    def location(self, page):
        # Called under each language (slugs are translated), for an entry and for every alternate of
        # the page's other entries: each page's URL in each language is resolved once.
        key = (page.pk, translation.get_language())
        if key not in self._paths:
            self._paths[key] = page.get_url_parts(self.request)[2]
        return self._paths[key]

    def lastmod(self, page):
        return page.last_published_at

    def get_latest_lastmod(self):
        return self.items().aggregate(latest=Max("last_published_at"))["latest"]

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        for url in urls:
            for alternate in url["alternates"]:
                alternate["hreflang"] = bcp47(alternate["lang_code"])
        return urls


SITEMAPS = {"pages": PagesSitemap}


def sitemaps_for(request):
    return {section: sitemap_class(request) for section, sitemap_class in SITEMAPS.items()}
