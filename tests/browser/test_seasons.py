"""On a phone, in Chinese: chestnuts out of season offer an email alert and no add to cart; the cart
shows the chosen display currency beside đồng and says the charge is in đồng."""

import re

import pytest
from django.utils import timezone, translation

from storefront.models import BackInSeasonAlert, ProductPage
from storefront.seasons import mask_from_months
from tests.browser.checks import assert_no_sideways_overflow

FAR_MONTH = (timezone.localdate().month + 5) % 12 + 1  # six months ahead: closed today


def _url(product, language):
    with translation.override(language):
        return product.url


@pytest.mark.parametrize("viewport", ["phone"], indirect=True)
def test_out_of_season_chestnuts_and_the_cart_in_yuan(make_page, site, viewport, screenshots):
    chestnuts = ProductPage.objects.get(slug_vi="hat-de-trung-khanh")
    rice = ProductPage.objects.get(slug_vi="gao-nep-huong-bao-lac")  # sold all year
    months_before = chestnuts.season_mask
    chestnuts.season_mask = mask_from_months([FAR_MONTH])
    chestnuts.save_revision().publish()
    try:
        page = make_page(locale="zh-CN")
        page.goto(site + _url(chestnuts, "zh-hans"))
        buy_box = page.locator("section.variants")
        assert page.locator(".season-closed").is_visible()
        assert buy_box.locator("form.add-to-cart").count() == 0
        assert page.locator("form.season-alert input[type=email]").is_visible()
        assert_no_sideways_overflow(page)
        page.screenshot(path=screenshots / "seasons-1-closed-phone-zh.png", full_page=True)

        page.locator("form.season-alert input[type=email]").fill("wei@example.com")
        page.locator("form.season-alert button[type=submit]").click()
        page.wait_for_url(re.compile(r"/zh-hans/season-alerts/$"))
        assert page.locator(".season-alert-page .notice").is_visible()
        alert = BackInSeasonAlert.objects.get(product=chestnuts, email="wei@example.com")
        assert alert.language == "zh-hans" and alert.notified_at is None

        # A product on sale, into the cart; then yuan as the display currency, from the cart itself.
        page.goto(site + _url(rice, "zh-hans"))
        page.locator("form.add-to-cart button[type=submit]").click()
        page.wait_for_url(re.compile(r"/zh-hans/cart/$"))
        page.locator(".charged-in-dong #display-currency").select_option("CNY")
        page.locator(".charged-in-dong .currency-switch button[type=submit]").click()
        page.wait_for_url(re.compile(r"/zh-hans/cart/$"))
        assert "CN¥" in page.locator(".cart-lines").inner_text()
        assert "VND" in page.locator(".charged-in-dong__note").inner_text()
        assert_no_sideways_overflow(page)
        page.screenshot(path=screenshots / "seasons-2-cart-cny-phone-zh.png", full_page=True)
    finally:
        BackInSeasonAlert.objects.filter(product=chestnuts).delete()
        chestnuts.season_mask = months_before
        chestnuts.save_revision().publish()
