"""Tests never leave the machine: the real Stripe is not configured, and no connection leaves."""

import socket
from urllib.parse import urlsplit

import pytest
from django.conf import settings

from storefront.payments import stripe_client
from tests.conftest import LeftTheMachine, is_local


def test_stripe_is_never_the_real_one_in_tests():
    assert is_local(urlsplit(settings.STRIPE_API_BASE).hostname)
    assert is_local(urlsplit(settings.STRIPE_JS_URL).hostname)


def test_a_test_that_forgets_localstripe_gets_a_refused_connection_not_stripe(settings):
    settings.STRIPE_MAX_NETWORK_RETRIES = 0
    with pytest.raises(stripe_client.PaymentGatewayError):
        stripe_client.create_payment_intent(amount=10000, currency="vnd", idempotency_key="offline", metadata={})


@pytest.mark.parametrize("address", [("93.184.215.14", 80), ("2606:2800:21f::1", 80)])
def test_no_connection_leaves_the_machine(address):
    family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
    with socket.socket(family) as sock, pytest.raises(LeftTheMachine):
        sock.connect(address)


def test_no_name_is_looked_up_elsewhere():
    # HTTP clients (requests, urllib3, the Elasticsearch client) look a name up before connecting.
    with pytest.raises(LeftTheMachine):
        socket.create_connection(("api.stripe.com", 443), timeout=1)
    assert socket.getaddrinfo("localhost", 80)


def test_loopback_is_still_reachable():
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        with socket.create_connection(server.getsockname(), timeout=1):
            pass
