import pytest
from django.core.management import call_command

from storefront.demo_data import PRODUCERS, PRODUCTS
from storefront.models import ProducerPage, ProductPage, StockLevel
from tests.storefront.factories import url_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded(settings, tmp_path):
    settings.VAR_DIR = tmp_path
    call_command("seed_demo", "--no-admin", stdout=open("/dev/null", "w"))


def test_demo_catalogue_in_four_languages(client, seeded):
    assert ProducerPage.objects.live().count() == len(PRODUCERS)
    assert ProductPage.objects.live().count() == len(PRODUCTS)
    for language, text in [
        ("vi", "Sản phẩm OCOP"),
        ("en", "OCOP products"),
        ("lo", "ຜະລິດຕະພັນ OCOP"),
        ("zh-hans", "OCOP产品"),
    ]:
        response = client.get(
            f"/{language}/"
            + {"vi": "san-pham", "en": "products", "lo": "phalittaphan", "zh-hans": "chanpin"}[language]
            + "/"
        )
        assert response.status_code == 200
        assert text in response.content.decode()
        assert response.context["products"].paginator.count == len(PRODUCTS)


def test_every_demo_product_and_producer_page_renders(client, seeded):
    for page in [*ProductPage.objects.live(), *ProducerPage.objects.live()]:
        for language in ("en", "zh-hans"):
            response = client.get(url_in(page, language))
            assert response.status_code == 200, url_in(page, language)


def test_reseeding_keeps_stock_edited_by_staff(seeded):
    stock = StockLevel.objects.order_by("pk").first()
    stock.quantity = 123
    stock.save()

    call_command("seed_demo", "--no-admin", stdout=open("/dev/null", "w"))

    stock.refresh_from_db()
    assert stock.quantity == 123
    assert StockLevel.objects.count() == sum(len(product["variants"]) for product in PRODUCTS)
