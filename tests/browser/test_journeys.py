"""Whole visits, each in another language, at a desktop size and on a 390×844 phone."""

import datetime
import re

from django.utils import timezone

from storefront.models import Order, OrderStatus
from tests.browser.checks import assert_no_sideways_overflow

TEST_CARD = {"number": "4242424242424242", "exp_month": "12", "exp_year": "34", "cvc": "123", "postal_code": "10000"}


def pay_with_test_card(page):
    """Type the test card into the Card Element (localstripe's stand-in renders plain inputs) and pay."""
    element = page.locator("#card-element")
    for field, value in TEST_CARD.items():
        element.locator(f"input[placeholder={field}]").fill(value)
    page.locator("#payment-form button[type=submit]").click()


def order_from(page):
    token = re.search(r"/orders/([^/]+)/", page.url)
    assert token, f"not an order page: {page.url}"
    return Order.objects.get(token=token.group(1))


def wait_until_paid(page, order, *, seconds=30):
    """The order page refreshes by itself until Stripe's webhook has made the order paid."""
    page.wait_for_function("() => document.querySelector('.order-status--paid')", timeout=seconds * 1000, polling=500)
    order.refresh_from_db()
    assert order.status == OrderStatus.PAID


def fill_checkout(page, *, name, email, phone):
    page.locator("input[name=name]").fill(name)
    page.locator("input[name=email]").fill(email)
    page.locator("input[name=phone]").fill(phone)
    pickup = page.locator("input[name=delivery_method][value=pickup]")
    if pickup.count():  # a cart of bookings only asks no delivery
        pickup.check()
    page.locator("input[name=accept_terms]").check()
    page.locator(".checkout-form button[type=submit]").click()


def test_lao_visitor_switches_to_chinese_searches_without_diacritics_and_pays(make_page, site, viewport):
    page = make_page(locale="lo-LA")

    page.goto(site + "/")
    assert page.url == site + "/lo/"
    assert page.locator("html").get_attribute("lang") == "lo"
    assert_no_sideways_overflow(page)

    # From the Lao home page to the Lao catalogue and the Phja Đén noodles.
    page.locator(".main-menu a", has_text="ຜະລິດຕະພັນ").first.click()
    page.locator("#f-group").select_option("food")
    page.locator(".filters button[type=submit]").click()
    page.get_by_role("link", name=re.compile("ເສັ້ນລ້ອນແປ້ງມັນສາຄູ Phja Đén")).first.click()
    assert page.locator("h1").inner_text() == "ເສັ້ນລ້ອນແປ້ງມັນສາຄູ Phja Đén"
    lao_url = page.url

    # The language switch keeps the visitor on the same product.
    page.locator(".language-switch a[hreflang=zh-Hans]").click()
    assert page.url.startswith(site + "/zh-hans/") and page.url != lao_url
    assert page.locator("h1").inner_text() == "Phja Đén 蕉芋粉丝"
    assert page.locator("html").get_attribute("lang") == "zh-Hans"
    assert_no_sideways_overflow(page)

    # "mien dong" typed without diacritics still finds miến dong.
    page.locator("#header-q").fill("mien dong")
    page.locator("#header-q").press("Enter")
    page.wait_for_url(re.compile(r"/zh-hans/search/"))
    hit = page.locator(".search-hits").get_by_role("link", name="Phja Đén 蕉芋粉丝", exact=True)
    assert hit.count() == 1
    hit.click()
    assert page.locator("h1").inner_text() == "Phja Đén 蕉芋粉丝"

    # Two 500 g packs.
    pack = page.locator("#variant option", has_text=re.compile(r"^500\s*克")).first
    page.locator("#variant").select_option(pack.get_attribute("value"))
    page.locator("#quantity").fill("2")
    page.locator("form.add-to-cart button[type=submit]").click()
    page.wait_for_url(re.compile(r"/zh-hans/cart/"))
    assert_no_sideways_overflow(page)
    assert page.locator(".cart-lines tbody tr").count() == 1
    assert page.locator(".cart-lines input[name=quantity]").input_value() == "2"

    page.locator("a.button[href$='/checkout/']").click()
    fill_checkout(page, name="Vilay Phommachanh", email="vilay@example.com", phone="+856 20 5555 1234")
    page.wait_for_url(re.compile(r"/pay/"))
    assert_no_sideways_overflow(page)
    pay_with_test_card(page)

    page.wait_for_url(re.compile(r"/zh-hans/orders/[^/]+/$"))
    order = order_from(page)
    wait_until_paid(page, order)
    line = order.lines.get()
    assert (line.quantity, line.description) == (2, "Phja Đén 蕉芋粉丝")
    assert order.language == "zh-hans"


def test_english_tourist_books_a_forging_session_and_two_homestay_nights_and_pays(make_page, site, viewport):
    page = make_page(locale="en-US")
    # Each viewport books its own nights: the room is free only once.
    check_in = timezone.localdate() + datetime.timedelta(days=40 if viewport == "desktop" else 45)
    check_out = check_in + datetime.timedelta(days=2)

    page.goto(site + "/en/craft-villages/")
    page.get_by_role("link", name="Phúc Sen forge village").first.click()
    page.get_by_role("link", name="Half-day forging workshop").first.click()
    assert page.locator("h1").inner_text().startswith("Half-day forging workshop")
    assert_no_sideways_overflow(page)
    session = page.locator("#booking-session option").nth(1)
    when = session.inner_text().split(" · ")[0]  # the option also says the places left
    page.locator("#booking-session").select_option(session.get_attribute("value"))
    page.locator("#booking-people").fill("2")
    page.locator("#booking-name").fill("Emma Clarke")
    page.locator("#booking-email").fill("emma@example.com")
    page.locator(".booking-form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/en/cart/"))

    page.goto(site + "/en/craft-villages/")
    page.get_by_role("link", name="Khuổi Ky stone village").first.click()
    page.get_by_role("link", name=re.compile("Yến Nhi homestay", re.I)).first.click()
    assert_no_sideways_overflow(page)
    page.locator("#booking-check-in").fill(check_in.isoformat())
    page.locator("#booking-check-out").fill(check_out.isoformat())
    page.locator("#booking-people").fill("2")
    page.locator("#booking-name").fill("Emma Clarke")
    page.locator("#booking-email").fill("emma@example.com")
    page.locator(".booking-form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/en/cart/"))
    assert page.locator(".cart-lines tbody tr").count() == 2
    assert_no_sideways_overflow(page)

    page.locator("a.button[href$='/checkout/']").click()
    fill_checkout(page, name="Emma Clarke", email="emma@example.com", phone="+44 7700 900123")
    page.wait_for_url(re.compile(r"/pay/"))
    pay_with_test_card(page)
    page.wait_for_url(re.compile(r"/en/orders/[^/]+/$"))
    order = order_from(page)
    wait_until_paid(page, order)

    # The confirmation lists both bookings with their dates.
    lines = page.locator(".cart-lines tbody").inner_text()
    assert "Half-day forging workshop" in lines and when in lines
    assert "Yến Nhi" in lines
    assert f"{check_in:%m/%d/%Y} → {check_out:%m/%d/%Y}" in lines and "2 nights" in lines
    assert order.lines.count() == 2
