import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from storefront.models import StockLevel
from tests.storefront.factories import make_catalogue, make_image, make_producer, make_product, url_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def product(home_page):
    catalogue, index = make_catalogue(home_page)
    producer = make_producer(index)
    return make_product(
        catalogue,
        producer,
        title="Dao rèn",
        stars=4,
        prices=[(185000, 3), (120000, 0), (250000, 40)],
        image=make_image(),
    )


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def test_stock_labels(client, product):
    html = client.get(url_in(product, "en")).content.decode()

    assert "Only 3 left" in html
    assert "Sold out" in html
    assert "In stock" in html


def test_json_ld_is_a_product_with_vnd_offers_and_no_rating(client, product):
    data = json_ld(client.get(product.get_url()).content.decode())

    assert data["@type"] == "Product"
    assert {offer["priceCurrency"] for offer in data["offers"]} == {"VND"}
    offers = {offer["price"]: offer for offer in data["offers"]}
    assert offers["120000"]["availability"] == "https://schema.org/OutOfStock"
    assert offers["185000"]["availability"] == "https://schema.org/InStock"
    assert all(offer["sku"].startswith("SKU-") for offer in data["offers"])
    assert "aggregateRating" not in data and "review" not in data


def test_open_graph_and_add_to_cart_form(client, product):
    html = client.get(product.get_url()).content.decode()

    assert '<meta property="og:type" content="product">' in html
    assert 'property="og:image"' in html
    assert re.search(r'<form class="add-to-cart" method="post" action="/vi/cart/add/"', html)
    assert re.search(r'<button type="submit">', html)  # ordering is open


def test_certificate_badge_current_and_lapsed(client, product):
    html = client.get(product.get_url()).content.decode()
    assert f"OCOP 4★ · {product.certified_on.year}" in html and "DEMO-123" in html
    assert "badge--lapsed" not in html
    assert json_ld(html)["award"] == "OCOP 4★ (DEMO-123)"

    product.certified_on = product.certified_on.replace(year=product.certified_on.year - 4)
    product.save_revision().publish()
    html = client.get(product.get_url()).content.decode()
    assert "badge--lapsed" in html
    assert "award" not in json_ld(html)


def test_stars_without_a_certificate_date_are_not_shown_as_current(client, product):
    product.certified_on = None
    product.save_revision().publish()
    html = client.get(product.get_url()).content.decode()

    assert "badge--lapsed" in html
    assert "Certificate date not on record" in client.get(url_in(product, "en")).content.decode()


def test_stock_edit_survives_republishing(client, product):
    """Stock is not in the revision: publishing an old revision does not bring old stock back."""
    variant = product.variants.get(price_vnd=185000)
    StockLevel.objects.filter(variant=variant).update(quantity=50)
    product.save_revision().publish()

    assert StockLevel.objects.get(variant=variant).quantity == 50


def test_product_page_in_lao_and_chinese(client, product):
    for language, title in [("lo", "Dao rèn LO"), ("zh-hans", "Dao rèn ZH")]:
        url = url_in(product, language)
        response = client.get(url)
        assert url.startswith(f"/{language}/")
        assert response.status_code == 200
        assert title in response.content.decode()


def count_queries(client, url):
    for _ in range(
        3
    ):  # warm up: renditions, the exchange-rate row, site root paths, the route and page are created or cached once
        client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_query_counts_do_not_grow_with_the_number_of_products(client, home_page, settings):
    settings.PAGE_CACHE_ENABLED = False  # uncached rendering is what is counted here
    catalogue, index = make_catalogue(home_page)
    producers = [make_producer(index, name=f"HTX {n}", slug=f"htx-{n}") for n in range(3)]
    image = make_image()
    products = [
        make_product(catalogue, producers[n % 3], title=f"P{n}", image=image, prices=[(1000 * (n + 1), 3), (500, 9)])
        for n in range(10)
    ]
    client.cookies["display_currency"] = "USD"
    urls = catalogue.get_url(), products[0].get_url(), url_in(home_page, "en")
    few = [count_queries(client, url) for url in urls]

    for n in range(10, 300):
        make_product(
            catalogue, producers[n % 3], title=f"P{n}", image=image, prices=[(1000 * (n + 1), 3)], publish=False
        )
    many = [count_queries(client, url) for url in urls]

    print(f"queries (catalogue, product, home) with 10 products: {few}; with 300: {many}")
    assert few == many
