"""Rich text that did not come through the editor (imports, the API, commands) is cleaned to
exactly what the editor would have allowed, with Wagtail's own converter: unknown tags,
attributes such as onerror=, and javascript: links are dropped."""
from bs4 import BeautifulSoup
from wagtail.blocks import RichTextBlock, StreamValue, StructValue
from wagtail.rich_text import RichText

DROPPED_WITH_CONTENT = ["script", "style", "iframe", "object", "embed", "template", "noscript"]
STORY_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul", "blockquote"]


def clean_rich_text(html: str, *, features: list[str] | None = None) -> str:
    """`html` reduced to the tags and attributes of the given editor features."""
    # Imported here: wagtail.admin.rich_text loads Page, and models import this module.
    from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter

    if not html:
        return ""
    # The whitelister unwraps unknown tags, which would leave a script's source as visible text.
    soup = BeautifulSoup(html, "html.parser")
    for element in soup.find_all(DROPPED_WITH_CONTENT):
        element.decompose()
    return EditorHTMLConverter(features=features).whitelister.clean(str(soup))


def clean_stream_rich_text(stream: StreamValue) -> bool:
    """Clean every RichTextBlock in `stream` in place (nested in structs too). True if anything changed."""
    changed = False
    for child in stream:
        changed |= _clean_value(child.block, child.value, setter=lambda value, child=child: setattr(child, "value", value))
    return changed


def _clean_value(block, value, *, setter):
    if isinstance(block, RichTextBlock) and isinstance(value, RichText):
        cleaned = clean_rich_text(value.source, features=block.features)
        if cleaned != value.source:
            setter(RichText(cleaned))
            return True
        return False
    if isinstance(value, StructValue):
        changed = False
        for name, child_block in block.child_blocks.items():
            changed |= _clean_value(
                child_block, value.get(name), setter=lambda new, name=name: value.__setitem__(name, new)
            )
        return changed
    return False
