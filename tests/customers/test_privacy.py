"""Personal-data rights: download your own data (and no one else's), erasure that keeps the accounts, guests' retention."""

import datetime
import itertools
import json

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone, translation

from customers import privacy
from customers.models import SavedAddress
from home.demo.shop_pages import seed_shop_pages
from home.models import ShopPolicyPage
from storefront.models import Order, OrderLine, OrderStatus, Payment, Refund
from tests.storefront.factories import make_catalogue, make_producer
from tests.storefront.gateways import post_event
from tests.tourism.factories import make_experience, make_session, make_village
from tourism.models import Booking, ExperienceSession

_numbers = itertools.count(1)
TRAVELLER = {"name": "Wang Fang", "email": "fang@example.com", "phone": "+86 138 0000 0000", "accept_terms": True}


def _user(email):
    return get_user_model().objects.create_user(username=email, email=email, password=None)


def _order(*, user=None, name="Nông Thị Lan", email="lan@example.com", status=OrderStatus.SHIPPED, total=370_000):
    number = f"CB-T{next(_numbers):04d}"
    order = Order.objects.create(
        number=number,
        status=status,
        language="vi",
        user=user,
        name=name,
        email=email,
        phone="0912345678",
        delivery_method="delivery",
        address_kind="vietnam",
        street="xóm Pác Rằng",
        commune="xã Phúc Sen",
        province="Cao Bằng",
        country="Việt Nam",
        fingerprint=number,
        subtotal_vnd=total,
        total_vnd=total,
        paid_at=timezone.now(),
    )
    OrderLine.objects.create(
        order=order,
        kind="product",
        source="product",
        reference="1",
        description="Dao rèn Phúc Sen",
        unit_price_vnd=total // 2,
        quantity=2,
    )
    return order


def test_the_export_holds_my_orders_and_addresses_and_nothing_of_another_customer(client, db):
    lan, minh = _user("lan@example.com"), _user("minh@example.com")
    _order(user=lan, name="Nông Thị Lan", email="lan@example.com")
    _order(user=minh, name="Hoàng Văn Minh", email="minh@example.com")
    _order(user=None, name="Khách Vãng Lai", email="lan@example.com")  # a guest order, unclaimed
    SavedAddress.objects.create(user=lan, name="Nông Thị Lan", street="xóm Pác Rằng", province="Cao Bằng")
    SavedAddress.objects.create(user=minh, name="Hoàng Văn Minh", street="phố Kim Đồng", province="Cao Bằng")
    client.force_login(lan)
    assert 'href="/vi/account/privacy/"' in client.get("/vi/account/").content.decode()  # from the account's menu

    response = client.get("/vi/account/privacy/export/")

    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    assert response["Cache-Control"].startswith("private") and "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["account"]["email"] == "lan@example.com"
    assert [order["name"] for order in data["orders"]] == ["Nông Thị Lan"]
    assert data["orders"][0]["lines"][0]["description"] == "Dao rèn Phúc Sen"
    assert [address["street"] for address in data["addresses"]] == ["xóm Pác Rằng"]
    text = response.content.decode()
    assert "Hoàng Văn Minh" not in text and "minh@example.com" not in text and "phố Kim Đồng" not in text
    assert "Khách Vãng Lai" not in text


def test_the_privacy_pages_need_a_signed_in_customer(client, db):
    for url in ("/en/account/privacy/", "/en/account/privacy/export/", "/en/account/privacy/delete/"):
        response = client.get(url)
        assert response.status_code == 302 and "login" in response["Location"], url


def test_deletion_erases_who_bought_and_keeps_numbers_amounts_payments_and_refunds(client, db):
    lan, minh = _user("lan@example.com"), _user("minh@example.com")
    order = _order(user=lan)
    other = _order(user=minh, name="Hoàng Văn Minh", email="minh@example.com")
    Payment.objects.create(
        order=order, provider="stripe", provider_payment_id="pi_1", amount=370_000, currency="vnd", status="succeeded"
    )
    Refund.objects.create(order=order, request_key="r1", amount=70_000, status="succeeded")
    SavedAddress.objects.create(user=lan, name="Nông Thị Lan", street="xóm Pác Rằng", province="Cao Bằng")
    client.force_login(lan)

    confirm = client.get("/en/account/privacy/delete/")
    unticked = client.post("/en/account/privacy/delete/", {})
    assert confirm.status_code == 200 and 'name="confirm"' in confirm.content.decode()
    assert unticked.status_code == 400 and get_user_model().objects.filter(pk=lan.pk).exists()

    response = client.post("/en/account/privacy/delete/", {"confirm": "yes"})

    assert response.status_code == 302 and response["Location"] == "/en/account/privacy/deleted/"
    order.refresh_from_db()
    assert (order.name, order.email, order.phone, order.street, order.commune, order.province) == ("",) * 6
    assert order.user is None and order.anonymised_at is not None
    assert (order.number, order.total_vnd, order.status, order.paid_at is not None) == (
        order.number,
        370_000,
        OrderStatus.SHIPPED,
        True,
    )
    assert order.lines.get().unit_price_vnd == 185_000
    assert order.payments.get().amount == 370_000 and order.refunds.get().amount == 70_000
    assert not get_user_model().objects.filter(pk=lan.pk).exists()
    assert not SavedAddress.objects.filter(name="Nông Thị Lan").exists()
    other.refresh_from_db()
    assert (other.name, other.email, other.anonymised_at) == ("Hoàng Văn Minh", "minh@example.com", None)
    assert client.get("/en/account/privacy/").status_code == 302  # signed out


def test_deletion_is_refused_while_an_order_is_paid_but_not_shipped(client, db):
    lan = _user("lan@example.com")
    waiting = _order(user=lan, status=OrderStatus.PAID)
    client.force_login(lan)

    response = client.post("/en/account/privacy/delete/", {"confirm": "yes"})

    waiting.refresh_from_db()
    assert response.status_code == 409 and waiting.number in response.content.decode()
    assert waiting.name == "Nông Thị Lan" and waiting.anonymised_at is None
    assert get_user_model().objects.filter(pk=lan.pk).exists()


def test_a_trip_yet_to_come_waits_and_once_it_has_taken_place_the_traveller_is_erased(
    client, home_page, payments, django_capture_on_commit_callbacks
):
    session = make_session(make_experience(make_village(home_page)), days_ahead=20)
    client.post("/en/bookings/add/", {"kind": "session", "session": session.pk, "people": "2", **TRAVELLER})
    client.post("/en/checkout/", TRAVELLER)
    order = Order.objects.get()
    payments.pay(order)
    with django_capture_on_commit_callbacks(execute=True):
        post_event(client, payments, payments.event(order, event_id=f"evt_{order.pk}"))
    fang = _user("fang@example.com")
    Order.objects.filter(pk=order.pk).update(user=fang)

    with pytest.raises(privacy.ErasureRefused) as refused:
        privacy.erase_customer(user=fang)
    assert [busy.pk for busy in refused.value.orders] == [order.pk]
    assert Booking.objects.get(order_line__order=order).lead_name == "Wang Fang"

    ExperienceSession.objects.filter(pk=session.pk).update(starts_at=timezone.now() - datetime.timedelta(days=2))
    privacy.erase_customer(user=fang)

    booking = Booking.objects.get(order_line__order=order)
    order.refresh_from_db()
    assert (booking.lead_name, booking.email, booking.phone) == ("", "", "")
    assert booking.total_vnd > 0 and order.total_vnd == booking.total_vnd and order.anonymised_at is not None


def test_the_retention_task_anonymises_only_old_guest_orders(db, settings):
    settings.PERSONAL_DATA_RETENTION_DAYS = 365
    customer = _user("lan@example.com")
    old_guest = _order(name="Khách Cũ", email="old@example.com")
    recent_guest = _order(name="Khách Mới", email="new@example.com")
    old_unshipped = _order(name="Khách Chờ", email="wait@example.com", status=OrderStatus.PAID)
    old_customer = _order(user=customer)
    long_ago = timezone.now() - datetime.timedelta(days=400)
    Order.objects.filter(pk__in=[old_guest.pk, old_unshipped.pk, old_customer.pk]).update(created_at=long_ago)

    call_command("anonymise_guest_data")
    call_command("anonymise_guest_data")  # idempotent

    for order in (old_guest, recent_guest, old_unshipped, old_customer):
        order.refresh_from_db()
    assert (old_guest.name, old_guest.email, old_guest.anonymised_at is not None) == ("", "", True)
    assert old_guest.total_vnd == 370_000 and old_guest.number.startswith("CB-T")
    assert (recent_guest.name, recent_guest.anonymised_at) == ("Khách Mới", None)
    assert (old_unshipped.name, old_unshipped.anonymised_at) == ("Khách Chờ", None)  # still to ship
    assert (old_customer.name, old_customer.anonymised_at) == ("Nông Thị Lan", None)  # an account's: theirs to erase


@pytest.mark.parametrize(
    ("language", "links"),
    [
        (
            "vi",
            [
                "/vi/dieu-khoan-ban-hang/",
                "/vi/quyen-rieng-tu/",
                "/vi/giao-hang/",
                "/vi/doi-tra-hoan-tien/",
                "/vi/lien-he/",
            ],
        ),
        ("en", ["/en/terms-of-sale/", "/en/privacy/", "/en/shipping/", "/en/returns/", "/en/contact/"]),
        (
            "lo",
            [
                "/lo/ngeuan-khai-kan-khai/",
                "/lo/khwam-pen-suan-tua/",
                "/lo/kan-chat-song/",
                "/lo/kan-song-kheun/",
                "/lo/tit-to/",
            ],
        ),
        (
            "zh-hans",
            [
                "/zh-hans/xiaoshou-tiaokuan/",
                "/zh-hans/yinsi/",
                "/zh-hans/peisong/",
                "/zh-hans/tuihuo-tuikuan/",
                "/zh-hans/lianxi/",
            ],
        ),
    ],
)
def test_every_footer_links_the_five_shop_pages_in_the_readers_language(client, home_page, language, links):
    with translation.override("vi"):
        seed_shop_pages(home_page)

    home = client.get(f"/{language}/")
    footer = home.content.decode().split('<footer class="site-footer">')[1]

    assert [link in footer for link in links] == [True] * 5
    for link in links:
        assert client.get(link).status_code == 200, link


def test_the_privacy_notice_says_what_is_kept_and_that_marketing_consent_is_separate(client, home_page):
    with translation.override("vi"):
        seed_shop_pages(home_page)

    page = client.get("/en/privacy/").content.decode()

    assert (
        "order numbers, dates, amounts" in page and "Consent to marketing email is separate and off by default" in page
    )


def test_the_contact_page_names_the_operator_as_demo_and_each_live_producer(client, home_page):
    _catalogue, producers = make_catalogue(home_page)
    make_producer(producers, name="HTX Dao rèn Phúc Sen", slug="htx-phuc-sen")
    with translation.override("vi"):
        seed_shop_pages(home_page)

    page = client.get("/en/contact/").content.decode()

    assert "DEMO – replace before opening" in page
    assert "HTX Dao rèn Phúc Sen (en)" in page and "xã Phúc Sen, tỉnh Cao Bằng" in page


def test_seeding_again_keeps_one_page_per_kind_and_an_editors_terms_version(home_page):
    with translation.override("vi"):
        seed_shop_pages(home_page)
        terms = ShopPolicyPage.objects.get(kind="terms")
        terms.slug_vi, terms.version = "dieu-khoan", "2026-09"
        terms.save_revision().publish()
        seed_shop_pages(home_page)

    assert ShopPolicyPage.objects.count() == 5
    assert ShopPolicyPage.objects.get(kind="terms").version == "2026-09"
