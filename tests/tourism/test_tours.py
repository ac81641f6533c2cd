"""The Tours page and the packages listed where they go: filters, menus, place pages, JSON-LD."""

import datetime
import json
import re

import pytest
from django.utils import timezone, translation

from tests.factories import translations
from tests.tourism.factories import (
    make_departure,
    make_experience,
    make_homestay,
    make_operator,
    make_package,
    make_session,
    make_village,
)
from tourism.models import PackagePage, TourIndexPage
from tourism.tours import TourFilters, tour_listing

LANGUAGES = ["vi", "en", "lo", "zh-hans"]


@pytest.fixture
def world(home_page):
    forge = make_village(home_page, name="Làng rèn Phúc Sen")
    stone = make_village(home_page, name="Làng đá Khuổi Ky")
    forging = make_experience(forge, name="Lò rèn nửa ngày")
    homestay = make_homestay(stone)
    alpha, beta = make_operator(home_page, "Alpha Travel"), make_operator(home_page, "Beta Tours")
    short = make_package(alpha, name="Một ngày ở lò rèn", days=[(1, forging, None)], price=900_000)
    long = make_package(beta, name="Hai ngày Khuổi Ky", days=[(1, forging, homestay), (2, None, None)], price=3_000_000)
    hidden = make_package(alpha, name="Gói nháp", days=[(1, None, homestay)], price=500_000)
    hidden.unpublish()
    today = timezone.localdate()
    make_departure(short, days_ahead=10)
    make_departure(long, days_ahead=40)
    make_session(forging, days_ahead=10)
    with translation.override("vi"):
        tours = home_page.add_child(
            instance=TourIndexPage(
                **translations("title", vi="Tour", en="Tours", lo="ທົວ", zh_hans="旅游线路"),
                **translations("slug", vi="tour", en="tours", lo="thua", zh_hans="lvyou"),
                show_in_menus=True,
            )
        )
    return {
        "forge": forge,
        "stone": stone,
        "forging": forging,
        "homestay": homestay,
        "alpha": alpha,
        "short": short,
        "long": long,
        "hidden": hidden,
        "tours": tours,
        "today": today,
    }


def _titles(listing):
    return {tour.package.title_vi for tour in listing.tours}


def test_every_filter_narrows_the_live_packages(world):
    today = world["today"]
    everything = tour_listing(filters=TourFilters(), today=today)
    assert _titles(everything) == {"Một ngày ở lò rèn", "Hai ngày Khuổi Ky"}  # never the unpublished one
    assert _titles(tour_listing(filters=TourFilters(days=2), today=today)) == {"Hai ngày Khuổi Ky"}
    in_40_days = (today + datetime.timedelta(days=40)).month
    in_10_days = (today + datetime.timedelta(days=10)).month
    if in_40_days != in_10_days:
        assert _titles(tour_listing(filters=TourFilters(month=in_40_days), today=today)) == {"Hai ngày Khuổi Ky"}
    assert _titles(tour_listing(filters=TourFilters(max_price=1_000_000), today=today)) == {"Một ngày ở lò rèn"}
    assert _titles(tour_listing(filters=TourFilters(operator=world["alpha"].pk), today=today)) == {"Một ngày ở lò rèn"}
    assert _titles(tour_listing(filters=TourFilters(village=world["stone"].pk), today=today)) == {"Hai ngày Khuổi Ky"}
    assert {pk for pk, _title in everything.villages} == {world["forge"].pk, world["stone"].pk}
    assert [name for _pk, name in everything.operators] == ["Alpha Travel", "Beta Tours"]


def test_malformed_filters_are_ignored():
    filters = TourFilters.from_query(
        {"days": "9", "month": "13", "max_price": "123", "operator": "x", "village": "9" * 20}
    )
    assert not filters.active


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_tours_page_is_in_the_menu_and_links_every_live_package(client, world, language):
    with translation.override(language):
        home_url, tours_url = world["tours"].get_parent().url, world["tours"].url
        long_url, hidden_url = world["long"].url, world["hidden"].url
    home = client.get(home_url).content.decode()
    menu = re.search(r'<nav class="main-menu".*?</nav>', home, re.S).group(0)
    assert f'href="{tours_url}"' in menu
    page = client.get(tours_url)
    assert page.status_code == 200
    assert url_in(page, long_url)
    assert not url_in(page, hidden_url)
    filtered = client.get(tours_url, {"village": world["forge"].pk, "days": 1})
    assert url_in(filtered, _url(world["short"], language))
    assert not url_in(filtered, long_url)


def url_in(response, url):
    return f'href="{url}"' in response.content.decode()


def _url(page, language):
    with translation.override(language):
        return page.url


def test_home_page_has_a_tours_section_with_see_all(client, world):
    with translation.override("en"):
        home = client.get(world["tours"].get_parent().url).content.decode()
        section = re.search(r'<section class="home-section home-section--tours".*?</section>', home, re.S).group(0)
        assert world["long"].url in section
        assert f'href="{world["tours"].url}"' in section


@pytest.mark.parametrize("place", ["forge", "forging", "homestay", "stone"])
def test_village_experience_and_homestay_pages_list_the_packages_that_include_them(client, world, place):
    response = client.get(world[place].url)
    assert response.status_code == 200
    expected = {
        "forge": ["short", "long"],
        "forging": ["short", "long"],
        "homestay": ["long"],
        "stone": ["long"],
    }[place]
    for key in ("short", "long"):
        assert url_in(response, world[key].url) == (key in expected)
    assert not url_in(response, world["hidden"].url)


def test_package_page_describes_a_tourist_trip_with_an_offer_per_departure(client, world):
    long = world["long"]
    PackagePage.objects.filter(pk=long.pk).update(summary_vi="</script><script>alert(1)</script>")
    long = PackagePage.objects.get(pk=long.pk)
    long.save_revision().publish()
    html = client.get(long.url).content.decode()
    raw = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert "<script>" not in raw  # the summary cannot close the script element
    data = json.loads(raw)
    assert data["@type"] == "TouristTrip"
    assert data["provider"]["name"] == "Beta Tours"
    assert data["description"] == "</script><script>alert(1)</script>"
    assert [item["item"]["name"] for item in data["itinerary"]["itemListElement"]] == [
        world["forging"].title_vi,
        world["homestay"].title_vi,
    ]
    (offer,) = data["offers"]
    assert offer["price"] == "3000000" and offer["priceCurrency"] == "VND"
    assert offer["availabilityEnds"] == (world["today"] + datetime.timedelta(days=40)).isoformat()
    assert offer["availability"] == "https://schema.org/SoldOut"  # no session on its first day
