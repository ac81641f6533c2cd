import pytest
from django.contrib.auth import get_user_model
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from storefront.models import ExchangeRates, StockLevel
from tests.storefront.factories import make_catalogue, make_producer, make_product, url_in

pytestmark = pytest.mark.django_db
SUFFIXES = ("vi", "en", "lo", "zh_hans")


@pytest.fixture
def admin_client(client):
    get_user_model().objects.create_superuser("editor", "editor@example.com", "pw")
    client.login(username="editor", password="pw")
    return client


@pytest.fixture
def product(home_page):
    catalogue, index = make_catalogue(home_page)
    return make_product(catalogue, make_producer(index), months=[9, 10], prices=[(230000, 4)])


def test_product_edit_page_has_every_language_and_the_month_boxes(admin_client, product):
    response = admin_client.get(f"/admin/pages/{product.pk}/edit/")
    html = response.content.decode()

    assert response.status_code == 200
    for field in ("title", "slug", "summary", "description", "issuing_body", "origin"):
        for suffix in SUFFIXES:
            assert f'name="{field}_{suffix}"' in html, f"{field}_{suffix}"
    for suffix in SUFFIXES:
        assert f'name="variants-0-label_{suffix}"' in html
        assert f'name="gallery_images-__prefix__-alt_text_{suffix}"' in html
    assert 'name="season_months" value="9"' in html
    assert 'name="variants-0-quantity' not in html, "stock is not edited on the page"


def test_producer_edit_page_has_every_language(admin_client, product):
    response = admin_client.get(f"/admin/pages/{product.producer_id}/edit/")
    html = response.content.decode()
    for field in ("ethnic_community", "story"):
        for suffix in SUFFIXES:
            assert f'name="{field}_{suffix}"' in html


def test_stock_is_edited_in_its_own_listing(admin_client, product):
    stock = StockLevel.objects.get(variant__product=product)
    listing = admin_client.get("/admin/snippets/storefront/stocklevel/")
    assert listing.status_code == 200
    assert stock.variant.sku in listing.content.decode()

    response = admin_client.post(
        f"/admin/snippets/storefront/stocklevel/edit/{stock.pk}/", {"variant": stock.variant_id, "quantity": 17}
    )
    assert response.status_code == 302
    stock.refresh_from_db()
    assert stock.quantity == 17


def test_exchange_rates_are_editable(admin_client):
    response = admin_client.get("/admin/settings/storefront/exchangerates/", follow=True)
    assert response.status_code == 200
    assert 'name="vnd_per_lak"' in response.content.decode()
    assert ExchangeRates.load().vnd_per_usd == 26300, "the example rate until editors set their own"


def test_display_currency_cookie_shows_approximate_prices(client, product):
    url = url_in(product, "en")
    response = client.get("/display-currency/", {"currency": "USD", "next": url})
    assert response.status_code == 302 and response["Location"] == url

    html = client.get(url).content.decode()
    assert "₫230,000" in html
    assert "≈ US$8.75" in html


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/", "javascript:alert(1)", ""])
def test_display_currency_redirects_only_within_the_site(client, target):
    response = client.get("/display-currency/", {"currency": "CNY", "next": target})
    assert response["Location"] == "/"


def test_unknown_display_currency_clears_the_choice(client, product):
    client.cookies["display_currency"] = "USD"
    client.get("/display-currency/", {"currency": "BTC", "next": "/en/"})
    assert "≈" not in client.get(url_in(product, "en")).content.decode()


def test_ticked_months_are_saved_as_the_season_mask(admin_client, product):
    variant = product.variants.get()
    data = nested_form_data(
        {
            "title_vi": "Hạt dẻ",
            "slug_vi": "hat-de",
            "title_en": "Chestnuts",
            "slug_en": "chestnuts",
            "producer": product.producer_id,
            "ocop_group": "food",
            "ocop_stars": "",
            "description_vi": rich_text(""),
            "variants": inline_formset(
                [{"id": variant.pk, "sku": variant.sku, "label_vi": "1 kg", "price_vnd": 230000}], initial=1
            ),
            "gallery_images": inline_formset([]),
            "marketplace_links": inline_formset([]),
        }
    )
    data["season_months"] = ["9", "10", "11"]  # a list, posted as repeated checkbox values
    response = admin_client.post(f"/admin/pages/{product.pk}/edit/", {**data, "action-publish": "publish"})

    assert response.status_code == 302
    product.refresh_from_db()
    assert product.season_mask == 0b0111_0000_0000, "September, October, November"
    assert StockLevel.objects.get(variant=variant).quantity == 4, "publishing does not touch stock"


def test_editors_can_preview_an_unsaved_product_change(admin_client, product):
    variant = product.variants.get()
    data = nested_form_data(
        {
            "title_vi": "Hạt dẻ xem trước",
            "slug_vi": "hat-de",
            "producer": product.producer_id,
            "ocop_group": "food",
            "ocop_stars": "",
            "description_vi": rich_text(""),
            "variants": inline_formset(
                [
                    {"id": variant.pk, "sku": variant.sku, "label_vi": "1 kg", "price_vnd": 230000},
                    {"sku": "NEW-1", "label_vi": "hộp quà", "price_vnd": 450000},
                ],
                initial=1,
            ),
            "gallery_images": inline_formset([]),
            "marketplace_links": inline_formset([]),
        }
    )
    preview_url = f"/admin/pages/{product.pk}/edit/preview/"
    assert admin_client.post(preview_url, data).json()["is_valid"]
    html = admin_client.get(preview_url).content.decode()

    assert "Hạt dẻ xem trước" in html
    assert "hộp quà" in html and "Hết hàng" in html, "a variant not yet saved has no stock"
