"""A large catalogue in four languages, fast: pages are inserted in bulk, not one add_child() at a time.

Runs after `seed_demo` (which made the home page, the indexes and a tour operator) and adds, under
them: producers, products with variants, stock and a picture, villages, experiences with sessions,
packages with days and departures, and stories. Rows are what the site's own code would write
(tree paths, translated slugs and URL paths, live and published), without revisions.

    python -m bench.generate --products 10000 --experiences 1000 --packages 100 --stories 3000
"""

import argparse
import datetime
import json
import os
import random
import sys
import time
import uuid

LANGS = ("vi", "en", "lo", "zh_hans")
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # treebeard's, steplen 4
WORDS = {
    "vi": [
        "Miến dong",
        "Hạt dẻ",
        "Dao rèn",
        "Chè Shan tuyết",
        "Mật ong",
        "Lạp sườn",
        "Thổ cẩm",
        "Hương",
        "Giấy bản",
        "Gạo nếp",
    ],
    "en": [
        "Canna noodles",
        "Chestnuts",
        "Forged knife",
        "Shan tea",
        "Honey",
        "Sausage",
        "Brocade",
        "Incense",
        "Paper",
        "Sticky rice",
    ],
    "lo": ["ເສັ້ນລ້ອນ", "ໝາກກໍ່", "ມີດ", "ຊາ", "ນ້ຳເຜິ້ງ", "ໄສ້ກອກ", "ຜ້າ", "ທູບ", "ເຈ້ຍ", "ເຂົ້າໜຽວ"],
    "zh_hans": ["粉丝", "板栗", "锻刀", "山茶", "蜂蜜", "香肠", "织锦", "香", "纸", "糯米"],
}
PLACES = ["Phúc Sen", "Trùng Khánh", "Phja Đén", "Hạ Lang", "Nguyên Bình", "Bảo Lạc", "Hòa An", "Quảng Hòa"]


def setup():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    sys.path[:0] = [os.path.join(root, "site"), root]
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    import django

    django.setup()


def _step(n):
    digits = ""
    while True:
        n, rest = divmod(n, 36)
        digits = ALPHABET[rest] + digits
        if not n:
            return digits.rjust(4, "0")


def names(kind, n):
    word = {lang: WORDS[lang][n % len(WORDS[lang])] for lang in LANGS}
    place = PLACES[n % len(PLACES)]
    titles = {lang: f"{word[lang]} {place} {kind} {n}" for lang in LANGS}
    slugs = {"vi": f"{kind}-{n}", "en": f"{kind}-{n}-en", "lo": f"{kind}-{n}-lo", "zh_hans": f"{kind}-{n}-zh"}
    return titles, slugs


def bulk_pages(parent, model, rows, *, now):
    """Insert `rows` ([(titles, slugs, {field: value})]) as live children of `parent`; returns the pages' ids."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Locale, Page

    parent = Page.objects.get(pk=parent.pk)
    last = parent.get_last_child()
    start = int(last.path[-4:], 36) + 1 if last else 1
    content_type = ContentType.objects.get_for_model(model)
    locale = Locale.get_default()
    pages = []
    for offset, (titles, slugs, _fields) in enumerate(rows):
        page = Page(
            path=parent.path + _step(start + offset),
            depth=parent.depth + 1,
            numchild=0,
            translation_key=uuid.uuid4(),
            locale=locale,
            live=True,
            has_unpublished_changes=False,
            first_published_at=now - datetime.timedelta(minutes=offset),
            last_published_at=now,
            content_type=content_type,
            show_in_menus=False,
            title=titles["vi"],
            draft_title=titles["vi"],
            slug=slugs["vi"],
            url_path=parent.url_path_vi + slugs["vi"] + "/",
        )
        for lang in LANGS:
            setattr(page, f"title_{lang}", titles[lang])
            setattr(page, f"slug_{lang}", slugs[lang])
            parent_path = getattr(parent, f"url_path_{lang}") or parent.url_path_vi
            setattr(page, f"url_path_{lang}", parent_path + slugs[lang] + "/")
        pages.append(page)
    Page.objects.bulk_create(pages, batch_size=1000)
    children = []
    for page, (_titles, _slugs, fields) in zip(pages, rows):
        child = model(page_ptr_id=page.pk, **fields)
        children.append(child)
    local = model._meta.local_concrete_fields
    for begin in range(0, len(children), 1000):
        model._base_manager._insert(children[begin : begin + 1000], fields=local, raw=True)
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + len(pages))
    return [page.pk for page in pages]


def translated(field, values):
    out = {field: values["vi"]}
    out.update({f"{field}_{lang}": values[lang] for lang in LANGS})
    return out


def generate(*, products, experiences, packages, stories, seed=1):
    from django.core.cache import cache
    from django.db import transaction
    from django.utils import timezone

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
    from stories.models import StoryIndexPage, StoryPage
    from tourism.models import (
        CraftVillagePage,
        ExperiencePage,
        ExperienceSession,
        PackageDay,
        PackageDeparture,
        PackageIndexPage,
        PackagePage,
        VillageImage,
        VillageIndexPage,
    )

    rng = random.Random(seed)
    now = timezone.now()
    today = timezone.localdate()
    timings = {}
    started = time.perf_counter()
    images = [
        demo_image(
            f"Bench picture {n}", top=(40 * n % 255, 120, 90), bottom=(30, 60 + 20 * n % 190, 40), size=(640, 480)
        )
        for n in range(8)
    ]
    with transaction.atomic():
        villages_count = max(experiences // 20, 1)
        village_ids = bulk_pages(
            VillageIndexPage.objects.get(),
            CraftVillagePage,
            [
                (
                    *names("lang", n),
                    {
                        **translated("summary", {lang: f"Village {n}" for lang in LANGS}),
                        **translated("crafts", {lang: "Rèn" for lang in LANGS}),
                        **translated("description", {lang: "<p>Craft village</p>" for lang in LANGS}),
                    },
                )
                for n in range(villages_count)
            ],
            now=now,
        )
        VillageImage.objects.bulk_create(
            VillageImage(village_id=pk, image=images[n % 8], sort_order=0) for n, pk in enumerate(village_ids)
        )
        producers_count = max(products // 20, 1)
        producer_ids = bulk_pages(
            ProducerIndexPage.objects.get(),
            ProducerPage,
            [
                (
                    *names("htx", n),
                    {
                        "kind": "cooperative",
                        "commune": f"xã {PLACES[n % 8]}",
                        "craft_village_id": village_ids[n % villages_count],
                    },
                )
                for n in range(producers_count)
            ],
            now=now,
        )
        groups = ["food", "drinks", "herbs", "textiles", "handicrafts", "tourism"]
        product_ids = bulk_pages(
            CataloguePage.objects.get(),
            ProductPage,
            [
                (
                    *names("sp", n),
                    {
                        **translated("summary", {lang: f"OCOP {n}" for lang in LANGS}),
                        **translated("description", {lang: "<p>Sản phẩm OCOP của Cao Bằng.</p>" for lang in LANGS}),
                        "producer_id": producer_ids[n % producers_count],
                        "ocop_group": groups[n % len(groups)],
                        "ocop_stars": 3 + n % 3,
                        "certified_on": today - datetime.timedelta(days=n % 1400),
                        "certificate_valid_until": today
                        - datetime.timedelta(days=n % 1400)
                        + datetime.timedelta(days=3 * 365),
                        "season_mask": rng.randrange(1, 4096),
                        "certificate_number": f"OCOP-{n}",
                    },
                )
                for n in range(products)
            ],
            now=now,
        )
        variants = []
        for n, pk in enumerate(product_ids):
            for order, (label, price) in enumerate(
                [("500 g", 50_000 + 1000 * (n % 300)), ("1 kg", 95_000 + 1000 * (n % 300))]
            ):
                variants.append(
                    ProductVariant(
                        product_id=pk,
                        sort_order=order,
                        sku=f"B-{n}-{order}",
                        price_vnd=price,
                        weight_grams=500 * (order + 1),
                        **translated("label", {lang: label for lang in LANGS}),
                    )
                )
        ProductVariant.objects.bulk_create(variants, batch_size=2000)
        StockLevel.objects.bulk_create(
            (StockLevel(variant=v, quantity=rng.choice([0, 3, 40, 200])) for v in variants), batch_size=2000
        )
        ProductImage.objects.bulk_create(
            (
                ProductImage(
                    product_id=pk,
                    image=images[n % 8],
                    sort_order=0,
                    **translated("alt_text", {lang: "Ảnh" for lang in LANGS}),
                )
                for n, pk in enumerate(product_ids)
            ),
            batch_size=2000,
        )
        timings["products"] = time.perf_counter() - started

        experience_ids = []
        for v, village_id in enumerate(village_ids):
            per_village = experiences // villages_count + (1 if v < experiences % villages_count else 0)
            experience_ids += bulk_pages(
                CraftVillagePage.objects.get(pk=village_id),
                ExperiencePage,
                [
                    (
                        *names("trai-nghiem", v * 1000 + n),
                        {
                            **translated("summary", {lang: "Half a day at the forge" for lang in LANGS}),
                            "village_id": village_id,
                            "host_name": "Anh Nông",
                            "host_producer_id": producer_ids[(v * 7 + n) % producers_count],
                            "duration_minutes": 240,
                            "price_per_person_vnd": 450_000,
                            "min_group": 1,
                            "max_group": 8,
                            "image_id": images[n % 8].pk,
                            "free_cancellation_days": 7,
                            "late_refund_percent": 50,
                        },
                    )
                    for n in range(per_village)
                ],
                now=now,
            )
        sessions = []
        for pk in experience_ids:
            for day in range(1, 31):
                start = timezone.make_aware(
                    datetime.datetime.combine(today + datetime.timedelta(days=day), datetime.time(8))
                )
                sessions.append(ExperienceSession(experience_id=pk, starts_at=start, capacity=8))
        ExperienceSession.objects.bulk_create(sessions, batch_size=5000)
        timings["experiences"] = time.perf_counter() - started

        operator_index = PackageIndexPage.objects.first()
        package_ids = bulk_pages(
            operator_index,
            PackagePage,
            [
                (
                    *names("goi", n),
                    {
                        "operator_id": operator_index.operator_id,
                        "price_per_person_vnd": 2_500_000,
                        "free_cancellation_days": 14,
                        "late_refund_percent": 30,
                        **translated("summary", {lang: "Two days in the highlands" for lang in LANGS}),
                    },
                )
                for n in range(packages)
            ],
            now=now,
        )
        PackageDay.objects.bulk_create(
            PackageDay(
                package_id=pk,
                sort_order=d,
                day_number=d + 1,
                experience_id=experience_ids[(n * 3 + d) % len(experience_ids)],
                **translated("description", {lang: f"Day {d + 1}" for lang in LANGS}),
            )
            for n, pk in enumerate(package_ids)
            for d in range(2)
        )
        PackageDeparture.objects.bulk_create(
            PackageDeparture(package_id=pk, date=today + datetime.timedelta(days=7 * (k + 1)), capacity=12)
            for pk in package_ids
            for k in range(6)
        )
        timings["packages"] = time.perf_counter() - started

        def body(n, lang):
            return json.dumps(
                [
                    {
                        "type": "paragraph",
                        "value": f"<p>{WORDS[lang][n % 10]} — {PLACES[n % 8]}.</p>",
                        "id": str(uuid.uuid4()),
                    },
                    {
                        "type": "product",
                        "value": {"page": product_ids[n % len(product_ids)], "note": ""},
                        "id": str(uuid.uuid4()),
                    },
                ]
            )

        bulk_pages(
            StoryIndexPage.objects.get(),
            StoryPage,
            [
                (
                    *names("cau-chuyen", n),
                    {
                        **translated("summary", {lang: f"Story {n}" for lang in LANGS}),
                        **{f"body_{lang}": body(n, lang) for lang in LANGS},
                        "body": body(n, "vi"),
                        "cover_image_id": images[n % 8].pk,
                    },
                )
                for n in range(stories)
            ],
            now=now,
        )
        timings["stories"] = time.perf_counter() - started
    cache.clear()  # site root paths and anything else cached before the bulk insert
    return timings


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=10_000)
    parser.add_argument("--experiences", type=int, default=1_000)
    parser.add_argument("--packages", type=int, default=100)
    parser.add_argument("--stories", type=int, default=3_000)
    args = parser.parse_args(argv)
    setup()
    started = time.perf_counter()
    timings = generate(
        products=args.products, experiences=args.experiences, packages=args.packages, stories=args.stories
    )
    print(
        json.dumps(
            {"seconds": round(time.perf_counter() - started, 2), "steps": {k: round(v, 2) for k, v in timings.items()}}
        )
    )


if __name__ == "__main__":
    main()
