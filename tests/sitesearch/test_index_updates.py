"""The index follows publish, unpublish, delete, price and stock changes, after commit."""

import pytest
from django.utils import translation

from sitesearch.search import search
from sitesearch.signals import _IndexTask
from storefront.models import StockLevel
from tests.storefront.factories import make_product


def find(query):
    return {hit.title: hit for hit in search(query=query, language="vi", filters={}).hits}


@pytest.mark.django_db
def test_publish_reaches_the_index_after_commit(shop, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        make_product(shop["catalogue"], shop["smiths"], title="Lưỡi cày Phúc Sen", prices=((90_000, 3), (95_000, 3)))
        assert "Lưỡi cày Phúc Sen" not in find("luoi cay")  # nothing before the commit
    # The page, its two variants and two stock rows were saved: one task for the product.
    assert len([c for c in callbacks if isinstance(c, _IndexTask)]) == 1
    for callback in callbacks:
        callback()
    assert find("luoi cay")["Lưỡi cày Phúc Sen"].values["price"] == 90_000


@pytest.mark.django_db
def test_unpublish_and_delete_leave_the_index(shop, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        shop["noodles"].unpublish()
    assert "Miến dong Phja Đén" not in find("mien dong")
    with django_capture_on_commit_callbacks(execute=True):
        shop["knives"].delete()
    assert find("dao ren") == {}


@pytest.mark.django_db
def test_price_and_stock_changes_reach_the_index(shop, django_capture_on_commit_callbacks):
    variant = shop["knives"].variants.order_by("sort_order").first()
    with django_capture_on_commit_callbacks(execute=True):
        variant.price_vnd = 80_000
        variant.save()
    assert find("dao ren")["Dao rèn Phúc Sen"].values["price"] == 80_000
    assert [h.title for h in search(query="", language="vi", filters={"price": "under-100000"}).hits] == [
        "Dao rèn Phúc Sen"
    ]
    with django_capture_on_commit_callbacks(execute=True):
        for stock in StockLevel.objects.filter(variant__product=shop["knives"]):
            stock.quantity = 0
            stock.save()
    assert find("dao ren")["Dao rèn Phúc Sen"].values["in_stock"] is False


@pytest.mark.django_db
def test_a_producer_rename_reaches_its_products(shop, django_capture_on_commit_callbacks):
    producer = shop["smiths"]
    with translation.override("vi"), django_capture_on_commit_callbacks(execute=True):
        producer.title = "Lò rèn Nông Minh Tuấn"
        producer.save_revision().publish()
    assert "Dao rèn Phúc Sen" in find("lo ren nong")
