"""In-process measurements for bench/run.py, on the benchmark's database and settings.

python -m bench.measure resolve   → {"targets": [{"name", "path"}], "search_words": [...]}
python -m bench.measure render    → per page: SQL queries and CPU ms of an uncached render, with
                                    what the content token keeps warm, and right after a publish;
                                    search and checkout-start latencies (p50/p95 ms)
"""

import json
import os
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def setup():
    sys.path[:0] = [str(HERE.parent / "site"), str(HERE.parent)]
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.bench")
    import django

    django.setup()


def percentile(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q / 100 * (len(values) - 1))))]


def resolve():
    from django.utils import translation

    from storefront.models import CataloguePage, ProductPage
    from stories.models import StoryPage
    from tourism.models import CraftVillagePage, ExperiencePage, PackagePage

    config = json.loads((HERE / "targets.json").read_text())
    with translation.override("vi"):
        # Pages from the middle of the generated catalogue, not the first rows.
        def middle(model, **filters):
            queryset = model.objects.live().filter(**filters).order_by("pk")
            count = queryset.count()
            return queryset[count // 2].get_url() if count else None

        places = {
            "catalogue": CataloguePage.objects.live().first().get_url(),
            "product": middle(ProductPage, variants__stock__quantity__gt=50),
            "village": middle(CraftVillagePage),
            "experience": middle(ExperiencePage),
            "package": middle(PackagePage),
            "story": middle(StoryPage),
        }
    targets = []
    for target in config["targets"]:
        path = target["path"]
        for name, value in places.items():
            path = path.replace("{" + name + "}", value or "")
        targets.append({**target, "path": path})
    return {"targets": targets, "search_words": config["search_words"]}


def render(rounds=30):
    """Uncached renders with the page cache off (routes, site and renditions warm, as in production)."""
    import random

    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from pagecache.invalidation import content_changed

    settings.PAGE_CACHE_ENABLED = False
    client = Client(HTTP_HOST="127.0.0.1")
    resolved = resolve()

    def measure(path, after_publish=False):
        def render():
            if after_publish:
                content_changed()  # a new content token: the page, its listings and cards cold (a publish keeps routes)
            started = time.process_time()
            client.get(path)
            return (time.process_time() - started) * 1000

        for _ in range(3):  # the first views make renditions and fill the route, page and card caches
            client.get(path)
        with CaptureQueriesContext(connection) as queries:
            render()
        count = len(queries)  # now: the log is read lazily and later requests may reset it
        return count, round(statistics.median(render() for _ in range(rounds)), 2)

    pages = {}
    for target in resolved["targets"]:
        path = target["path"].replace("{q}", "chestnuts")
        if client.get(path).status_code != 200:
            continue
        cold_queries, cold_cpu = measure(path, after_publish=True)
        queries, cpu = measure(path)
        pages[target["name"]] = {
            "queries": queries,
            "cpu_ms_p50": cpu,
            "cold_queries": cold_queries,
            "cold_cpu_ms_p50": cold_cpu,
        }
    minimal = measure("/bench/minimal/")[1]  # the yardstick, for comparing machines

    words = resolved["search_words"]
    search_ms = []
    rng = random.Random(7)
    for _ in range(rounds * 4):
        path = f"/en/search/?q={rng.choice(words)}&page={rng.randint(1, 3)}"
        started = time.perf_counter()
        client.get(path)
        search_ms.append((time.perf_counter() - started) * 1000)
    return {
        "pages": pages,
        "minimal_cpu_ms_p50": minimal,
        "search_ms": {"p50": round(percentile(search_ms, 50), 1), "p95": round(percentile(search_ms, 95), 1)},
        "checkout_ms": checkout(rounds),
    }


def checkout(rounds):
    """start_checkout(): prices the cart, locks and holds stock, writes the order (no Stripe call)."""
    from storefront.checkout import CheckoutDetails, start_checkout
    from storefront.models import Cart, CartLine, ProductVariant

    variants = list(ProductVariant.objects.filter(stock__quantity__gte=100).order_by("pk")[: rounds * 2])
    details = CheckoutDetails(
        name="Nông Thị Lan", email="lan@example.com", phone="0912345678", language="vi", delivery_method="pickup"
    )
    times = []
    for n in range(rounds):
        cart = Cart.objects.create()
        for variant in variants[2 * n : 2 * n + 2]:
            CartLine.objects.create(cart=cart, source="product", reference=str(variant.pk), quantity=1)
        started = time.perf_counter()
        start_checkout(cart=cart, details=details)
        times.append((time.perf_counter() - started) * 1000)
    return {"p50": round(percentile(times, 50), 1), "p95": round(percentile(times, 95), 1)}


if __name__ == "__main__":
    setup()
    command = sys.argv[1] if len(sys.argv) > 1 else "resolve"
    print(json.dumps(resolve() if command == "resolve" else render()))
