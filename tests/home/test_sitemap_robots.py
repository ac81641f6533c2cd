import re

import pytest

from tests.factories import make_standard_page

pytestmark = pytest.mark.django_db


def test_sitemap_lists_every_live_page_in_every_language_with_alternates(client, home_page):
    make_standard_page(home_page, title={"vi": "Giới thiệu", "en": "About"}, slug={"vi": "gioi-thieu", "en": "about"})
    draft = make_standard_page(home_page, title={"vi": "Nháp"}, slug={"vi": "nhap"})
    draft.unpublish()

    response = client.get("/sitemap.xml")
    xml = response.content.decode()

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    locations = re.findall(r"<loc>([^<]+)</loc>", xml)
    assert sorted(locations) == sorted(
        [
            "http://testserver/vi/", "http://testserver/en/", "http://testserver/lo/", "http://testserver/zh-hans/",
            "http://testserver/vi/gioi-thieu/", "http://testserver/en/about/",
            "http://testserver/lo/about/", "http://testserver/zh-hans/about/",
        ]
    )
    assert xml.count('<xhtml:link rel="alternate"') == 8 * 4
    assert "nhap" not in xml


def test_robots_txt_points_at_the_sitemap_and_keeps_out_of_the_admin(client):
    response = client.get("/robots.txt")
    body = response.content.decode()

    assert response.status_code == 200
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body
