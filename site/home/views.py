from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Site

from home.alternates import page_alternates


@require_GET
@cache_control(public=True, max_age=3600)
def robots_txt(request):
    sitemap_url = request.build_absolute_uri("/sitemap.xml")
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /documents/", f"Sitemap: {sitemap_url}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_GET
@cache_control(public=True, max_age=3600)
def sitemap(request):
    """Every live, public page once per language, each entry listing all its alternates."""
    site = Site.find_for_request(request)
    entries = []
    if site is not None:
        pages = site.root_page.get_descendants(inclusive=True).live().public().order_by("path")
        for page in pages:
            alternates = page_alternates(page, request)
            for alternate in alternates:
                entries.append({"loc": alternate.absolute_url, "lastmod": page.last_published_at, "alternates": alternates})
    return render(request, "home/sitemap.xml", {"entries": entries}, content_type="application/xml; charset=utf-8")
