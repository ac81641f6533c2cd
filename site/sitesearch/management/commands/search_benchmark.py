"""Seed synthetic documents into an engine, run a fixed set of queries, print p50/p95 latency."""

import datetime
import random
import statistics
import time

from django.core.management.base import BaseCommand, CommandError
from elasticsearch.helpers import bulk

from sitesearch.engines.database import DatabaseEngine
from sitesearch.engines.elastic import ElasticsearchEngine, _client, _source
from sitesearch.indexing import stored_values
from sitesearch.models import SearchDocument
from sitesearch.text import analyse, fold, joined, parse_query

BENCHMARK_TYPE = "benchmark"  # never a registered type: the seeded rows are easy to find and remove
WORDS = {
    "vi": "miến dong phja đén hạt dẻ trùng khánh dao rèn phúc sen gạo nếp hương bảo lạc thạch đen trà hoa vàng mật ong bạc hà khuổi ky ngườm ngao chè đắng".split(),
    "en": "canna noodles chestnuts knives forged sticky rice black jelly honey tea flowers golden mint smoked sausage baskets brocade".split(),
    "lo": "ເສັ້ນລ້ອນ ແປ້ງ ມັນ ສາຄູ ໝາກກໍ່ ມີດ ເຂົ້າໜຽວ ຫອມ ວຸ້ນດຳ ນ້ຳເຜິ້ງ ຊາ ດອກໄມ້".split(),
    "zh-hans": "粉丝 蕉芋 板栗 重庆县 刀具 锻造 香糯 黑凉粉 蜂蜜 金花茶 薄荷 腊肠".split(),
}
QUERIES = {
    "plain": ("en", "chestnuts", {}),
    "folded": ("vi", "mien dong", {}),
    "exact": ("vi", "miến dong", {}),
    "lao": ("lo", "ເສັ້ນລ້ອນ", {}),
    "chinese": ("zh-hans", "板栗", {}),
    "faceted": ("vi", "mien", {"group": "food", "in_season": True, "price": "100000-300000"}),
}
GROUPS = ["food", "beverages", "medicinal_herbs", "handicrafts"]


class Command(BaseCommand):
    help = (
        "Benchmark site search: seed synthetic documents, run fixed queries, print p50/p95 per engine and query kind."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--documents", type=int, default=20_000, help="Documents to seed (one per object and language)."
        )
        parser.add_argument("--repeat", type=int, default=20, help="Runs of each query.")
        parser.add_argument("--engine", choices=["database", "elasticsearch", "both"], default="database")
        parser.add_argument("--elasticsearch-url", default="", help="Elasticsearch (or osmem) base URL.")
        parser.add_argument(
            "--node-class", default="", help="Dotted path of an elastic_transport node class (osmem needs one)."
        )
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, documents, repeat, engine, elasticsearch_url, node_class, seed, **options):
        engines = []
        if engine in ("database", "both"):
            engines.append(DatabaseEngine())
        if engine in ("elasticsearch", "both"):
            if not elasticsearch_url:
                raise CommandError("--elasticsearch-url is needed for the Elasticsearch engine.")
            engines.append(
                ElasticsearchEngine(_client(elasticsearch_url, node_class, 30.0), "caobang-search-benchmark")
            )
        rows = self._documents(documents, random.Random(seed))
        for current in engines:
            started = time.perf_counter()
            self._seed(current, rows)
            self.stdout.write(f"{current.name}: seeded {len(rows)} documents in {time.perf_counter() - started:.1f} s")
            try:
                self._measure(current, repeat)
            finally:
                self._clean(current)

    def _documents(self, count, rng):
        today = datetime.date.today()
        rows = []
        languages = list(WORDS)
        for n in range(count):
            language = languages[n % len(languages)]
            title = " ".join(rng.sample(WORDS[language], 3))
            body = " ".join(rng.choices(WORDS[language], k=25))
            other = " ".join(rng.choices(WORDS[rng.choice(languages)], k=10))
            analysed_title, analysed_body, analysed_other = analyse(title), analyse(f"{title} {body}"), analyse(other)
            rows.append(
                SearchDocument(
                    doc_type=BENCHMARK_TYPE,
                    object_id=n // len(languages),
                    language=language,
                    title=title,
                    url=f"/b/{n}/",
                    snippet_source=body,
                    title_exact=joined(analysed_title.exact),
                    title_folded=joined(analysed_title.folded),
                    suggest_text=joined([fold(w) for w in analysed_title.exact]),
                    text=joined(analysed_body.folded),
                    exact_text=joined(analysed_body.exact),
                    other_text=joined(analysed_other.folded),
                    data=stored_values(
                        {  # what storefront's product type declares (storefront/searchable.py)
                            "group": rng.choice(GROUPS),
                            "stars": rng.choice([None, 3, 4, 5]),
                            "stars_valid_until": today + datetime.timedelta(days=rng.randint(-100, 900)),
                            "producer": rng.randint(1, 200),
                            "price": rng.randint(20, 1500) * 1000,
                            "in_season": rng.randint(0, 4095),
                        }
                    ),
                )
            )
        return rows

    def _seed(self, engine, rows):
        if isinstance(engine, ElasticsearchEngine):
            engine.reset()
            actions = (
                {"_index": engine.index_name, "_id": f"b-{i}", "_source": _source(row)} for i, row in enumerate(rows)
            )
            bulk(engine.client, actions, chunk_size=2000)
            engine.refresh()
        else:
            SearchDocument.objects.filter(doc_type=BENCHMARK_TYPE).delete()
            SearchDocument.objects.bulk_create(rows, batch_size=1000)

    def _measure(self, engine, repeat):
        today = datetime.date.today()
        self.stdout.write(f"{'engine':<14}{'query':<10}{'hits':>7}{'p50 ms':>9}{'p95 ms':>9}")
        for kind, (language, text, filters) in QUERIES.items():
            timings, total = [], 0
            for _run in range(repeat):
                started = time.perf_counter()
                total = engine.search(
                    parsed=parse_query(text), language=language, filters=filters, today=today, offset=0, limit=10
                ).total
                timings.append((time.perf_counter() - started) * 1000)
            p95 = statistics.quantiles(timings, n=20)[-1] if len(timings) > 1 else timings[0]
            self.stdout.write(f"{engine.name:<14}{kind:<10}{total:>7}{statistics.median(timings):>9.1f}{p95:>9.1f}")

    def _clean(self, engine):
        if isinstance(engine, ElasticsearchEngine):
            engine.client.indices.delete(index=engine.index_name, ignore_unavailable=True)
        else:
            SearchDocument.objects.filter(doc_type=BENCHMARK_TYPE).delete()
