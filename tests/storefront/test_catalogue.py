import datetime
import re

import pytest
from django.utils import timezone

from tests.factories import card_titles
from tests.storefront.factories import make_catalogue, make_producer, make_product

pytestmark = pytest.mark.django_db

THIS_MONTH = timezone.localdate().month
OTHER_MONTH = THIS_MONTH % 12 + 6 if THIS_MONTH <= 6 else THIS_MONTH - 6


@pytest.fixture
def shop(home_page):
    catalogue, index = make_catalogue(home_page)
    smith = make_producer(index)
    tea = make_producer(index, name="Kolia Cao Bằng", slug="kolia", kind="enterprise")
    make_product(catalogue, smith, title="Dao", group="handicrafts", stars=3, prices=[(185000, 7), (120000, 2)])
    make_product(catalogue, smith, title="Búa", group="handicrafts", stars=None, prices=[(250000, 0)])
    make_product(
        catalogue, tea, title="Danh Trà", group="beverages", stars=4, months=[OTHER_MONTH], prices=[(1000000, 9)]
    )
    make_product(catalogue, tea, title="Đinh Trà", group="beverages", stars=4, months=[THIS_MONTH], prices=[(90000, 9)])
    return {"catalogue": catalogue, "smith": smith, "tea": tea}


def titles(response):
    return card_titles(response.context["products"])


def option_count(html, label):
    match = re.search(re.escape(label) + r" \((\d+)\)", html)
    assert match, label
    return int(match.group(1))


def test_filters_by_group_and_stars(client, shop):
    response = client.get("/en/products/", {"group": "beverages"})
    assert sorted(titles(response)) == ["Danh Trà EN", "Đinh Trà EN"]

    response = client.get("/en/products/", {"stars": "3"})
    assert titles(response) == ["Dao EN"]


def test_filters_by_producer_and_season(client, shop):
    response = client.get("/en/products/", {"producer": shop["tea"].pk, "in_season": "1"})
    assert titles(response) == ["Đinh Trà EN"]


def test_price_range_uses_the_cheapest_variant(client, shop):
    response = client.get("/en/products/", {"price_min": "100000", "price_max": "200000"})
    assert titles(response) == ["Dao EN"], "120,000 is Dao's cheapest variant; Đinh Trà is 90,000"


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("price_asc", ["Đinh Trà EN", "Dao EN", "Búa EN", "Danh Trà EN"]),
        ("price_desc", ["Danh Trà EN", "Búa EN", "Dao EN", "Đinh Trà EN"]),
        ("newest", ["Đinh Trà EN", "Danh Trà EN", "Búa EN", "Dao EN"]),
    ],
)
def test_sorting(client, shop, sort, expected):
    assert titles(client.get("/en/products/", {"sort": sort})) == expected


def test_sort_by_stars_puts_uncertified_last(client, shop):
    result = titles(client.get("/en/products/", {"sort": "stars"}))
    assert set(result[:2]) == {"Danh Trà EN", "Đinh Trà EN"}
    assert result[-1] == "Búa EN"


def test_counts_respect_the_other_filters(client, shop):
    html = client.get("/en/products/", {"group": "beverages"}).content.decode()

    assert option_count(html, "Beverages") == 2
    assert option_count(html, "Handicrafts") == 2, "a group's count ignores the group filter itself"
    assert option_count(html, "4 stars") == 2
    assert option_count(html, "3 stars") == 0, "stars are counted within the chosen group"
    assert option_count(html, "Kolia Cao Bằng (en)") == 2
    assert option_count(html, "In season now") == 1


def test_pagination_twelve_per_page(client, shop):
    for number in range(10):
        make_product(shop["catalogue"], shop["smith"], title=f"Extra {number}")
    first = client.get("/en/products/")
    second = client.get("/en/products/", {"page": "2"})

    assert len(first.context["products"]) == 12
    assert len(second.context["products"]) == 2
    assert 'rel="next"' in first.content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {"group": "weapons"},
        {"stars": "seven"},
        {"stars": "2"},
        {"producer": "-1"},
        {"producer": "abc"},
        {"price_min": "cheap"},
        {"price_max": "-5"},
        {"sort": "random"},
        {"page": "999"},
        {"page": "x"},
        {"producer": "99999999999999999999"},
    ],
)
def test_invalid_filters_never_break_the_page(client, shop, params):
    response = client.get("/en/products/", params)
    assert response.status_code == 200
    assert len(response.context["products"]) >= 1


def test_invalid_filter_says_so(client, shop):
    html = client.get("/en/products/", {"group": "weapons"}).content.decode()
    assert "That OCOP group does not exist; showing all groups." in html


@pytest.mark.parametrize(("prefix", "text"), [("vi", "Thực phẩm"), ("lo", "ອາຫານ"), ("zh-hans", "食品")])
def test_filter_form_works_in_every_language(client, shop, prefix, text):
    slug = {"vi": "san-pham", "lo": "phalittaphan", "zh-hans": "chanpin"}[prefix]
    response = client.get(f"/{prefix}/{slug}/", {"group": "beverages"})
    html = response.content.decode()

    assert response.status_code == 200
    assert len(response.context["products"]) == 2
    assert text in html
    assert f'action="/{prefix}/{slug}/"' in html


def test_home_page_shows_product_cards(client, shop):
    html = client.get("/en/").content.decode()

    assert "Danh Trà EN" in html and "Đinh Trà EN" in html
    section = html.split("home-section--in_season")[1].split("</section>")[0]
    assert "Đinh Trà EN" in section and "Danh Trà EN" not in section


def test_producer_page_lists_its_products(client, shop):
    response = client.get(shop["tea"].get_url())
    assert response.status_code == 200
    assert sorted(titles(response)) == ["Danh Trà", "Đinh Trà"]


def test_lapsed_certificate_does_not_count_as_stars(client, shop):
    lapsed = make_product(shop["catalogue"], shop["smith"], title="Cũ", stars=5, certified_on=datetime.date(2019, 1, 1))
    response = client.get("/en/products/", {"stars": "5"})
    html = response.content.decode()

    assert lapsed.certificate_valid_until == datetime.date(2021, 12, 31)
    assert titles(response) == []
    assert option_count(html, "5 stars") == 0
    card = client.get("/en/products/", {"sort": "newest"}).content.decode().split("Cũ EN")[1].split("</article>")[0]
    assert "OCOP" not in card
