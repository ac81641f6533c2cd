"""A CDN or nginx in front of the site is told to drop a page: a real HTTP server takes the PURGE requests."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from pagecache.purge import PurgeFailed, page_urls
from pagecache.tasks import purge_urls_task
from storefront.checkout import start_checkout
from tests.storefront.factories import checkout_details, make_cart, make_catalogue, make_producer, make_product

pytestmark = pytest.mark.django_db


class PurgeRecorder(BaseHTTPRequestHandler):
    received = []

    def do_PURGE(self):  # noqa: N802  (the HTTP method's name)
        self.received.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def proxy(settings):
    server = ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
    PurgeRecorder.received = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {"BACKEND": "pagecache.purge.HTTPBackend", "LOCATION": f"http://127.0.0.1:{server.server_port}"},
    }
    yield PurgeRecorder.received
    server.shutdown()
    server.server_close()


@pytest.fixture
def product(home_page):
    catalogue, index = make_catalogue(home_page)
    return make_product(catalogue, make_producer(index), title="Dao rèn", prices=[(185000, 40)])


def paths(urls):
    return sorted(url.split("://", 1)[1].split("/", 1)[1] for url in urls)


def test_a_published_page_is_purged_in_all_four_languages(proxy, product, django_capture_on_commit_callbacks):
    urls = page_urls(product)
    assert [url.split("/")[3] for url in urls] == ["vi", "en", "lo", "zh-hans"]
    with django_capture_on_commit_callbacks(execute=True):
        product.title_en = "Forged knife, new edition"
        product.save_revision().publish()

    assert sorted(path for _host, path in proxy) == ["/" + path for path in paths(urls)]
    site_host = urls[0].split("/")[2]
    assert {host for host, _path in proxy} == {site_host}  # the page's own host, sent to the proxy's address


def test_unpublishing_purges_the_page(proxy, product, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        product.unpublish()

    assert len(proxy) == 4


def test_a_stock_label_change_purges_the_product_page_only_then(
    proxy, product, settings, django_capture_on_commit_callbacks
):
    settings.CART_MAX_LINE_QUANTITY = 50
    variant = product.variants.get()
    with django_capture_on_commit_callbacks(execute=True):
        start_checkout(cart=make_cart((variant, 30)), details=checkout_details())  # 40 → 10: still "In stock"
    assert proxy == []

    with django_capture_on_commit_callbacks(execute=True):
        start_checkout(cart=make_cart((variant, 7)), details=checkout_details())  # 10 → 3: "Only 3 left"
    assert len(proxy) == 4


def test_a_proxy_that_is_down_does_not_stop_a_publish(settings, product, django_capture_on_commit_callbacks, caplog):
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {"BACKEND": "pagecache.purge.HTTPBackend", "LOCATION": "http://127.0.0.1:9"}
    }
    with django_capture_on_commit_callbacks(execute=True):
        product.title_en = "Published all the same"
        product.save_revision().publish()

    product.refresh_from_db()
    assert product.title_en == "Published all the same" and product.live
    assert "Could not purge" in caplog.text


def test_nothing_is_sent_without_a_frontend_cache(settings, product, django_capture_on_commit_callbacks):
    settings.WAGTAILFRONTENDCACHE = {}
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        product.save_revision().publish()
    assert not any("purge" in getattr(callback, "__qualname__", "") for callback in callbacks)


def test_a_purge_the_proxy_did_not_take_fails_its_task_so_the_worker_runs_it_again(settings):
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {"BACKEND": "pagecache.purge.HTTPBackend", "LOCATION": "http://127.0.0.1:9"}
    }
    with pytest.raises(PurgeFailed):
        purge_urls_task.call(urls=["http://localhost/en/products/knife/"])
