"""A village's map on a phone in Lao (docs/maps.md): Leaflet draws it and its marker even when the
tile server answers nothing, and the address and directions link stay beside it."""

import pytest
from django.conf import settings
from django.utils import translation

from security.csp import tile_source
from tests.browser.checks import assert_no_sideways_overflow, serious_violations
from tests.browser.pages import BROWSER_LOCALES


def _village_urls():
    from tourism.models import CraftVillagePage, VillageIndexPage

    with translation.override("lo"):
        # The demo's one village with published coordinates (tourism/demo_data.py).
        village = CraftVillagePage.objects.live().get(slug_en="khuoi-ky-stone-village")
        return village.url, VillageIndexPage.objects.get().url


@pytest.mark.parametrize("viewport", ["phone"], indirect=True)
def test_village_map_draws_with_tiles_blocked_on_a_phone_in_lao(make_page, site, screenshots, viewport):
    village_url, index_url = _village_urls()
    page = make_page(locale=BROWSER_LOCALES["lo"])
    tiles = []

    def refuse(route):
        tiles.append(route.request.url)
        route.fulfill(status=404)

    page.route(tile_source(settings.MAP_TILE_URL) + "/**", refuse)
    outside = []
    page.on("request", lambda r: r.url.startswith(("http://127.0.0.1", "data:")) or outside.append(r.url))

    page.goto(site + village_url, wait_until="networkidle")
    section = page.locator(".place-map")
    map_box = section.locator("[data-map]")
    assert map_box.is_visible()
    assert map_box.get_attribute("class").count("leaflet-container") == 1
    marker = map_box.locator(".leaflet-marker-icon")
    assert marker.count() == 1 and marker.is_visible()
    assert tiles, "the map asked for no tile"
    assert all(url.startswith("https://tile.openstreetmap.org/") for url in tiles)
    assert [url for url in outside if url not in tiles] == []  # nothing else left the machine
    address = section.locator(".map-address span")
    assert address.is_visible() and "Khuổi Ky" in address.inner_text()
    directions = section.locator("a.directions")
    assert directions.is_visible() and directions.inner_text().strip()
    assert directions.get_attribute("href").startswith("https://www.openstreetmap.org/directions?route=%3B22.85")
    assert directions.bounding_box()["height"] >= 44
    credit = map_box.locator(".leaflet-control-attribution a")
    assert credit.get_attribute("href") == "https://www.openstreetmap.org/copyright"
    assert "22.850000" not in page.locator("main").inner_text()
    assert_no_sideways_overflow(page)
    assert serious_violations(page, exclude=[".place-map .leaflet-tile-pane"]) == []
    page.screenshot(path=screenshots / "maps-village-phone-lo.png", full_page=True)

    page.goto(site + index_url, wait_until="networkidle")
    assert page.locator(".place-map .leaflet-marker-icon").count() >= 1
    page.locator(".place-map .leaflet-marker-icon").first.click()
    popup_link = page.locator(".leaflet-popup-content a")
    page.wait_for_function("() => getComputedStyle(document.querySelector('.leaflet-popup')).opacity === '1'")
    assert popup_link.get_attribute("href") == village_url
    assert serious_violations(page, exclude=[".place-map .leaflet-tile-pane"]) == []
    page.screenshot(path=screenshots / "maps-index-phone-lo.png")
