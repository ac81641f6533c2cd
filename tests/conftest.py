import ipaddress
import sys

import pytest
from django.conf import settings
from django.utils import translation

from home.catalogues import compile_catalogues

LOCAL_NAMES = {"localhost", "testserver"}
# The `payments` fixture: a test runs once per payment gateway (Stripe, and the test suite's fake one).
pytest_plugins = ["tests.storefront.gateways"]


class LeftTheMachine(ConnectionRefusedError):
    """A test tried to reach a host that is not this machine."""


def is_local(host) -> bool:
    host = host.decode() if isinstance(host, bytes) else str(host)
    if host in LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


def refuse_other_hosts(event, args):
    """Tests never leave the machine: a connection or a name look-up for another host fails."""
    if event == "socket.connect" and isinstance(args[1], tuple) and not is_local(args[1][0]):
        raise LeftTheMachine(f"a test tried to connect to {args[1][0]}")
    if event == "socket.getaddrinfo" and args[0] is not None and not is_local(args[0]):
        raise LeftTheMachine(f"a test tried to look up {args[0]}")


def pytest_configure(config):
    sys.addaudithook(refuse_other_hosts)
    # Without compiled catalogues Django would silently answer Lao in Vietnamese.
    compile_catalogues()
    # A catalogue Django read before this compile (e.g. a missing .mo on a fresh clone) stays cached otherwise.
    from django.utils.translation import trans_real

    trans_real._translations.clear()
    trans_real._default = None


def pytest_collection_modifyitems(config, items):
    if settings.DATABASES["default"]["ENGINE"].endswith("postgresql"):
        return
    skip = pytest.mark.skip(reason="needs PostgreSQL: set DATABASE_URL=postgres://postgres@127.0.0.1:5432/caobang")
    for item in items:
        if "postgres" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def home_page(db):
    from tests.factories import make_home_page

    return make_home_page()


@pytest.fixture(autouse=True)
def _fresh_cache():
    """The local-memory cache outlives a test; cached site root paths would leak between tests."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
    translation.activate(settings.LANGUAGE_CODE)  # a request's language would leak into the next test


@pytest.fixture(scope="session")
def localstripe_url():
    from tests.servers import localstripe_server

    with localstripe_server() as url:
        yield url


@pytest.fixture
def stripe_settings(settings, localstripe_url):
    """Point the Stripe client at the session's localstripe."""
    settings.STRIPE_API_BASE = localstripe_url
    settings.STRIPE_MAX_NETWORK_RETRIES = 0
    return settings
