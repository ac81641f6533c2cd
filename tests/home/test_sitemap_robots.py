import re
from collections import Counter

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from home.sitemaps import PagesSitemap
from tests.factories import make_standard_page

pytestmark = pytest.mark.django_db

HOST = "http://testserver"


def _url_entries(xml):
    return re.findall(r"<url>(.*?)</url>", xml, re.DOTALL)


def read_sitemap(client):
    """(index locations, {sitemap page location: its page URLs}) by following the index."""
    index = client.get("/sitemap.xml")
    assert index.status_code == 200 and index["Content-Type"].startswith("application/xml")
    assert "<sitemapindex" in index.content.decode()
    locations = re.findall(r"<loc>([^<]+)</loc>", index.content.decode())
    pages = {}
    for location in locations:
        response = client.get(location.removeprefix(HOST).replace("&amp;", "&"))
        assert response.status_code == 200, location
        assert response["Content-Type"].startswith("application/xml")
        pages[location] = [
            re.search(r"<loc>([^<]+)</loc>", entry)[1] for entry in _url_entries(response.content.decode())
        ]
    return locations, pages


def test_sitemap_lists_every_live_public_page_once_per_language_with_alternates(client, home_page):
    make_standard_page(home_page, title={"vi": "Giới thiệu", "en": "About"}, slug={"vi": "gioi-thieu", "en": "about"})
    draft = make_standard_page(home_page, title={"vi": "Nháp"}, slug={"vi": "nhap"})
    draft.unpublish()
    for kind in ("password", "login"):
        private = make_standard_page(home_page, title={"vi": f"Riêng {kind}"}, slug={"vi": f"rieng-{kind}"})
        PageViewRestriction.objects.create(page=private, restriction_type=kind, password="s3cret")

    locations, pages = read_sitemap(client)

    assert locations == [f"{HOST}/sitemap-pages.xml"]
    urls = pages[f"{HOST}/sitemap-pages.xml"]
    assert sorted(urls) == sorted(
        [
            f"{HOST}/vi/",
            f"{HOST}/en/",
            f"{HOST}/lo/",
            f"{HOST}/zh-hans/",
            f"{HOST}/vi/gioi-thieu/",
            f"{HOST}/en/about/",
            f"{HOST}/lo/about/",
            f"{HOST}/zh-hans/about/",
        ]
    )
    xml = client.get("/sitemap-pages.xml").content.decode()
    about = next(entry for entry in _url_entries(xml) if "<loc>http://testserver/lo/about/</loc>" in entry)
    assert re.findall(r'hreflang="([^"]+)" href="([^"]+)"', about) == [
        ("vi", f"{HOST}/vi/gioi-thieu/"),
        ("en", f"{HOST}/en/about/"),
        ("lo", f"{HOST}/lo/about/"),
        ("zh-Hans", f"{HOST}/zh-hans/about/"),
    ]
    assert xml.count('<xhtml:link rel="alternate"') == 8 * 4
    assert "nhap" not in xml and "rieng" not in xml


def test_the_sitemap_is_paged_at_its_limit_and_the_index_lists_every_page(client, home_page, monkeypatch):
    monkeypatch.setattr(PagesSitemap, "limit", 3)  # the protocol's 50,000, made small
    for n in range(4):
        make_standard_page(home_page, title={"vi": f"Trang {n}"}, slug={"vi": f"trang-{n}", "en": f"page-{n}"})

    locations, pages = read_sitemap(client)

    assert locations == [f"{HOST}/sitemap-pages.xml"] + [f"{HOST}/sitemap-pages.xml?p={n}" for n in range(2, 8)]
    assert all(1 <= len(urls) <= 3 for urls in pages.values())
    every_url = Counter(url for urls in pages.values() for url in urls)
    assert len(every_url) == 5 * 4 and set(every_url.values()) == {1}  # 5 pages × 4 languages, each once
    assert f"{HOST}/en/page-3/" in every_url and f"{HOST}/zh-hans/page-0/" in every_url
    assert client.get("/sitemap-pages.xml", {"p": 8}).status_code == 404
    assert client.get("/sitemap-other.xml").status_code == 404


def test_a_sitemap_page_reads_its_pages_in_a_fixed_number_of_queries(client, home_page):
    def queries():
        client.get("/sitemap-pages.xml")  # the site's root paths are cached by the first request
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/sitemap-pages.xml").status_code == 200
        return len(captured)

    make_standard_page(home_page, title={"vi": "Một"}, slug={"vi": "mot"})
    few = queries()
    for n in range(10):
        make_standard_page(home_page, title={"vi": f"Trang {n}"}, slug={"vi": f"trang-{n}"})

    assert queries() == few


def test_robots_txt_points_at_the_sitemap_index_and_keeps_out_of_the_admin(client):
    response = client.get("/robots.txt")
    body = response.content.decode()

    assert response.status_code == 200
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body
