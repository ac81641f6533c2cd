"""On a phone: a tourist books a workshop, goes back from the pay page to the cart, and pays the same order."""

import re

import pytest

from storefront.models import Order, OrderStatus
from tests.browser.checks import assert_no_sideways_overflow
from tests.browser.test_journeys import order_from, pay_with_test_card, wait_until_paid


@pytest.mark.parametrize("viewport", ["phone"], indirect=True)
def test_back_from_the_pay_page_the_cart_resumes_the_same_order(make_page, site, viewport, screenshots):
    page = make_page(locale="en-GB")
    page.goto(site + "/en/craft-villages/")
    page.get_by_role("link", name="Phúc Sen forge village").first.click()
    page.get_by_role("link", name="Half-day forging workshop").first.click()
    session = page.locator("#booking-session option").nth(2)
    page.locator("#booking-session").select_option(session.get_attribute("value"))
    page.locator("#booking-people").fill("2")
    page.locator("#booking-name").fill("Mai Anh")
    page.locator("#booking-email").fill("mai.anh@example.com")
    page.locator(".booking-form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/en/cart/$"))

    # Bookings only: contact details, no delivery method or address.
    page.locator("a.button[href$='/checkout/']").click()
    assert page.locator("input[name=delivery_method], input[name=street], input[name=province]").count() == 0
    page.locator("input[name=name]").fill("Mai Anh")
    page.locator("input[name=email]").fill("mai.anh@example.com")
    page.locator("input[name=phone]").fill("0912345678")
    page.screenshot(path=screenshots / "back-to-cart-1-checkout-phone.png", full_page=True)
    page.locator("input[name=accept_terms]").check()
    page.locator(".checkout-form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/pay/$"))
    pay_url = page.url
    assert "Cao Bằng time" in page.locator(".note").first.inner_text()
    page.screenshot(path=screenshots / "back-to-cart-2-pay-phone.png", full_page=True)

    # Back to the cart: the order waits, its places count as the buyer's own.
    page.locator(".cart-link").first.click()
    page.wait_for_url(re.compile(r"/en/cart/$"))
    notice = page.locator(".pending-order")
    assert "Cao Bằng time" in notice.inner_text()
    assert page.locator(".cart-lines .error").count() == 0  # no "only 0 left"
    assert_no_sideways_overflow(page)
    assert page.evaluate("() => document.querySelector('.cart-page').scrollWidth") <= 390
    page.screenshot(path=screenshots / "back-to-cart-3-cart-phone.png", full_page=True)

    # Checking out the unchanged cart again comes back to the same payment.
    page.locator("a.button[href$='/checkout/']").click()
    page.locator("input[name=name]").fill("Mai Anh")
    page.locator("input[name=email]").fill("mai.anh@example.com")
    page.locator("input[name=phone]").fill("0912345678")
    page.locator("input[name=accept_terms]").check()
    page.locator(".checkout-form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/pay/$"))
    assert page.url == pay_url

    page.locator(".cart-link").first.click()
    page.locator(".pending-order a.button").click()
    page.wait_for_url(re.compile(r"/pay/$"))
    assert page.url == pay_url
    pay_with_test_card(page)
    page.wait_for_url(re.compile(r"/en/orders/[^/]+/$"))
    order = order_from(page)
    wait_until_paid(page, order)
    page.screenshot(path=screenshots / "back-to-cart-4-paid-phone.png", full_page=True)
    # One booking on the order page: the holds renewed by checking out again are not shown as cancelled.
    assert page.locator(".order-booking").count() == 1
    assert page.locator(".order-booking--confirmed").count() == 1
    orders = Order.objects.filter(email="mai.anh@example.com")
    assert [(o.pk, o.status) for o in orders] == [(order.pk, OrderStatus.PAID)]
    assert order.payments.count() == 1 and order.delivery_method == "none"
