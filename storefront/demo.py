"""Demo producers and OCOP products from storefront/demo_data.py. Safe to run again.

Pages are found by their Vietnamese slug and variants by SKU, so a second run updates rows in
place. Stock is set only when a variant is first created: re-seeding never resets real stock.
"""

import datetime

from core.demo import demo_image, localized, site_root, upsert_page
from storefront.demo_data import PRODUCERS, PRODUCTS
from storefront.models import (
    CataloguePage,
    DeliveryRate,
    MarketplaceLink,
    ProducerIndexPage,
    ProducerPage,
    ProductImage,
    ProductPage,
    ProductVariant,
    StockLevel,
)
from storefront.seasons import mask_from_months

CATALOGUE = {
    "title": {"vi": "Sản phẩm OCOP", "en": "OCOP products", "lo": "ຜະລິດຕະພັນ OCOP", "zh_hans": "OCOP产品"},
    "slug": {"vi": "san-pham", "en": "products", "lo": "phalittaphan", "zh_hans": "chanpin"},
    "intro": {
        "vi": "Sản phẩm OCOP của các hợp tác xã và hộ sản xuất Cao Bằng. Giá trên trang là giá ví dụ.",
        "en": "OCOP products from Cao Bằng's cooperatives and household producers. Prices shown are example prices.",
        "lo": "ຜະລິດຕະພັນ OCOP ຈາກສະຫະກອນ ແລະ ຄົວເຮືອນຜູ້ຜະລິດ ແຂວງ Cao Bằng. ລາຄາທີ່ສະແດງແມ່ນລາຄາຕົວຢ່າງ.",
        "zh_hans": "高平省合作社和家庭生产者的OCOP产品。页面所示价格为示例价格。",
    },
}
PRODUCERS_INDEX = {
    "title": {"vi": "Nhà sản xuất", "en": "Producers", "lo": "ຜູ້ຜະລິດ", "zh_hans": "生产者"},
    "slug": {"vi": "nha-san-xuat", "en": "producers", "lo": "phu-phalit", "zh_hans": "shengchanzhe"},
    "intro": {
        "vi": "Hợp tác xã, tổ hợp tác, hộ kinh doanh và doanh nghiệp làm ra sản phẩm OCOP Cao Bằng.",
        "en": "The cooperatives, cooperative groups, household businesses and enterprises behind Cao Bằng's OCOP products.",
        "lo": "ສະຫະກອນ, ກຸ່ມຮ່ວມມື, ທຸລະກິດຄົວເຮືອນ ແລະ ວິສາຫະກິດ ທີ່ຜະລິດສິນຄ້າ OCOP ຂອງ Cao Bằng.",
        "zh_hans": "生产高平省OCOP产品的合作社、合作小组、家庭经营户和企业。",
    },
}
ALT_SUFFIX = {"vi": " (ảnh minh hoạ)", "en": " (illustration)", "lo": " (ຮູບປະກອບ)", "zh_hans": "（示意图）"}


def seed_storefront(stdout):
    home = site_root()
    catalogue = upsert_page(home, CataloguePage, {**localized(CATALOGUE), "show_in_menus": True})
    index = upsert_page(home, ProducerIndexPage, {**localized(PRODUCERS_INDEX), "show_in_menus": True})
    producers = {data["key"]: _seed_producer(index, data) for data in PRODUCERS}
    for data in PRODUCTS:
        _seed_product(catalogue, producers[data["producer"]], data)
    stdout.write(f"storefront: {len(PRODUCERS)} producers, {len(PRODUCTS)} products")


# Example fees for the demo, not a carrier's tariff: editors set real ones under "Delivery rates".
DELIVERY_RATES = [
    ("cao_bang", 1000, 20000),
    ("cao_bang", 5000, 35000),
    ("cao_bang", 20000, 60000),
    ("vietnam", 1000, 35000),
    ("vietnam", 5000, 60000),
    ("vietnam", 20000, 120000),
    ("international", 2000, 450000),
    ("international", 10000, 1200000),
]


def seed_delivery_rates(stdout):
    """Rates are created once; an editor's changes are never overwritten."""
    created = 0
    for zone, max_weight, fee in DELIVERY_RATES:
        _rate, is_new = DeliveryRate.objects.get_or_create(
            zone=zone, max_weight_grams=max_weight, defaults={"fee_vnd": fee}
        )
        created += is_new
    stdout.write(f"delivery rates: {created} created")


def _seed_producer(index, data):
    values = localized(
        {
            "title": data["name"],
            "slug": data["slug"],
            "ethnic_community": data["ethnic_community"],
            "story": data["story"],
        }
    )
    values.update(
        kind=data["kind"],
        commune=data["commune"],
        historic_address=data["historic_address"],
        members=data["members"],
        founded_year=data["founded_year"],
        phone=data["phone"],
        email=data["email"],
    )
    return upsert_page(index, ProducerPage, values)


def _seed_product(catalogue, producer, data):
    values = localized(
        {name: data[name] for name in ("title", "slug", "summary", "description", "issuing_body", "origin")}
    )
    protection = data["protection"] or {"kind": "", "name": "", "number": ""}
    values.update(
        producer=producer,
        ocop_group=data["ocop_group"],
        ocop_stars=data["ocop_stars"],
        certificate_number=data["certificate_number"],
        certified_on=datetime.date.fromisoformat(data["certified_on"]) if data["certified_on"] else None,
        protection_kind=protection["kind"],
        protection_name=protection["name"],
        protection_number=protection["number"],
        season_mask=mask_from_months(data["season_months"]),
        example_price=data["example_price"],
    )
    top, bottom = data["colours"]
    image = demo_image(f"Demo: {data['title']['en']}", top=tuple(top), bottom=tuple(bottom), alt=data["title"]["en"])
    new_skus = {variant["sku"] for variant in data["variants"]} - set(
        ProductVariant.objects.filter(sku__in=[variant["sku"] for variant in data["variants"]]).values_list(
            "sku", flat=True
        )
    )

    def prepare(page):
        existing = {variant.sku: variant for variant in page.variants.all()}
        variants = []
        for order, variant_data in enumerate(data["variants"]):
            variant = existing.get(variant_data["sku"]) or ProductVariant(sku=variant_data["sku"])
            variant.sort_order = order
            variant.price_vnd = variant_data["price_vnd"]
            variant.weight_grams = variant_data["weight_grams"]
            for name, value in localized({"label": variant_data["label"]}).items():
                setattr(variant, name, value)
            variants.append(variant)
        page.variants = variants  # keeps existing rows (and their stock) by primary key
        alt = {language: title + ALT_SUFFIX[language] for language, title in data["title"].items()}
        page.gallery_images = [ProductImage(image=image, sort_order=0, **localized({"alt_text": alt}))]
        page.marketplace_links = [
            MarketplaceLink(marketplace=link["marketplace"], url=link["url"], sort_order=order)
            for order, link in enumerate(data["marketplaces"])
        ]

    page = upsert_page(catalogue, ProductPage, values, prepare=prepare)
    for variant_data in data["variants"]:
        if variant_data["sku"] in new_skus:
            StockLevel.objects.filter(variant__sku=variant_data["sku"]).update(quantity=variant_data["stock"])
    return page
