"""A product page stays light, its pictures are responsive WebP renditions, and browsing needs no JavaScript."""

import re

from tests.browser.checks import record_transfers
from tests.browser.pages import key_pages

BUDGET_BYTES = 150 * 1024  # HTML + CSS + JavaScript, images aside


def test_product_page_html_css_and_javascript_under_150_kb(make_page, site, viewport):
    page = make_page(locale="vi-VN")
    transfers = record_transfers(page)
    page.goto(site + key_pages("vi")["product"], wait_until="networkidle")

    counted = [t for t in transfers if t["type"] in ("document", "stylesheet", "script")]
    total = sum(t["bytes"] for t in counted)
    print(
        f"\n[browser] product page at {viewport}: HTML+CSS+JS {total / 1024:.1f} KB in {len(counted)} responses "
        f"("
        + ", ".join(f"{t['type']} {t['bytes']} B" for t in counted)
        + f"); everything {sum(t['bytes'] for t in transfers) / 1024:.1f} KB"
    )
    assert {t["type"] for t in counted} >= {"document", "stylesheet", "script"}
    assert all(t["status"] == 200 for t in counted), counted
    assert total < BUDGET_BYTES


def test_pictures_are_responsive_webp_and_lazy_below_the_fold(make_page, site, viewport):
    page = make_page(locale="en-GB")
    for name in ("home", "catalogue", "product", "village", "story"):
        page.goto(site + key_pages("en")[name])
        _check_pictures(page, name)


def _check_pictures(page, name):
    images = page.evaluate("""() => [...document.querySelectorAll('main img:not(.leaflet-container img)')].map(img => ({
        src: img.currentSrc || img.src, srcset: img.getAttribute('srcset') || '', loading: img.getAttribute('loading'),
        top: img.getBoundingClientRect().top + scrollY, alt: img.getAttribute('alt')}))""")
    fold = page.viewport_size["height"]
    assert images, f"no pictures on the {name} page"
    for image in images:
        assert image["alt"] is not None, image
        assert re.search(r"\s\d+w", image["srcset"]), f"no srcset widths: {image}"
        assert image["src"].endswith(".webp") and ".jpg" not in image["srcset"], f"not WebP: {image}"
        if image["top"] > fold:
            assert image["loading"] == "lazy", f"below the fold ({image['top']:.0f} px) but not lazy: {image}"


def test_browsing_and_adding_to_the_cart_work_without_javascript(make_page, site, viewport):
    page = make_page(locale="en-GB", javascript=False)
    page.goto(site + "/")
    assert page.url.endswith("/en/")
    page.locator(".main-menu a", has_text="Products").first.click()
    page.locator("#f-group").select_option("food")
    page.locator(".filters button[type=submit]").click()
    assert "group=food" in page.url
    page.get_by_role("link", name="Phja Đén canna glass noodles").first.click()
    page.locator("#quantity").fill("2")
    page.locator("form.add-to-cart button[type=submit]").click()
    page.wait_for_url(re.compile(r"/en/cart/"))
    assert page.locator(".cart-lines input[name=quantity]").input_value() == "2"
    page.locator("#header-q").fill("honey")
    page.locator("#header-q").press("Enter")
    assert page.locator(".search-hit").count() >= 1
    page.locator("a.cart-link").click()
    page.locator("a.button[href$='/checkout/']").click()
    assert page.locator(".checkout-form button[type=submit]").is_visible()
