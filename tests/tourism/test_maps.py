"""Maps (docs/maps.md): a map container with the place's coordinates, the address and a directions
link beside it, never the raw coordinates as text; the CSP allows the tile host and only it."""

import json
import re
from decimal import Decimal

import pytest
from django.core.cache import cache

from tests.storefront.factories import url_in
from tests.stories.factories import make_story, make_story_index
from tests.tourism.factories import make_experience, make_homestay, make_operator, make_package, make_village
from tourism.models import VillageIndexPage

pytestmark = pytest.mark.django_db

OSM = "https://tile.openstreetmap.org"


def maps_of(body):
    return [
        json.loads(match.replace("&quot;", '"').replace("&amp;", "&"))
        for match in re.findall(r'data-map data-points="([^"]*)"', body)
    ]


def visible_text(body):
    body = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", body, flags=re.S)
    return re.sub(r"<[^>]+>", " ", body)


def img_src(response):
    policy = dict(part.split(" ", 1) for part in response["Content-Security-Policy"].split("; "))
    return policy["img-src"].split()


def assert_one_place(body, *, lat, lon, address):
    (points,) = maps_of(body)
    assert points == [{"lat": lat, "lon": lon, "label": points[0]["label"], "url": ""}]
    assert address in visible_text(body)
    assert f"https://www.openstreetmap.org/directions?route=%3B{lat}%2C{lon}" in body
    assert 'class="directions"' in body
    assert f"{lat:.6f}, {lon:.6f}" not in visible_text(body)
    assert f"{lat}, {lon}" not in visible_text(body)
    assert 'src="/static/vendor/leaflet/1.9.4/leaflet.js"' in body and 'src="/static/js/maps.js"' in body


def test_village_page_has_a_map_the_address_and_directions_but_no_raw_coordinates(client, home_page):
    village = make_village(home_page, name="Làng rèn Phúc Sen")
    for language, title in (
        ("vi", "Làng rèn Phúc Sen"),
        ("en", "Làng rèn Phúc Sen EN"),
        ("lo", "Làng rèn Phúc Sen LO"),
    ):
        body = client.get(url_in(village, language)).content.decode()
        assert_one_place(body, lat=22.7, lon=106.45, address=title)
        (address,) = re.findall(r'<p class="map-address"><span>([^<]*)</span>', body)
        assert address.startswith(title + ",")
    assert "Coordinates" not in client.get(url_in(village, "en")).content.decode()


def test_homestay_experience_and_package_show_their_own_place(client, home_page):
    village = make_village(home_page)
    homestay = make_homestay(village)
    homestay.address = "Xóm Phúc Sen, Quảng Uyên"
    homestay.latitude, homestay.longitude = Decimal("22.66"), Decimal("106.4512")
    homestay.save_revision().publish()
    experience = make_experience(village)
    experience.meeting_point = "Lò rèn nhà anh Nông"
    experience.meeting_latitude, experience.meeting_longitude = Decimal("22.701"), Decimal("106.449")
    experience.save_revision().publish()
    package = make_package(make_operator(home_page))
    package.meeting_point = "Bến xe Cao Bằng"
    package.meeting_latitude, package.meeting_longitude = Decimal("22.6657"), Decimal("106.2578")
    package.save_revision().publish()

    assert_one_place(
        client.get(url_in(homestay, "vi")).content.decode(), lat=22.66, lon=106.4512, address="Xóm Phúc Sen"
    )
    assert_one_place(
        client.get(url_in(experience, "vi")).content.decode(), lat=22.701, lon=106.449, address="Lò rèn nhà anh Nông"
    )
    assert_one_place(
        client.get(url_in(package, "vi")).content.decode(), lat=22.6657, lon=106.2578, address="Bến xe Cao Bằng"
    )


def test_a_place_without_coordinates_has_no_map_and_no_map_script(client, home_page):
    village = make_village(home_page)
    experience = make_experience(village)  # no meeting coordinates
    body = client.get(url_in(experience, "en")).content.decode()
    assert maps_of(body) == []
    assert "leaflet" not in body and "maps.js" not in body


def test_village_index_has_one_map_with_every_village_linking_to_its_page(client, home_page):
    first = make_village(home_page, name="Làng rèn Phúc Sen")
    second = make_village(home_page, name="Làng hương Phja Thắp")
    second.latitude, second.longitude = Decimal("22.811"), Decimal("106.3")
    second.save_revision().publish()
    hidden = make_village(home_page, name="Làng chưa xuất bản")
    hidden.unpublish()
    index = VillageIndexPage.objects.get()

    body = client.get(url_in(index, "en")).content.decode()
    (points,) = maps_of(body)
    assert {(p["lat"], p["lon"], p["url"]) for p in points} == {
        (22.7, 106.45, url_in(first, "en")),
        (22.811, 106.3, url_in(second, "en")),
    }
    assert body.count('class="directions"') == 2
    assert "Làng chưa xuất bản" not in body


def test_story_map_point_is_a_map_with_its_label_not_coordinates(client, home_page):
    point = {"type": "map_point", "value": {"latitude": "22.700000", "longitude": "106.450000", "label": "Lò rèn"}}
    story = make_story(make_story_index(home_page), bodies={"vi": [point], "en": [point]})
    body = client.get(url_in(story, "en")).content.decode()
    (points,) = maps_of(body)
    assert (points[0]["lat"], points[0]["lon"], points[0]["label"]) == (22.7, 106.45, "Lò rèn")
    assert "Lò rèn" in visible_text(body)
    assert "22.700000" not in visible_text(body) and "106.45" not in visible_text(body)


def test_csp_allows_the_tile_host_and_only_it(client, home_page):
    village = make_village(home_page)
    sources = img_src(client.get(url_in(village, "en")))
    assert OSM in sources
    others = [s for s in sources if s.startswith("http") and "openstreetmap" in s]
    assert others == [OSM], sources  # not www.openstreetmap.org, not *.openstreetmap.org


def test_changing_map_tile_url_changes_the_csp_and_the_map(client, home_page, settings):
    village = make_village(home_page)
    settings.MAP_TILE_URL = "https://{s}.tiles.example.org/osm/{z}/{x}/{y}.png"
    response = client.get(url_in(village, "en"))
    sources = img_src(response)
    assert "https://*.tiles.example.org" in sources
    assert OSM not in sources
    assert 'data-tiles="https://{s}.tiles.example.org/osm/{z}/{x}/{y}.png"' in response.content.decode()


def test_attribution_is_the_translated_osm_credit_unless_configured(client, home_page, settings):
    village = make_village(home_page)
    assert 'data-attribution="© OpenStreetMap contributors"' in client.get(url_in(village, "en")).content.decode()
    settings.MAP_TILE_ATTRIBUTION = "© Example Tiles"
    cache.clear()  # the anonymous page was cached (site/pagecache); a deploy starts with a new one
    body = client.get(url_in(village, "en")).content.decode()
    assert 'data-attribution="© Example Tiles"' in body and "OpenStreetMap contributors" not in body
