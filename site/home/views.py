from django.contrib.sitemaps import views as sitemap_views
from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from home.sitemaps import sitemaps_for


@require_GET
@cache_control(public=True, max_age=3600)
def robots_txt(request):
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /documents/", f"Sitemap: {sitemap_url}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_GET
@cache_control(public=True, max_age=3600)
def sitemap(request):
    """The index: one entry per page of each section (home.sitemaps)."""
    return sitemap_views.index(request, sitemaps_for(request), sitemap_url_name="sitemap_section")


@require_GET
@cache_control(public=True, max_age=3600)
def sitemap_section(request, section):
    """One page (`?p=`) of a section: at most its sitemap's `limit` URLs, each with its alternates."""
    return sitemap_views.sitemap(request, sitemaps_for(request), section=section, template_name="home/sitemap.xml")
