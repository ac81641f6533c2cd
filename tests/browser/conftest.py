"""Real visitors in a real browser: Playwright drives Debian's chromium against a live server.

One live server (a thread of this process, on the test database) and one localstripe serve the
whole package; the demo content is seeded once and removed afterwards, so the rest of the suite
starts from the database it expects. Without chromium or Playwright the tests skip and say why,
except in CI (CI=true), where .ci/run installs chromium and a missing browser is an error.
"""

import io
import os
import shutil
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
import requests
from django.conf import settings

from security.csp import tile_source
from tests.servers import localstripe_server

ROOT = Path(__file__).resolve().parent.parent.parent
SCREENSHOTS = ROOT / "var" / "screenshots"
# Read at collection, before any test database exists: the name the tests must never write to.
CONFIGURED_DATABASE = settings.DATABASES["default"]["NAME"]
VIEWPORTS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}


def chromium_path():
    return os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")


def _missing():
    try:
        import axe_playwright_python  # noqa: F401
        import playwright  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed: pip install -r requirements-test.txt"
    if not chromium_path():
        return "no chromium on PATH: apt-get install chromium fonts-noto-core fonts-noto-cjk"
    return ""


@pytest.hookimpl(tryfirst=True)  # before `-m browser` selects by marker
def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    ours = [item for item in items if here in Path(item.fspath).parents]
    for item in ours:
        item.add_marker(pytest.mark.browser)
    reason = _missing()
    if not reason or not ours:
        return
    if os.environ.get("CI"):
        raise pytest.UsageError(f"browser tests cannot run in CI: {reason}")
    for item in ours:
        item.add_marker(pytest.mark.skip(reason=reason))


def _serve():
    """Django's LiveServerThread on 127.0.0.1 with static and media files; yields its base URL."""
    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.db import connections
    from django.test.testcases import LiveServerThread

    shared = {c.alias: c for c in connections.all() if c.vendor == "sqlite" and c.is_in_memory_db()}
    for connection in shared.values():
        connection.inc_thread_sharing()
    thread = LiveServerThread("127.0.0.1", StaticFilesHandler, connections_override=shared, port=0)
    thread.daemon = True
    thread.start()
    thread.is_ready.wait()
    if thread.error:
        raise thread.error
    return thread, f"http://127.0.0.1:{thread.port}"


@contextmanager
def test_database(django_db_blocker):
    """The test database, unblocked. pytest-django creates it only when a collected test asks for
    `db`; these tests do not (they must see each other's commits), so when only they run it is
    created here."""
    from django.db import connection
    from django.test.utils import setup_databases, teardown_databases

    with django_db_blocker.unblock():
        created = None
        if connection.settings_dict["NAME"] == CONFIGURED_DATABASE:
            created = setup_databases(verbosity=0, interactive=False, aliases={"default"})
        assert connection.settings_dict["NAME"] != CONFIGURED_DATABASE, "refusing to seed a non-test database"
        try:
            yield
        finally:
            if created:
                teardown_databases(created, verbosity=0)


def _restore_migrated_state(connection):
    """pytest-django runs these tests last, after transactional tests whose teardown flushed the
    database: bring back what the migrations made (Wagtail's root page and collection, groups)."""
    from wagtail.models import Collection

    if Collection.objects.exists():
        return
    from django.core.management import call_command

    call_command("flush", interactive=False, verbosity=0, inhibit_post_migrate=True, reset_sequences=False)
    connection.creation.deserialize_db_from_string(connection._test_serialized_contents)


@pytest.fixture(scope="package")
def site(django_db_setup, django_db_blocker):
    """The live site with the demo content; yields its base URL.

    The database stays unblocked for the package: the server thread and the tests both read it,
    outside any test transaction, so what one commits the other sees.
    """
    from django.core.management import call_command
    from django.db import connection
    from django.test import override_settings
    from django.utils import translation

    from core.months import ALL_YEAR_MASK
    from home.management.commands.seed_demo import SEEDERS
    from storefront.models import ProductPage

    with test_database(django_db_blocker), localstripe_server() as stripe_url:
        _restore_migrated_state(connection)
        before = connection.creation.serialize_db_to_string()
        started = time.monotonic()
        with translation.override(settings.LANGUAGE_CODE):
            for seed in SEEDERS:
                seed(io.StringIO())
        print(f"\n[browser] demo content seeded in {time.monotonic() - started:.1f} s")
        # The journeys buy the Phja Đén noodles whatever the month; their Nov–Mar season would close the
        # buy box from April (tests/browser/test_seasons.py walks a closed season).
        ProductPage.objects.filter(slug_vi="mien-dong-phja-den").update(season_mask=ALL_YEAR_MASK)
        thread, base_url = _serve()
        # localstripe posts its signed events to the live server, as Stripe would.
        requests.post(
            f"{stripe_url}/_config/webhooks/browser",
            data={"url": f"{base_url}/stripe/webhook/", "secret": settings.STRIPE_WEBHOOK_SECRET},
            timeout=5,
        ).raise_for_status()
        stripe = override_settings(
            STRIPE_API_BASE=stripe_url,
            STRIPE_JS_URL=f"{stripe_url}/js.stripe.com/v3/",
            STRIPE_OFFLINE_DEMO=True,
            STRIPE_MAX_NETWORK_RETRIES=0,
        )
        stripe.enable()
        try:
            yield base_url
        finally:
            stripe.disable()
            thread.terminate()
            for shared in thread.connections_override.values():
                shared.dec_thread_sharing()
            call_command("flush", interactive=False, verbosity=0, inhibit_post_migrate=True, reset_sequences=False)
            connection.creation.deserialize_db_from_string(before)


@pytest.fixture(scope="package")
def browser(site):
    """Chromium, for this package only.

    Playwright's sync API keeps an asyncio loop running in this thread, and Django refuses
    database work wherever a loop runs: the tests' own queries are plain synchronous ones.
    """
    from playwright.sync_api import sync_playwright

    with pytest.MonkeyPatch.context() as patch, sync_playwright() as playwright:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=["--no-sandbox"])
        yield browser
        browser.close()


@pytest.fixture(autouse=True)
def _close_test_connections(browser):
    """While Playwright's loop runs, Django keeps the tests' connections in context-local storage,
    out of reach of the package teardown: close them after each test, or the database cannot be
    flushed or dropped."""
    from django.db import connections

    yield
    connections.close_all()


@pytest.fixture(params=list(VIEWPORTS))
def viewport(request):
    return request.param


def new_context(browser, viewport="desktop", *, locale="en-GB", javascript=True):
    context = browser.new_context(
        viewport=VIEWPORTS[viewport],
        locale=locale,
        java_script_enabled=javascript,
        is_mobile=viewport == "phone",
        has_touch=viewport == "phone",
    )
    # Map tiles (docs/maps.md) never leave the machine in a test: the tile host answers 404 here.
    context.route(tile_source(settings.MAP_TILE_URL) + "/**", lambda route: route.fulfill(status=404))
    return context


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.browser_failed = report.failed
    return report


@pytest.fixture
def make_page(request, browser, site, viewport):
    """make_page(locale="lo-LA") → a fresh page in a fresh context (own cookies) at the test's viewport.

    A failing test leaves a screenshot of each of its pages in var/screenshots/failed/.
    """
    contexts = []

    def make(locale="en-GB", *, javascript=True):
        context = new_context(browser, viewport, locale=locale, javascript=javascript)
        context.set_default_timeout(15000)
        contexts.append(context)
        return context.new_page()

    yield make
    if getattr(request.node, "browser_failed", False):
        folder = SCREENSHOTS / "failed"
        folder.mkdir(parents=True, exist_ok=True)
        name = "".join(c if c.isalnum() else "-" for c in request.node.name)
        for number, context in enumerate(contexts):
            for page_number, page in enumerate(context.pages):
                page.screenshot(path=folder / f"{name}-{number}-{page_number}.png", full_page=True)
                print(f"[browser] failed at {page.url}: {folder / f'{name}-{number}-{page_number}.png'}")
    for context in contexts:
        context.close()


@pytest.fixture
def screenshots():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
