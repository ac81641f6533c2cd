"""What the browser tests ask the browser: overflow, fonts that drew the text, axe, page weight."""

import re
import subprocess
from functools import cache


def assert_no_sideways_overflow(page):
    """Nothing wider than the viewport: the page must not scroll sideways on a phone."""
    widths = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1], f"{page.url} is {widths[0]} px wide in a {widths[1]} px viewport"


# --- Fonts -----------------------------------------------------------------------------------

SCRIPTS = {
    "lo": re.compile(r"[\u0e80-\u0eff]"),
    "zh-hans": re.compile(r"[\u3400-\u9fff]"),
}


@cache
def font_covers(family, characters):
    """True when fontconfig's `family` has a glyph for every character (no box)."""
    charset = " ".join(f"{ord(c):x}" for c in sorted(set(characters)))
    result = subprocess.run(
        ["fc-list", f"{family}:charset={charset}", "family"], capture_output=True, text=True, check=False
    )
    return bool(result.stdout.strip())


def fonts_that_drew(page, selector):
    """[(text, [font family, …])] for the rendered elements matching `selector`, from DevTools' CSS domain."""
    cdp = page.context.new_cdp_session(page)
    try:
        cdp.send("DOM.enable")
        cdp.send("CSS.enable")
        document = cdp.send("DOM.getDocument", {"depth": -1, "pierce": False})["root"]
        # The platform fonts of a node are those of its own text nodes: a <p> whose words are all in
        # child <span>s has none. So each element is judged by its own text, and the elements inside
        # the matched ones are judged too.
        own_text, stack = {}, [document]
        while stack:
            node = stack.pop()
            children = node.get("children", [])
            own_text[node["nodeId"]] = "".join(
                child.get("nodeValue", "") for child in children if child["nodeType"] == 3
            )
            stack.extend(children)
        found = []
        for node_id in cdp.send(
            "DOM.querySelectorAll", {"nodeId": document["nodeId"], "selector": f"{selector}, :is({selector}) *"}
        )["nodeIds"]:
            try:
                cdp.send("DOM.getBoxModel", {"nodeId": node_id})
            except Exception:  # no box: hidden (e.g. another month of a calendar), nothing was drawn
                continue
            fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node_id})["fonts"]
            found.append((own_text.get(node_id, ""), [font["familyName"] for font in fonts if font["glyphCount"]]))
        return found
    finally:
        cdp.detach()


def assert_script_drawn(page, language, selector="h1, nav a, p, button, label"):
    """Every element with Lao (or Chinese) letters was drawn by a font that has those letters.

    Returns how many elements were checked and the fonts that drew their letters."""
    script = SCRIPTS[language]
    checked, drew = 0, set()
    for text, families in fonts_that_drew(page, selector):
        letters = "".join(script.findall(text))
        if not letters:
            continue
        checked += 1
        drew.update(family for family in families if font_covers(family, letters))
        assert families, f"no font drew {text[:40]!r}"
        assert any(font_covers(family, letters) for family in families), (
            f"{text[:40]!r} on {page.url} was drawn with {families}, none of which has its letters: boxes"
        )
    assert checked, f"no {language} text found on {page.url}"
    return checked, drew


# --- Accessibility ---------------------------------------------------------------------------


def serious_violations(page, *, exclude=()):
    """axe-core's serious and critical violations on the page, as readable lines."""
    from axe_playwright_python.sync_playwright import Axe

    context = {"exclude": [[selector] for selector in exclude]} if exclude else None
    results = Axe().run(page, context=context)
    lines = []
    for violation in results.response["violations"]:
        if violation["impact"] in ("serious", "critical"):
            targets = ", ".join(str(node["target"]) for node in violation["nodes"][:3])
            lines.append(f"{violation['impact']}: {violation['id']} ({violation['help']}) at {targets}")
    return lines


# --- Page weight -----------------------------------------------------------------------------


def record_transfers(page):
    """Start counting the bytes of every response; returns the list the page fills in."""
    transfers = []

    def finished(request):
        response = request.response()
        sizes = request.sizes()
        transfers.append(
            {
                "url": request.url,
                "type": request.resource_type,
                "status": response.status if response else 0,
                "bytes": sizes["responseBodySize"] + sizes["responseHeadersSize"],
            }
        )

    page.on("requestfinished", finished)
    return transfers
