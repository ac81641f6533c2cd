"""On a phone, in Vietnamese: a buyer reads the privacy notice from the footer, downloads their data and deletes it."""

import json
import re

import pytest

from storefront.models import Order
from tests.browser.checks import assert_no_sideways_overflow
from tests.customers.helpers import code_from_mail, make_order


@pytest.mark.parametrize("viewport", ["phone"], indirect=True)
def test_a_buyer_downloads_then_deletes_their_data(make_page, site, viewport, screenshots):
    order = make_order("CB-PRIVACY-1", email="lan.privacy@example.com", status="shipped")
    page = make_page(locale="vi-VN")
    page.goto(site + "/vi/")
    page.locator(".shop-pages a", has_text="Chính sách quyền riêng tư").click()
    page.wait_for_url(re.compile(r"/vi/quyen-rieng-tu/$"))
    assert "mặc định tắt" in page.inner_text("main")  # marketing consent: separate, off by default
    assert_no_sideways_overflow(page)

    page.goto(site + "/vi/account/login/")
    page.locator(".account-entrance a.button").click()
    page.locator("input[name=email]").fill("lan.privacy@example.com")
    page.locator(".account-form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/vi/account/login/code/confirm/"))
    page.locator("input[name=code]").fill(code_from_mail())
    page.locator(".account-form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/vi/account/$"))

    page.goto(site + "/vi/account/privacy/")
    assert_no_sideways_overflow(page)
    page.screenshot(path=screenshots / "privacy-1-overview-phone.png", full_page=True)
    with page.expect_download() as download:
        page.locator("a[href='/vi/account/privacy/export/']").click()
    data = json.loads(download.value.path().read_text(encoding="utf-8"))
    assert [exported["number"] for exported in data["orders"]] == ["CB-PRIVACY-1"]

    page.locator("a[href='/vi/account/privacy/delete/']").click()
    page.wait_for_url(re.compile(r"/vi/account/privacy/delete/$"))
    page.locator("input[name=confirm]").check()
    page.screenshot(path=screenshots / "privacy-2-confirm-phone.png", full_page=True)
    page.locator(".account-form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/vi/account/privacy/deleted/$"))
    page.screenshot(path=screenshots / "privacy-3-deleted-phone.png", full_page=True)

    order = Order.objects.get(pk=order.pk)
    assert (order.name, order.email, order.total_vnd) == ("", "", 370_000) and order.anonymised_at is not None
