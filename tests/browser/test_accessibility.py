"""axe-core over the key pages in four languages, and the site used with the keyboard alone."""

import re

import pytest

from tests.browser.checks import assert_no_sideways_overflow, serious_violations
from tests.browser.pages import BROWSER_LOCALES, LANGUAGES, key_pages, put_in_cart


@pytest.mark.parametrize("language", LANGUAGES)
def test_key_pages_have_no_serious_accessibility_violations(make_page, site, viewport, language):
    page = make_page(locale=BROWSER_LOCALES[language])
    put_in_cart(page, site, language)  # the cart and checkout pages need something in the cart
    found = {}
    for name, path in key_pages(language).items():
        page.goto(site + path)
        assert page.url.endswith(path), f"{name}: {path} went to {page.url}"
        assert_no_sideways_overflow(page)
        violations = serious_violations(page)
        if violations:
            found[name] = violations
    # axe itself is awake: a picture without a text alternative is reported.
    page.evaluate("() => document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=x.png>')")
    assert any("image-alt" in line for line in serious_violations(page))
    print(
        f"\n[browser] axe, {language} at {viewport}: {len(key_pages(language))} pages, serious or critical: "
        f"{sum(len(v) for v in found.values())}"
    )
    assert not found, "\n".join(f"{name}: {line}" for name, lines in found.items() for line in lines)


def _focus_walk(page, presses):
    """Press Tab up to `presses` times, until the focus leaves the page; returns each element it held."""
    seen = []
    for _ in range(presses):
        page.keyboard.press("Tab")
        where = page.evaluate(
            "() => { const e = document.activeElement; if (!e || e === document.body) return null;"
            " const r = e.getBoundingClientRect();"
            " return e.tagName + '#' + e.id + '@' + Math.round(r.top + scrollY) + ',' + Math.round(r.left); }"
        )
        if where is None:
            break
        seen.append(where)
    return seen


def test_product_page_can_be_used_with_the_keyboard_alone(make_page, site, viewport):
    page = make_page(locale="en-GB")
    page.goto(site + key_pages("en")["product"])

    # The first Tab reaches the skip link, which moves the focus to the content.
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.classList.contains('skip-link')")
    assert page.evaluate("() => getComputedStyle(document.activeElement).left") == "0px", "skip link stays off screen"
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"#main$"))

    # From the content, Tab walks forward to the end of the page and out of it: no trap.
    stops = _focus_walk(page, 80)
    assert stops[0] == "SELECT#variant" or stops[0].startswith("SELECT#variant@"), stops
    assert len(stops) >= 8 and len(stops) < 80, f"the focus did not leave the page: {stops}"
    assert len(set(stops)) == len(stops), f"focus trapped, it came back to an element: {stops}"

    # Pick a pack, type a quantity and add to the cart, never touching the mouse.
    page.locator("#variant").focus()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.id") == "quantity"
    page.keyboard.press("Control+A")
    page.keyboard.type("3")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/en/cart/"))
    assert page.locator(".cart-lines input[name=quantity]").input_value() == "3"


def test_focus_is_visible_on_links_buttons_and_fields(make_page, site, viewport):
    page = make_page(locale="en-GB")
    page.goto(site + key_pages("en")["catalogue"])
    checked = 0
    for _ in range(25):
        page.keyboard.press("Tab")
        style = page.evaluate(
            "() => { const s = getComputedStyle(document.activeElement);"
            " return [document.activeElement.tagName, s.outlineStyle, s.outlineWidth, s.boxShadow]; }"
        )
        if style[0] == "BODY":
            continue
        checked += 1
        assert style[1] != "none" and style[2] != "0px" or style[3] != "none", f"no visible focus on {style[0]}"
    assert checked > 10
