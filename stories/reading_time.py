"""Minutes to read a story: words / 200, or characters / a reading rate for scripts without spaces."""
import math
import re

from django.utils.html import strip_tags

WORDS_PER_MINUTE = 200
# Chinese and Lao are written without spaces between words: count characters instead.
CHARACTERS_PER_MINUTE = {"zh-hans": 300, "lo": 400}
_LETTERS = re.compile(r"[^\s\d\W]", re.UNICODE)


def reading_minutes(text: str, *, language: str) -> int:
    """At least one minute for any text, none for no text."""
    text = strip_tags(text or "")
    if language in CHARACTERS_PER_MINUTE:
        units = len(_LETTERS.findall(text)) / CHARACTERS_PER_MINUTE[language]
    else:
        units = len(text.split()) / WORDS_PER_MINUTE
    return max(1, math.ceil(units)) if text.strip() else 0


def stream_text(stream) -> str:
    """The readable text of a story body: rich text, quotes, captions."""
    parts = []
    for child in stream or []:
        value = child.value
        if hasattr(value, "source"):
            parts.append(value.source)
        elif hasattr(value, "items"):
            parts.extend(item.source if hasattr(item, "source") else item for item in value.values() if isinstance(item, str) or hasattr(item, "source"))
    return " ".join(parts)
