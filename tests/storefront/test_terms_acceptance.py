"""Checkout links the terms of sale, requires accepting them, and the order records which version and when."""

import json

import pytest
from django.utils import translation

from home.demo.shop_pages import TERMS_VERSION, seed_shop_pages
from home.models import ShopPolicyKind, ShopPolicyPage
from storefront.models import Order
from tests.storefront.factories import make_shop

BUYER = {"name": "Nông Thị Lan", "email": "lan@example.com", "phone": "0912345678", "delivery_method": "pickup"}
WEB = {**BUYER, "address_kind": "vietnam"}


@pytest.fixture
def shop_pages(home_page):
    with translation.override("vi"):
        return seed_shop_pages(home_page)


def _add(client, home_page):
    variant = make_shop(home_page, stock=5)
    client.post("/en/cart/add/", {"variant": variant.pk, "quantity": "1"})


def test_the_checkout_page_links_the_terms_in_the_readers_language(client, home_page, shop_pages, payments):
    variant = make_shop(home_page, stock=5)
    client.post("/vi/cart/add/", {"variant": variant.pk, "quantity": "1"})

    vietnamese = client.get("/vi/checkout/").content.decode()
    english = client.get("/en/checkout/").content.decode()

    assert 'href="/vi/dieu-khoan-ban-hang/"' in vietnamese and 'name="accept_terms"' in vietnamese
    assert 'href="/en/terms-of-sale/"' in english and "I accept the terms of sale" in english


def test_the_web_checkout_refuses_without_acceptance_and_records_the_version(client, home_page, shop_pages, payments):
    _add(client, home_page)

    refused = client.post("/en/checkout/", WEB)
    assert refused.status_code == 400 and not Order.objects.exists()
    assert "Please accept the terms of sale to place your order." in refused.content.decode()

    accepted = client.post("/en/checkout/", {**WEB, "accept_terms": "on"})

    order = Order.objects.get()
    assert accepted.status_code == 302
    assert order.terms_version == TERMS_VERSION and order.terms_accepted_at is not None


def test_an_editor_bumping_the_version_changes_what_the_next_order_records(client, home_page, shop_pages, payments):
    terms = ShopPolicyPage.objects.get(kind=ShopPolicyKind.TERMS)
    terms.version = "2026-07"
    terms.save_revision().publish()
    _add(client, home_page)

    client.post("/en/checkout/", {**WEB, "accept_terms": "on"})

    assert Order.objects.get().terms_version == "2026-07"


def test_a_draft_version_is_not_what_buyers_accept(client, home_page, shop_pages, payments):
    terms = ShopPolicyPage.objects.get(kind=ShopPolicyKind.TERMS)
    terms.version = "2027-draft"
    terms.save_revision()  # not published
    _add(client, home_page)

    client.post("/en/checkout/", {**WEB, "accept_terms": "on"})

    assert Order.objects.get().terms_version == TERMS_VERSION


def _api_checkout(client, variant, body, lang="vi"):
    token = client.post("/api/v1/carts/", content_type="application/json").json()["token"]
    client.post(
        f"/api/v1/carts/{token}/products/", {"variant": variant.pk, "quantity": 1}, content_type="application/json"
    )
    return client.post(
        f"/api/v1/carts/{token}/checkout/?lang={lang}", json.dumps(body), content_type="application/json"
    )


def test_the_api_checkout_requires_accept_terms_with_a_translated_error(client, home_page, shop_pages, payments):
    variant = make_shop(home_page, stock=5)
    missing = _api_checkout(client, variant, BUYER, lang="vi")
    false = _api_checkout(client, variant, {**BUYER, "accept_terms": False}, lang="en")

    assert missing.status_code == 400 and not Order.objects.exists()
    assert missing.json()["error"]["code"] == "invalid"
    assert "accept_terms" in missing.json()["error"]["fields"]
    assert false.json()["error"]["fields"]["accept_terms"] == ["Please accept the terms of sale to place your order."]

    accepted = _api_checkout(client, variant, {**BUYER, "accept_terms": True})

    order = Order.objects.get()
    assert accepted.status_code == 201
    assert (order.terms_version, order.terms_accepted_at is not None) == (TERMS_VERSION, True)
