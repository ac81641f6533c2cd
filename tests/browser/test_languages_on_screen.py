"""Lao and Chinese pages are drawn with fonts that have their letters; screenshots for a human eye."""

import pytest

from tests.browser.checks import assert_no_sideways_overflow, assert_script_drawn
from tests.browser.pages import BROWSER_LOCALES, LANGUAGES, key_pages


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_and_product_page_screenshots_and_fonts(make_page, site, viewport, screenshots, language):
    page = make_page(locale=BROWSER_LOCALES[language])
    pages = key_pages(language)
    for name in ("home", "product"):
        page.goto(site + pages[name])
        page.evaluate("() => document.fonts.ready")
        assert page.locator("html").get_attribute("lang").lower() == language
        assert_no_sideways_overflow(page)
        if language in ("lo", "zh-hans"):
            # DevTools names the fonts that actually drew each element: a font without Lao or
            # Chinese letters there means boxes on screen.
            checked, fonts = assert_script_drawn(page, language)
            assert checked >= 3
            print(f"\n[browser] {name} page in {language} at {viewport}: {checked} elements drawn with {sorted(fonts)}")
        path = screenshots / f"{name}-{language}-{viewport}.png"
        page.screenshot(path=path, full_page=True)
        assert path.stat().st_size > 10_000
