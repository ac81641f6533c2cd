"""The Tours page and the packages listed where they go: filters, menus, place pages, JSON-LD."""

import datetime
import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import formats, timezone, translation
from wagtail.models import PageViewRestriction

from tests.factories import translations
from tests.storefront.factories import make_image
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


def _listing(world, **filters):
    return tour_listing(filters=TourFilters(**filters), today=world["today"], now=timezone.now())


def _counts(listing, name):
    return {option.value: option.count for option in listing.facets[name]}


def test_every_filter_narrows_the_live_packages(world):
    today = world["today"]
    everything = _listing(world)
    assert _titles(everything) == {"Một ngày ở lò rèn", "Hai ngày Khuổi Ky"}  # never the unpublished one
    assert _titles(_listing(world, days=2)) == {"Hai ngày Khuổi Ky"}
    in_40_days = (today + datetime.timedelta(days=40)).month
    in_10_days = (today + datetime.timedelta(days=10)).month
    if in_40_days != in_10_days:
        assert _titles(_listing(world, month=in_40_days)) == {"Hai ngày Khuổi Ky"}
    assert _titles(_listing(world, max_price=1_000_000)) == {"Một ngày ở lò rèn"}
    assert _titles(_listing(world, operator=world["alpha"].pk)) == {"Một ngày ở lò rèn"}
    assert _titles(_listing(world, village=world["stone"].pk)) == {"Hai ngày Khuổi Ky"}
    assert _titles(_listing(world, village=world["stone"].pk, days=1)) == set()


def test_each_filter_counts_what_choosing_it_gives_ignoring_its_own_choice(world):
    forge, stone = str(world["forge"].pk), str(world["stone"].pk)
    everything = _listing(world)
    assert _counts(everything, "village") == {forge: 2, stone: 1}
    assert _counts(everything, "days") == {"1": 1, "2": 1}
    assert _counts(everything, "max_price") == {"1000000": 1, "2500000": 1, "5000000": 2, "10000000": 2}
    assert [option.label for option in everything.facets["operator"]] == ["Alpha Travel", "Beta Tours"]
    one_day = _listing(world, days=1)
    assert _counts(one_day, "village") == {forge: 1, stone: 0}  # other filters narrow a facet's counts…
    assert _counts(one_day, "days") == {"1": 1, "2": 1}  # …its own choice does not
    assert [option.value for option in one_day.facets["days"] if option.selected] == ["1"]


def test_places_left_on_the_next_departure_and_sold_out_tours(world):
    by_title = {tour.package.title_vi: tour for tour in _listing(world).tours}
    short = by_title["Một ngày ở lò rèn"]
    assert short.next_departure.date == world["today"] + datetime.timedelta(days=10)
    assert short.next_departure.available == 8  # the session's 8 seats, fewer than the departure's 10
    long = by_title["Hai ngày Khuổi Ky"]
    assert long.next_departure is None and long.sold_out  # no session on its first day


def test_the_listing_costs_the_same_queries_for_two_packages_or_eight(world, django_assert_max_num_queries):
    with CaptureQueriesContext(connection) as few:
        _listing(world)
    for n in range(6):
        package = make_package(world["alpha"], name=f"Gói {n}", days=[(1, world["forging"], world["homestay"])])
        make_departure(package, days_ahead=12 + n)
    with django_assert_max_num_queries(len(few)):
        listing = _listing(world)
    assert len(listing.tours) == 8


def test_the_tours_page_is_cheap_to_render_uncached(client, world, settings, django_assert_max_num_queries):
    settings.CARD_CACHE_ENABLED = False
    url = _url(world["tours"], "en")
    with django_assert_max_num_queries(30):
        response = client.get(url, {"operator": world["alpha"].pk})
    assert response.status_code == 200


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
    departure = world["today"] + datetime.timedelta(days=40)
    assert offer["price"] == "3000000" and offer["priceCurrency"] == "VND"
    assert offer["availabilityStarts"] == departure.isoformat()
    assert offer["availabilityEnds"] == (departure + datetime.timedelta(days=1)).isoformat()  # two days
    assert offer["validThrough"] == (departure - datetime.timedelta(days=1)).isoformat()  # booking closes
    assert offer["availability"] == "https://schema.org/SoldOut"  # no session on its first day
    assert offer["inventoryLevel"]["value"] == 0


def test_json_ld_offers_places_in_stock_and_the_packages_picture(client, world):
    short = world["short"]
    short.image = make_image()
    short.save_revision().publish()
    make_departure(short, days_ahead=0)  # leaves today: no longer on sale
    html = client.get(short.url).content.decode()
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    (offer,) = data["offers"]
    assert offer["availability"] == "https://schema.org/InStock" and offer["inventoryLevel"]["value"] == 8
    assert data["image"][0].startswith("http") and "fill-1200x630" in data["image"][0]


def test_tour_cards_say_the_length_the_price_the_next_departure_and_places_left(client, world):
    with translation.override("en"):
        response = client.get(world["tours"].url)
        html = response.content.decode()
        expected_date = formats.date_format(world["today"] + datetime.timedelta(days=10), "DATE_FORMAT")
    cards = re.findall(r"<li><article class=\"product-card place-card\">.*?</li>", html, re.S)
    short = next(card for card in cards if _url(world["short"], "en") in card)
    assert expected_date in short
    assert "8" in re.search(r'tour-card__departure">(.*?)</p>', short, re.S).group(1)
    assert "900" in short  # the price per person


def test_private_and_unpublished_packages_are_listed_nowhere(client, world):
    PageViewRestriction.objects.create(page=world["short"], restriction_type=PageViewRestriction.PASSWORD, password="s")
    assert _titles(_listing(world)) == {"Hai ngày Khuổi Ky"}
    for page in (world["tours"], world["forge"], world["forging"], world["tours"].get_parent()):
        response = client.get(_url(page, "en"))
        assert not url_in(response, _url(world["short"], "en"))
        assert not url_in(response, _url(world["hidden"], "en"))


def test_the_empty_tours_page_says_so(client, world):
    for key in ("short", "long"):
        world[key].unpublish()
    with translation.override("en"):
        html = client.get(world["tours"].url).content.decode()
        assert translation.gettext("No tours have been published yet.") in html
        filtered = client.get(world["tours"].url, {"days": 3}).content.decode()
        assert translation.gettext("No tours match these filters.") in filtered


def test_a_place_page_in_the_page_cache_drops_an_unpublished_package_and_shows_a_new_one(client, world):
    url, short_url = _url(world["forge"], "en"), _url(world["short"], "en")
    assert url_in(client.get(url), short_url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    world["short"].unpublish()
    assert not url_in(client.get(url), short_url)
    newer = make_package(world["alpha"], name="Gói mới", days=[(1, world["forging"], None)])
    assert url_in(client.get(url), _url(newer, "en"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_tours_page_and_a_package_are_reached_by_links_from_the_home_page(client, world, language):
    """A crawl as a visitor (or a search engine) makes it: links only, from the home page in each language."""
    with translation.override(language):
        start, tours_url, package_url = world["tours"].get_parent().url, world["tours"].url, world["long"].url
    seen, queue = {start}, [start]
    while queue and len(seen) < 60:
        response = client.get(queue.pop(0))
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        for href in re.findall(r'href="(/[^"#?]*)"', response.content.decode()):
            if href.startswith(f"/{language}/") and href not in seen:
                seen.add(href)
                queue.append(href)
    assert tours_url in seen
    assert package_url in seen
