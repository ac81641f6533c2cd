"""The Tours page from the menu, on a phone and a desktop: filters without JavaScript, cards, a package."""

import pytest

from tests.browser.checks import assert_no_sideways_overflow

LOCALES = {"vi": "vi-VN", "en": "en-GB", "lo": "lo-LA", "zh-hans": "zh-CN"}


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_a_visitor_finds_tours_from_the_menu_filters_them_and_opens_one(make_page, site, viewport, language):
    page = make_page(locale=LOCALES[language], javascript=False)  # the filters are a plain GET form
    page.goto(f"{site}/{language}/")
    tours_link = page.locator("nav.main-menu a[href*='/lvyou-xianlu/'], nav.main-menu a[href*='/tours/']")
    assert tours_link.count() == 1
    tours_link.click()
    page.wait_for_load_state()
    assert page.locator("h1").is_visible()
    assert_no_sideways_overflow(page)
    cards = page.locator(".tour-cards > li")
    everything = cards.count()
    assert everything >= 1
    page.screenshot(path=f"var/screenshots/tours-{language}-{viewport}.png", full_page=True)

    # A filter narrows (or keeps) the list, and says how many each choice gives.
    options = page.locator("#t-operator option[value]:not([value=''])")
    first = options.first.inner_text()
    page.select_option("#t-operator", index=1)
    page.locator(".filters button[type=submit]").click()
    page.wait_for_load_state()
    assert "operator=" in page.url
    count = int(first.rsplit("(", 1)[1].rstrip(")"))
    assert cards.count() == count <= everything

    cards.first.locator("a").first.click()
    page.wait_for_load_state()
    assert page.locator("script[type='application/ld+json']").count() == 1
    assert page.locator("#departures").is_visible()
