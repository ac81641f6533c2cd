"""Rich text that did not come through the editor (imports, the API, commands, a shell) is cleaned
to exactly what the editor would have allowed, with Wagtail's own converter: unknown tags,
attributes such as onerror=, and javascript: links are dropped.

One mechanism for every model: before any save, each RichTextField is cleaned to its own
features and each StreamField's rich-text blocks to theirs (`connect_cleaning`, from apps.py).
The editor's widget answers 400 to a field that holds no editor state (raw HTML posted by hand).
"""

from bs4 import BeautifulSoup
from django.apps import apps
from django.db.models.signals import pre_save
from django.utils.translation import gettext
from modeltranslation.translator import NotRegistered, translator
from wagtail.admin.rich_text import DraftailRichTextArea
from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter
from wagtail.blocks import RichTextBlock, StreamValue, StructValue
from wagtail.fields import RichTextField, StreamField
from wagtail.rich_text import RichText

from security.errors import UnreadableInput

DROPPED_WITH_CONTENT = ["script", "style", "iframe", "object", "embed", "template", "noscript"]


def clean_rich_text(html: str, *, features: list[str] | None = None) -> str:
    """`html` reduced to the tags and attributes of the given editor features."""
    if not html:
        return html
    # The whitelister unwraps unknown tags, which would leave a script's source as visible text.
    soup = BeautifulSoup(html, "html.parser")
    for element in soup.find_all(DROPPED_WITH_CONTENT):
        element.decompose()
    return EditorHTMLConverter(features=features).whitelister.clean(str(soup))


def clean_stream_rich_text(stream: StreamValue) -> bool:
    """Clean every RichTextBlock in `stream` in place (nested in structs too). True if anything changed."""
    changed = False
    for child in stream:
        changed |= _clean_value(
            child.block, child.value, setter=lambda value, child=child: setattr(child, "value", value)
        )
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


def rich_fields(model) -> list:
    """The model's rich-text and stream fields that hold their own value. A field that
    modeltranslation translates is read through its language columns, which are cleaned instead."""
    try:
        translated = translator.get_options_for_model(model).all_fields
    except NotRegistered:
        translated = {}
    return [
        field
        for field in model._meta.concrete_fields
        if isinstance(field, (RichTextField, StreamField)) and field.name not in translated
    ]


def clean_instance(instance) -> None:
    for field in rich_fields(type(instance)):
        value = getattr(instance, field.attname)
        if isinstance(field, RichTextField):
            setattr(instance, field.attname, clean_rich_text(value, features=field.features))
        elif value:
            clean_stream_rich_text(value)


def _clean_before_save(sender, instance, raw=False, **kwargs):
    if not raw:  # fixtures load rows as they were dumped
        clean_instance(instance)


def connect_cleaning() -> None:
    for model in apps.get_models():
        if rich_fields(model):
            pre_save.connect(_clean_before_save, sender=model, dispatch_uid=f"clean-rich-text-{model._meta.label}")


class DraftailEditor(DraftailRichTextArea):
    """Wagtail's rich-text editor (settings.WAGTAILADMIN_RICH_TEXT_EDITORS)."""

    def value_from_datadict(self, data, files, name):
        try:
            return super().value_from_datadict(data, files, name)
        except (ValueError, KeyError, TypeError, AttributeError) as error:  # not JSON, or not the editor's JSON
            raise UnreadableInput(
                gettext(
                    "A rich-text field holds something the editor did not write. Reload the page and edit the text in the editor."
                )
            ) from error
