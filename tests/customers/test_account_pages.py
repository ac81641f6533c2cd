"""The account pages: claiming guest orders by a verified email only; nobody sees another's orders."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from core.money import format_vnd
from customers.accounts import claim_guest_orders
from customers.models import CustomerProfile, SavedAddress
from storefront.models import Order
from tests.customers.helpers import make_order, sign_in_by_code

pytestmark = pytest.mark.django_db


def customer(email, *, verified=True):
    user = get_user_model().objects.create_user(email.split("@")[0], email, "a-long-passphrase")
    EmailAddress.objects.create(user=user, email=email, primary=True, verified=verified)
    return user


def test_signing_in_by_code_claims_the_guest_orders_made_with_that_email(client):
    guest = make_order(
        "CB-1001",
        email="Lan@Example.com",
        tracking_number="VN123",
        carrier="VNPost",
        tracking_url="https://vnpost.example/track/VN123",
        refunded_vnd=50_000,
    )
    others = make_order("CB-1002", email="mai@example.com")

    sign_in_by_code(client, "lan@example.com")
    page = client.get("/en/account/").content.decode()

    guest.refresh_from_db()
    others.refresh_from_db()
    assert guest.user is not None and guest.user.email == "lan@example.com"
    assert others.user is None
    assert "CB-1001" in page and "CB-1002" not in page
    assert f'href="/en/orders/{guest.token}/"' in page
    assert "VNPost" in page and 'href="https://vnpost.example/track/VN123"' in page
    assert "50,000" in page or "50.000" in page  # the refunded amount


def test_an_unverified_email_claims_nothing(client):
    order = make_order("CB-1003", email="lan@example.com")
    user = customer("lan@example.com", verified=False)

    assert claim_guest_orders(user=user) == 0
    client.force_login(user)
    page = client.get("/en/account/").content.decode()
    order.refresh_from_db()
    assert order.user is None and "CB-1003" not in page


def test_an_order_of_another_account_is_never_moved(client):
    mai = customer("mai@example.com")
    order = make_order("CB-1004", email="lan@example.com", user=mai)
    lan = customer("lan@example.com")

    assert claim_guest_orders(user=lan) == 0
    order.refresh_from_db()
    assert order.user == mai


def test_nobody_sees_another_customers_orders_or_addresses(client):
    lan = customer("lan@example.com")
    make_order("CB-2001", email="lan@example.com", user=lan)
    address = SavedAddress.objects.create(
        user=lan, name="Lan", street="Số 5 Hoàng Đình Giong", commune="Hợp Giang", province="Cao Bằng", is_default=True
    )
    mai = customer("mai@example.com")

    client.force_login(mai)
    page = client.get("/en/account/").content.decode()
    assert "CB-2001" not in page and "Hoàng Đình Giong" not in page
    assert client.get(f"/en/account/addresses/{address.pk}/").status_code == 404
    assert client.post(f"/en/account/addresses/{address.pk}/delete/").status_code == 404
    assert client.post(f"/en/account/addresses/{address.pk}/default/").status_code == 404
    assert "Hoàng Đình Giong" not in client.get("/en/account/addresses/").content.decode()
    assert SavedAddress.objects.filter(pk=address.pk).exists()

    client.logout()
    for url in (
        "/en/account/",
        "/en/account/addresses/",
        f"/en/account/addresses/{address.pk}/",
        "/en/account/details/",
    ):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/en/account/login/"), url


def test_account_pages_are_private_and_never_cached(client):
    client.force_login(customer("lan@example.com"))
    response = client.get("/en/account/")
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert "X-Page-Cache" not in response


def test_addresses_add_edit_default_delete(client):
    lan = customer("lan@example.com")
    client.force_login(lan)
    first = {
        "name": "Lan",
        "phone": "0912",
        "address_kind": "vietnam",
        "street": "Số 5",
        "commune": "Hợp Giang",
        "province": "Cao Bằng",
    }
    assert client.post("/en/account/addresses/new/", first).status_code == 302
    abroad = {
        "name": "Lan",
        "address_kind": "international",
        "country": "Laos",
        "address_lines": "Ban Sisavath",
        "postcode": "01000",
    }
    assert client.post("/en/account/addresses/new/", abroad).status_code == 302
    missing = client.post("/en/account/addresses/new/", {"name": "Lan", "address_kind": "vietnam"})
    assert missing.status_code == 400

    home, laos = SavedAddress.objects.get(street="Số 5"), SavedAddress.objects.get(country="Laos")
    assert home.is_default and not laos.is_default  # the first one saved is the default
    client.post(f"/en/account/addresses/{laos.pk}/default/")
    home.refresh_from_db(), laos.refresh_from_db()
    assert laos.is_default and not home.is_default

    client.post(f"/en/account/addresses/{home.pk}/", {**first, "street": "Số 7"})
    home.refresh_from_db()
    assert home.street == "Số 7" and not home.is_default

    client.post(f"/en/account/addresses/{laos.pk}/delete/")
    assert list(SavedAddress.objects.filter(user=lan)) == [home]
    home.refresh_from_db()
    assert home.is_default  # the remaining address takes over


def test_marketing_consent_is_off_until_ticked_and_dated(client):
    lan = customer("lan@example.com")
    client.force_login(lan)
    page = client.get("/en/account/details/").content.decode()
    assert 'name="marketing_consent"' in page and "checked" not in page.split('name="marketing_consent"')[1][:40]

    client.post("/en/account/details/", {"name": "Nông Thị Lan", "phone": "0912", "language": "lo"})
    profile = CustomerProfile.objects.get(user=lan)
    assert (profile.name, profile.language, profile.marketing_consent) == ("Nông Thị Lan", "lo", False)

    client.post(
        "/en/account/details/", {"name": "Nông Thị Lan", "phone": "0912", "language": "lo", "marketing_consent": "on"}
    )
    profile.refresh_from_db()
    assert profile.marketing_consent and profile.marketing_consent_at is not None
    client.post("/en/account/details/", {"name": "Nông Thị Lan", "phone": "0912", "language": "lo"})
    profile.refresh_from_db()
    assert not profile.marketing_consent and profile.marketing_consent_at is None


def test_pending_checkouts_are_not_listed(client):
    lan = customer("lan@example.com")
    make_order("CB-3001", user=lan, status="pending")
    make_order("CB-3002", user=lan, status="shipped")
    client.force_login(lan)
    page = client.get("/en/account/").content.decode()
    assert "CB-3002" in page and "CB-3001" not in page
    assert Order.objects.filter(user=lan).count() == 2


def test_the_account_shows_an_orders_voucher_and_refund(client):
    make_order("CB-1010", discount_vnd=20_000, voucher_code="TET20", refunded_vnd=80_000)
    sign_in_by_code(client, "lan@example.com")
    page = client.get("/en/account/").content.decode()
    assert f"Voucher TET20: −{format_vnd(20_000, 'en')}" in page
    assert f"Refunded: {format_vnd(80_000, 'en')}" in page
