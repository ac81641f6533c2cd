"""Minutes to read a story at its language's reading rate (core.languages): words per minute, or
characters per minute for scripts written without spaces between words (Chinese, Lao)."""

import math
import re

from django.utils.html import strip_tags

from core import languages

WORDS_PER_MINUTE = 200  # for a language outside the table: a rough estimate harms nobody
_LETTERS = re.compile(r"[^\s\d\W]", re.UNICODE)


def reading_minutes(text: str, *, language: str) -> int:
    """At least one minute for any text, none for no text."""
    text = strip_tags(text or "")
    try:
        row = languages.get(language)
        rate, unit = row.reading_rate, row.reading_unit
    except languages.UnknownLanguage:
        rate, unit = WORDS_PER_MINUTE, "words"
    if unit == "characters":
        units = len(_LETTERS.findall(text)) / rate
    else:
        units = len(text.split()) / rate
    return max(1, math.ceil(units)) if text.strip() else 0


def stream_text(stream) -> str:
    """The readable text of a story body: rich text, quotes, captions."""
    parts = []
    for child in stream or []:
        value = child.value
        if hasattr(value, "source"):
            parts.append(value.source)
        elif hasattr(value, "items"):
            parts.extend(
                item.source if hasattr(item, "source") else item
                for item in value.values()
                if isinstance(item, str) or hasattr(item, "source")
            )
    return " ".join(parts)
