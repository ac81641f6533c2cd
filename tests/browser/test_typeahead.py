"""The header search box suggests pages as one types (static/js/typeahead.js), and the search page
puts its results before its filters on a phone."""

import re

import pytest

from tests.browser.checks import assert_no_sideways_overflow, serious_violations
from tests.browser.pages import BROWSER_LOCALES

# Queries that match demo titles (storefront/demo_data.py) in the page's language only.
JOURNEYS = {
    # The Trùng Khánh chestnuts, by two Chinese characters of their title.
    ("phone", "zh-hans"): ("板栗", "越南高平省重庆县板栗"),
    # The Phúc Sen knives, by the Lao word for knife.
    ("desktop", "lo"): ("ມີດ", "ມີດຕີມື Phúc Sen"),
}


def _suggest_requests(page):
    seen = []
    page.on("request", lambda request: "/search/suggest/" in request.url and seen.append(request.url))
    return seen


@pytest.mark.parametrize("viewport, language", list(JOURNEYS), indirect=["viewport"])
def test_suggestions_by_keyboard_lead_to_the_page_in_the_pages_language(
    make_page, site, viewport, language, screenshots
):
    query, title = JOURNEYS[(viewport, language)]
    page = make_page(locale=BROWSER_LOCALES[language])
    requests = _suggest_requests(page)
    page.goto(f"{site}/{language}/")
    box = page.locator("#header-q")
    assert box.get_attribute("role") == "combobox" and box.get_attribute("aria-expanded") == "false"
    listbox = page.locator("#" + box.get_attribute("aria-controls"))
    assert listbox.get_attribute("role") == "listbox"

    box.click()
    page.keyboard.type(query, delay=30)
    option = listbox.get_by_role("option", name=title, exact=True)
    option.wait_for()
    assert box.get_attribute("aria-expanded") == "true"
    # Debounced: one request for the whole word, not one per keystroke.
    assert len(requests) == 1, requests
    assert f"/{language}/search/suggest/" in requests[0]
    for href in listbox.get_by_role("option").evaluate_all("els => els.map(o => o.dataset.href)"):
        assert href.startswith(f"/{language}/"), href
    heights = listbox.get_by_role("option").evaluate_all("els => els.map(e => e.getBoundingClientRect().height)")
    assert min(heights) >= 44, heights
    assert_no_sideways_overflow(page)
    assert not serious_violations(page), serious_violations(page)
    page.screenshot(path=screenshots / f"typeahead-{viewport}-{language}.png")

    # Escape closes; the arrow opens again, without a new request.
    box.press("Escape")
    assert listbox.is_hidden() and box.get_attribute("aria-expanded") == "false"
    assert box.input_value() == query
    box.press("ArrowDown")  # opens the list again, without a new request, on its first option
    assert listbox.is_visible()
    options = listbox.get_by_role("option")
    assert options.first.get_attribute("aria-selected") == "true"
    names = options.all_inner_texts()
    assert title in names, names
    for _ in range(names.index(title)):
        box.press("ArrowDown")
    highlighted = page.locator("#" + box.get_attribute("aria-activedescendant"))
    assert highlighted.inner_text() == title and highlighted.get_attribute("aria-selected") == "true"
    assert page.evaluate("() => document.activeElement.id") == "header-q"
    href = highlighted.get_attribute("data-href")
    box.press("Enter")
    page.wait_for_url(site + href)
    assert page.locator("h1").inner_text().strip() == title
    assert len(requests) == 1, requests


@pytest.mark.parametrize("viewport", ["phone"], indirect=True)
def test_no_request_while_an_input_method_is_composing(make_page, site, viewport):
    page = make_page(locale="zh-CN")
    requests = _suggest_requests(page)
    page.goto(f"{site}/zh-hans/")
    page.locator("#header-q").click()
    cdp = page.context.new_cdp_session(page)
    # Pinyin being composed: Latin letters in the box, not yet the Chinese the buyer means.
    cdp.send("Input.imeSetComposition", {"text": "banli", "selectionStart": 5, "selectionEnd": 5})
    page.wait_for_timeout(500)
    assert page.locator("#header-q").input_value() == "banli"
    assert requests == []
    cdp.send("Input.insertText", {"text": "板栗"})  # the candidate chosen: the composition ends
    page.get_by_role("option", name="越南高平省重庆县板栗", exact=True).wait_for()
    assert len(requests) == 1 and "%E6%9D%BF%E6%A0%97" in requests[0], requests
    page.get_by_role("option", name="越南高平省重庆县板栗", exact=True).tap()  # a finger works too
    page.wait_for_url(re.compile(r"/zh-hans/"))
    assert page.locator("h1").inner_text().strip() == "越南高平省重庆县板栗"


@pytest.mark.parametrize("viewport", ["phone", "desktop"], indirect=True)
def test_without_javascript_the_header_form_still_searches(make_page, site, viewport):
    page = make_page(locale="lo-LA", javascript=False)
    page.goto(f"{site}/lo/")
    box = page.locator("#header-q")
    assert box.get_attribute("role") is None  # no combobox promised without its script
    box.fill("ມີດ")
    box.press("Enter")
    page.wait_for_url(re.compile(r"/lo/search/\?q="))
    assert page.locator(".search-hit a", has_text="ມີດຕີມື Phúc Sen").count() == 1


@pytest.mark.parametrize("viewport", ["phone"], indirect=True)
def test_search_page_on_a_phone_shows_results_before_the_filters(make_page, site, viewport, screenshots):
    page = make_page(locale="en-GB")
    page.goto(f"{site}/en/search/?q=cao")
    first = page.locator(".search-hit").first.bounding_box()
    panel = page.locator("details.filters-panel")
    summary = panel.locator("summary")
    assert first["y"] < summary.bounding_box()["y"] and first["y"] < page.viewport_size["height"]
    facet_links = panel.locator(".facets a")
    assert facet_links.count() >= 5 and not facet_links.first.is_visible()
    assert summary.bounding_box()["height"] >= 44
    # A link beside the count jumps past the results to the panel.
    page.locator(".results__refine").click()
    page.wait_for_function("() => location.hash === '#search-filters'")
    assert 0 <= summary.evaluate("e => e.getBoundingClientRect().top") < page.viewport_size["height"]
    summary.click()
    assert panel.get_attribute("open") is not None and facet_links.first.is_visible()
    page.screenshot(path=screenshots / "search-phone-filters-open.png", full_page=True)
    assert facet_links.first.bounding_box()["y"] > first["y"]
    assert_no_sideways_overflow(page)
    facet_links.first.click()
    page.wait_for_url(re.compile(r"/en/search/\?q=cao&"))
    assert page.locator(".search-hit").count() >= 1


@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_search_page_on_a_desktop_keeps_the_filters_open_beside_the_results(make_page, site, viewport):
    page = make_page(locale="en-GB")
    page.goto(f"{site}/en/search/?q=cao")
    first = page.locator(".search-hit").first.bounding_box()
    link = page.locator("details.filters-panel .facets a").first
    assert link.is_visible()
    assert not page.locator("details.filters-panel summary").is_visible()
    assert not page.locator(".results__refine").is_visible()
    assert link.bounding_box()["x"] + link.bounding_box()["width"] <= first["x"]
