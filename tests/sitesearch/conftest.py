import uuid

import pytest
from django.db import connection
from django.utils import timezone, translation

from sitesearch.signals import _IndexTask
from storefront.models import ProductPage
from tests.storefront.factories import make_catalogue, make_producer, make_product


@pytest.fixture(scope="session")
def osmem_url():
    """A real osmem-server (in-memory, OpenSearch-compatible) on a free loopback port."""
    from osmem_server import OsmemServer

    from tests.servers import free_port

    server = OsmemServer.start(freeze=False, addr=f"127.0.0.1:{free_port()}")
    try:
        yield server.url
    finally:
        server.close()


@pytest.fixture(params=["database", "elasticsearch"])
def engine(request, settings):
    """Every behavioural test runs once per engine; Elasticsearch gets a fresh index per test."""
    if request.param == "elasticsearch":
        settings.SEARCH_ELASTICSEARCH_URL = request.getfixturevalue("osmem_url")
        settings.SEARCH_ELASTICSEARCH_NODE_CLASS = "tests.sitesearch.transport.PlainJsonNode"
        settings.SEARCH_ELASTICSEARCH_INDEX = f"test-{uuid.uuid4().hex}"
    else:
        settings.SEARCH_ELASTICSEARCH_URL = ""
    yield request.param
    if request.param == "elasticsearch":
        from sitesearch.engines import get_engine

        get_engine().client.indices.delete(index=settings.SEARCH_ELASTICSEARCH_INDEX, ignore_unavailable=True)


def _translate(page, **fields):
    """Set translated columns directly: {"title_lo": …, "summary_zh_hans": …}."""
    ProductPage.objects.filter(pk=page.pk).update(**fields)


@pytest.fixture
def shop(home_page, engine):
    """Three products and two producers in four languages, indexed."""
    from sitesearch.indexing import rebuild_index

    month = timezone.localdate().month
    other_months = [m for m in range(1, 13) if m != month]
    catalogue, producers = make_catalogue(home_page)
    noodle_makers = make_producer(producers, name="Tổ hợp tác miến dong Phja Đén", slug="to-hop-tac-mien-dong")
    smiths = make_producer(producers, name="HTX Minh Tuấn", slug="htx-minh-tuan")
    noodles = make_product(
        catalogue,
        noodle_makers,
        title="Miến dong Phja Đén",
        group="food",
        stars=3,
        months=[month],
        prices=((120_000, 5),),
    )
    chestnuts = make_product(
        catalogue,
        noodle_makers,
        title="Hạt dẻ Trùng Khánh",
        group="food",
        stars=4,
        months=other_months,
        prices=((250_000, 5),),
    )
    knives = make_product(
        catalogue,
        smiths,
        title="Dao rèn Phúc Sen",
        group="handicrafts",
        stars=None,
        months=other_months,
        prices=((450_000, 5), (600_000, 1)),
    )
    _translate(
        noodles,
        title_en="Phja Đén canna noodles",
        title_lo="ເສັ້ນລ້ອນແປ້ງມັນສາຄູ Phja Đén",
        title_zh_hans="Phja Đén 蕉芋粉丝",
        summary_vi="Miến dong <ngon> làm tay ở Phja Đén",
        summary_en="Glass noodles made by hand",
    )
    _translate(
        chestnuts,
        title_en="Trùng Khánh chestnuts",
        title_lo="ໝາກກໍ່ Trùng Khánh",
        title_zh_hans="越南高平省重庆县板栗",
        summary_vi="Hạt dẻ rang thơm",
    )
    _translate(
        knives,
        title_en="Phúc Sen forged knives",
        title_lo="ມີດຕີ Phúc Sen",
        title_zh_hans="Phúc Sen 锻造刀具",
        summary_vi="Dao mien nui, thép nhíp",
        summary_lo="ມີດເຫຼັກ ນ້ຳໜັກເບົາ",
    )
    rebuild_index()
    # The test's transaction never commits, so the fixture's own index tasks would stay queued and
    # (being deduplicated) swallow the tests' tasks: rebuild_index() has done their work.
    connection.run_on_commit = [queued for queued in connection.run_on_commit if not isinstance(queued[1], _IndexTask)]
    with translation.override("vi"):
        return {
            "noodles": noodles,
            "chestnuts": chestnuts,
            "knives": knives,
            "noodle_makers": noodle_makers,
            "smiths": smiths,
            "catalogue": catalogue,
        }
