"""Builders for storefront pages in four languages."""

import datetime
import itertools

from django.utils import timezone, translation

from core.demo import demo_image
from storefront.models import (
    CataloguePage,
    ProducerIndexPage,
    ProducerPage,
    ProductImage,
    ProductPage,
    ProductVariant,
    StockLevel,
)
from storefront.seasons import mask_from_months
from tests.factories import translations

_skus = itertools.count(1)


@translation.override("vi")
def make_catalogue(home):
    catalogue = home.add_child(
        instance=CataloguePage(
            **translations("title", vi="Sản phẩm", en="Products", lo="ຜະລິດຕະພັນ", zh_hans="产品"),
            **translations("slug", vi="san-pham", en="products", lo="phalittaphan", zh_hans="chanpin"),
        )
    )
    producers = home.add_child(
        instance=ProducerIndexPage(
            **translations("title", vi="Nhà sản xuất", en="Producers", lo="ຜູ້ຜະລິດ", zh_hans="生产者"),
            **translations("slug", vi="nha-san-xuat", en="producers", lo="phu-phalit", zh_hans="shengchanzhe"),
        )
    )
    return catalogue, producers


@translation.override("vi")
def make_producer(index, *, name="HTX Minh Tuấn", slug="htx-minh-tuan", kind="cooperative"):
    producer = index.add_child(
        instance=ProducerPage(
            kind=kind,
            commune="xóm Pác Rằng, xã Phúc Sen, tỉnh Cao Bằng",
            historic_address="xã Phúc Sen, huyện Quảng Hòa",
            **translations("title", vi=name, en=name + " (en)", lo=name + " (lo)", zh_hans=name + " (zh)"),
            **translations("slug", vi=slug, en=slug + "-en", lo=slug + "-lo", zh_hans=slug + "-zh"),
            **translations("ethnic_community", vi="Nùng An", en="Nùng An", lo="ນຸ່ງອານ", zh_hans="侬安族"),
        )
    )
    producer.save_revision().publish()
    return producer


@translation.override("vi")
def make_product(
    catalogue,
    producer,
    *,
    title="Dao rèn Phúc Sen",
    slug=None,
    group="handicrafts",
    stars=3,
    certified_on="recent",
    months=range(1, 13),
    prices=((185000, 7),),
    image=None,
    publish=True,
):
    slug = slug or f"product-{next(_skus)}"
    if certified_on == "recent":  # a current certificate whatever day the tests run
        certified_on = timezone.localdate() - datetime.timedelta(days=60)
    product = ProductPage(
        producer=producer,
        ocop_group=group,
        ocop_stars=stars,
        certified_on=certified_on,
        certificate_number="DEMO-123" if stars else "",
        season_mask=mask_from_months(months),
        **translations("title", vi=title, en=title + " EN", lo=title + " LO", zh_hans=title + " ZH"),
        **translations("slug", vi=slug, en=slug + "-en", lo=slug + "-lo", zh_hans=slug + "-zh"),
        **translations("summary", vi="Tóm tắt", en="Summary", lo="ສະຫຼຸບ", zh_hans="摘要"),
    )
    for order, (price, _stock) in enumerate(prices):
        sku = f"SKU-{next(_skus)}"
        product.variants.add(
            ProductVariant(
                sku=sku,
                sort_order=order,
                price_vnd=price,
                weight_grams=500,
                **translations("label", vi="500 g", en="500 g", lo="500 ກຣາມ", zh_hans="500克"),
            )
        )
    if image is not None:
        product.gallery_images.add(
            ProductImage(image=image, **translations("alt_text", vi="Ảnh", en="Photo", lo="ຮູບ", zh_hans="照片"))
        )
    catalogue.add_child(instance=product)
    if publish:  # sets first_published_at, which "newest" sorts by; add_child alone already makes it live
        product.save_revision().publish()
    for (_price, stock), variant in zip(prices, product.variants.order_by("sort_order", "pk")):
        StockLevel.objects.filter(variant=variant).update(quantity=stock)
    return product


def make_image(title="Test picture"):
    return demo_image(title, top=(200, 200, 200), bottom=(50, 120, 60), size=(64, 48))


def url_in(page, language):
    with translation.override(language):
        return page.get_url()


def make_shop(home, *, stock=5, price=185000, prices=None):
    """A catalogue with one product; returns its first variant."""
    catalogue, producers = make_catalogue(home)
    producer = make_producer(producers)
    product = make_product(catalogue, producer, prices=prices or ((price, stock),))
    return product.variants.order_by("sort_order", "pk").first()


def make_cart(*variants_and_quantities):
    from storefront.models import Cart, CartLine

    cart = Cart.objects.create()
    for variant, quantity in variants_and_quantities:
        CartLine.objects.create(cart=cart, source="product", reference=str(variant.pk), quantity=quantity)
    return cart


def checkout_details(**overrides):
    from storefront.checkout import CheckoutDetails

    values = {
        "name": "Nông Thị Lan",
        "email": "lan@example.com",
        "phone": "0912345678",
        "language": "vi",
        "delivery_method": "pickup",
    }
    values.update(overrides)
    return CheckoutDetails(**values)


def signed_webhook(payload: bytes, *, secret, timestamp=None):
    """The Stripe-Signature header Stripe would send for `payload` (scheme v1: HMAC-SHA256 of "t.payload")."""
    import hashlib
    import hmac
    import time

    timestamp = int(timestamp if timestamp is not None else time.time())
    signature = hmac.new(secret.encode(), f"{timestamp}.".encode() + payload, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={signature}"


def payment_event(order, *, event_id="evt_test_1", type="payment_intent.succeeded", amount=None, currency="vnd"):
    import json

    return json.dumps(
        {
            "id": event_id,
            "object": "event",
            "type": type,
            "api_version": "2020-08-27",
            "created": 1700000000,
            "data": {
                "object": {
                    "id": order.provider_payment_id,
                    "object": "payment_intent",
                    "amount": order.total_vnd if amount is None else amount,
                    "currency": currency,
                    "status": "succeeded" if type.endswith("succeeded") else "requires_payment_method",
                    "metadata": {"order_number": order.number},
                    "last_payment_error": None
                    if type.endswith("succeeded")
                    else {"message": "Your card was declined."},
                }
            },
        }
    ).encode()
