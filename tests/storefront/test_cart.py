"""The cart over HTTP: validated quantities, stock caps, the badge, and pages that stay cacheable."""

import pytest

from storefront.models import Cart, CartLine
from tests.storefront.factories import make_shop, url_in


@pytest.mark.parametrize(
    ("quantity", "message"),
    [
        ("-1", "Enter a whole number of at least 1."),
        ("0", "Enter a whole number of at least 1."),
        ("1.5", "Enter a whole number of at least 1."),
        ("abc", "Enter a whole number of at least 1."),
        ("", "Enter a whole number of at least 1."),
        (str(10**9), "You can order at most 20 of one item."),
        (str(2**63), "You can order at most 20 of one item."),
        ("9" * 5000, "You can order at most 20 of one item."),
    ],
)
def test_bad_quantities_are_a_clear_400(client, home_page, quantity, message):
    variant = make_shop(home_page, stock=50)

    response = client.post(
        "/en/cart/add/", {"variant": variant.pk, "quantity": quantity}, HTTP_ACCEPT="application/json"
    )

    assert response.status_code == 400
    assert response.json()["message"] == message
    assert not CartLine.objects.exists()


def test_bad_quantity_message_in_the_visitors_language_on_the_cart_page(client, home_page):
    variant = make_shop(home_page, stock=50)

    response = client.post("/vi/cart/add/", {"variant": variant.pk, "quantity": "abc"})

    assert response.status_code == 400
    assert "Nhập một số nguyên từ 1 trở lên." in response.content.decode()


def test_never_more_than_in_stock(client, home_page):
    variant = make_shop(home_page, stock=3)
    client.post("/en/cart/add/", {"variant": variant.pk, "quantity": "2"})

    response = client.post("/en/cart/add/", {"variant": variant.pk, "quantity": "2"}, HTTP_ACCEPT="application/json")

    assert response.status_code == 400
    assert response.json()["error"] == "not_enough_stock"
    assert "Only 3 of" in response.json()["message"]
    assert CartLine.objects.get().quantity == 2


def test_unknown_variant_is_a_400(client, home_page):
    make_shop(home_page)

    response = client.post("/en/cart/add/", {"variant": "999999", "quantity": "1"}, HTTP_ACCEPT="application/json")

    assert response.status_code == 400
    assert response.json()["error"] == "unknown_item"


def test_add_change_remove(client, home_page):
    variant = make_shop(home_page, stock=10, price=120000)

    assert client.post("/en/cart/add/", {"variant": variant.pk, "quantity": "2"}).status_code == 302
    client.post("/en/cart/add/", {"variant": variant.pk, "quantity": "1"})
    line = CartLine.objects.get()
    assert line.quantity == 3
    page = client.get("/en/cart/").content.decode()
    assert "₫360,000" in page

    assert client.post(f"/en/cart/lines/{line.pk}/", {"quantity": "5"}).status_code == 302
    assert CartLine.objects.get().quantity == 5
    assert client.post(f"/en/cart/lines/{line.pk}/", {"quantity": "0"}).status_code == 400
    assert CartLine.objects.get().quantity == 5

    client.post(f"/en/cart/lines/{line.pk}/remove/")
    assert not CartLine.objects.exists()


def test_the_cart_is_kept_in_the_database_for_the_session(client, home_page):
    variant = make_shop(home_page, stock=10)
    client.post("/en/cart/add/", {"variant": variant.pk, "quantity": "2"})

    cart = Cart.objects.get()
    assert client.session["cart_token"] == str(cart.token)
    assert cart.lines.get().quantity == 2


def test_another_visitor_cannot_touch_my_lines(client, home_page, django_user_model):
    from django.test import Client

    variant = make_shop(home_page, stock=10)
    client.post("/en/cart/add/", {"variant": variant.pk, "quantity": "2"})
    line = CartLine.objects.get()

    stranger = Client()
    stranger.post(f"/en/cart/lines/{line.pk}/remove/")
    assert stranger.post(f"/en/cart/lines/{line.pk}/", {"quantity": "1"}).status_code == 404
    assert CartLine.objects.get().quantity == 2


def test_a_cart_follows_its_visitor_into_their_account(client, home_page, django_user_model):
    variant = make_shop(home_page, stock=10)
    client.post("/en/cart/add/", {"variant": variant.pk, "quantity": "2"})
    user = django_user_model.objects.create_user("lan", password="pw")

    client.force_login(user)
    client.post("/en/cart/add/", {"variant": variant.pk, "quantity": "1"})

    assert Cart.objects.get().user == user
    assert CartLine.objects.get().quantity == 3


def test_badge_counts_items_in_its_own_request(client, home_page):
    variant = make_shop(home_page, stock=10)
    assert client.get("/en/cart/badge/").json()["count"] == 0

    client.post("/en/cart/add/", {"variant": variant.pk, "quantity": "4"})
    badge = client.get("/zh-hans/cart/badge/")

    assert badge.json()["count"] == 4
    assert "private" in badge["Cache-Control"]


def test_product_page_sells_without_per_visitor_data(client, home_page):
    variant = make_shop(home_page, stock=10)
    client.post("/en/cart/add/", {"variant": variant.pk, "quantity": "4"})

    html = client.get(url_in(variant.product, "en")).content.decode()

    assert 'action="/en/cart/add/"' in html
    assert "csrfmiddlewaretoken" not in html
    assert 'data-cart-badge="/en/cart/badge/"' in html
    assert "Online ordering opens soon" not in html


def test_badge_is_a_few_queries_however_many_lines(client, home_page, django_assert_num_queries):
    from tests.storefront.factories import make_catalogue, make_producer, make_product

    catalogue, producers = make_catalogue(home_page)
    producer = make_producer(producers)
    for index in range(3):
        variant = make_product(catalogue, producer, slug=f"badge-{index}", prices=((1000, 10),)).variants.get()
        client.post("/en/cart/add/", {"variant": variant.pk, "quantity": "2"})

    with django_assert_num_queries(3):  # session, cart, one SUM over its lines
        assert client.get("/en/cart/badge/").json()["count"] == 6
