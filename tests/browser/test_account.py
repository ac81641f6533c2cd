"""On a phone, in Chinese: a guest who bought earlier signs in by emailed code and finds the order."""

import re

import pytest
from django.core import mail

from tests.browser.checks import assert_no_sideways_overflow
from tests.customers.helpers import code_from_mail, make_order


@pytest.mark.parametrize("viewport", ["phone"], indirect=True)
def test_a_guest_signs_in_by_code_and_sees_the_order_bought_before(make_page, site, viewport, screenshots):
    order = make_order("CB-BROWSER-1", email="wang.fang@example.com", status="shipped", tracking_number="EB1VN")
    page = make_page(locale="zh-CN")
    page.goto(site + "/zh-hans/")
    page.locator(".account-link").first.click()
    page.wait_for_url(re.compile(r"/zh-hans/account/login/"))
    page.locator(".account-entrance a.button").click()
    page.locator("input[name=email]").fill("wang.fang@example.com")
    page.locator(".account-form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/zh-hans/account/login/code/confirm/"))
    assert "高平高原" in mail.outbox[-1].subject  # the code email in the page's language
    page.locator("input[name=code]").fill(code_from_mail())
    page.screenshot(path=screenshots / "account-1-code-phone.png", full_page=True)
    page.locator(".account-form button[type=submit]").click()

    page.wait_for_url(re.compile(r"/zh-hans/account/$"))
    listed = page.locator(".account-order", has_text="CB-BROWSER-1")
    assert listed.count() == 1 and "EB1VN" in listed.inner_text()
    assert_no_sideways_overflow(page)
    page.screenshot(path=screenshots / "account-2-orders-phone.png", full_page=True)
    listed.get_by_role("link", name=re.compile("CB-BROWSER-1")).click()
    page.wait_for_url(re.compile(rf"/zh-hans/orders/{order.token}/$"))
