"""A page's slug in each language: plain ASCII, made from that language's title (docs/languages.md, "Slugs").

Vietnamese and English go through unidecode (đ → d, no diacritics); Chinese becomes toneless pinyin
(unidecode's table). Lao is romanised here: unidecode and laonlp read Lao letter by letter and write
its vowels that stand before a consonant in the wrong place ("ເລື່ອງ" → "elyy`ng"), so a syllable is
read as a whole — leading vowel, consonant, vowel signs, final consonant — and spelt the way Lao
place names are commonly romanised ("ເລື່ອງເລົ່າ" → "lueang-lao").
"""

import re
import unicodedata

from django.utils.text import slugify
from unidecode import unidecode

CLEAN_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

_LAO_INITIALS = {
    "ກ": "k", "ຂ": "kh", "ຄ": "kh", "ງ": "ng", "ຈ": "ch", "ສ": "s", "ຊ": "s", "ຍ": "ny", "ດ": "d",
    "ຕ": "t", "ຖ": "th", "ທ": "th", "ນ": "n", "ບ": "b", "ປ": "p", "ຜ": "ph", "ຝ": "f", "ພ": "ph",
    "ຟ": "f", "ມ": "m", "ຢ": "y", "ຣ": "r", "ລ": "l", "ວ": "v", "ຫ": "h", "ອ": "", "ຮ": "h",
    "ໜ": "n", "ໝ": "m",
}  # fmt: skip
_LAO_FINALS = {"ກ": "k", "ງ": "ng", "ດ": "t", "ນ": "n", "ບ": "p", "ມ": "m", "ຍ": "y", "ວ": "o"}
_LAO_LEADING = "ເແໂໃໄ"
_LAO_TONES = "\u0ec8\u0ec9\u0eca\u0ecb\u0ecc"
# Leading vowel + the signs and letters after the consonant → the vowel's spelling. Longest first.
_LAO_VOWELS = {
    ("ເ", "ືອ"): "uea", ("ເ", "ຶອ"): "uea", ("ເ", "ົາ"): "ao", ("ເ", "າ"): "ao", ("ເ", "ຍ"): "ia",
    ("ເ", "ີ"): "oe", ("ເ", "ິ"): "oe", ("ເ", "ະ"): "e", ("ເ", "ັ"): "e", ("ເ", ""): "e",
    ("ແ", "ະ"): "ae", ("ແ", "ັ"): "ae", ("ແ", ""): "ae", ("ໂ", "ະ"): "o", ("ໂ", ""): "o",
    ("ໃ", ""): "ai", ("ໄ", ""): "ai",
    ("", "ົວ"): "ua", ("", "ັວ"): "ua", ("", "ວ"): "ua", ("", "ຽ"): "ia", ("", "ັຽ"): "ia",
    ("", "ະ"): "a", ("", "ັ"): "a", ("", "າ"): "a", ("", "ຳ"): "am", ("", "ິ"): "i", ("", "ີ"): "i",
    ("", "ຶ"): "ue", ("", "ື"): "ue", ("", "ຸ"): "u", ("", "ູ"): "u", ("", "ົ"): "o", ("", "ໍ"): "o",
    ("", "ອ"): "o", ("", "ໍາ"): "am",
}  # fmt: skip
_LAO_VOWEL_TAILS = sorted({tail for _lead, tail in _LAO_VOWELS if tail}, key=len, reverse=True)
_LAO_SILENT_H = set("ງຍນມລວ")  # ຫ before these only marks the tone


def _is_lao(char):
    return "\u0e80" <= char <= "\u0eff"


def romanise_lao(text):
    """Romanise the Lao runs of `text`; other characters pass through."""
    text = "".join(c for c in unicodedata.normalize("NFC", text) if c not in _LAO_TONES)
    text = text.replace("\u0eb3", "\u0ecd\u0eb2")  # ຳ written as its two parts, one spelling to match
    out, i = [], 0
    while i < len(text):
        char = text[i]
        if not _is_lao(char):
            out.append(char)
            i += 1
            continue
        lead = ""
        if char in _LAO_LEADING:
            lead, i = char, i + 1
        if i >= len(text) or text[i] not in _LAO_INITIALS:
            out.append(" ")  # a sign without its consonant: a syllable break, not a letter
            i += 1 if not lead else 0
            continue
        consonant = text[i]
        if consonant == "ຫ" and i + 1 < len(text) and text[i + 1] in _LAO_SILENT_H:
            i += 1
            consonant = text[i]
        initial = _LAO_INITIALS[consonant]
        i += 1
        if i < len(text) and text[i] == "ຼ":  # subscript lo: ຫຼ reads l
            initial, i = (initial + "l") if initial != "h" else "l", i + 1
        tail = next((t for t in _LAO_VOWEL_TAILS if text.startswith(t, i) and (lead, t) in _LAO_VOWELS), "")
        vowel = _LAO_VOWELS.get((lead, tail), _LAO_VOWELS.get((lead, "")) if lead else "")
        i += len(tail)
        if not lead and not tail:
            vowel = "o"  # a closed syllable with no written vowel: ຄົນ-like "kon" spelt ຄນ
        final = ""
        if i < len(text) and text[i] in _LAO_FINALS and not tail.endswith("ະ"):
            after = text[i + 1] if i + 1 < len(text) else ""
            # A final consonant is not followed by a vowel of its own.
            if not after or (unicodedata.category(after) != "Mn" and after not in "າະຽອວຼ"):
                final = _LAO_FINALS[text[i]]
                i += 1
        if not tail and not lead and not final:
            vowel = "o"
        out.append(" " + initial + vowel + final)
    return re.sub(r" +", " ", "".join(out)).strip()


def make_slug(text, language):
    """An ASCII slug for `text` written in `language` (a Django code: vi, en, lo, zh-hans)."""
    if language == "lo":
        text = romanise_lao(text)
    # unidecode: đ → d, ơ → o; Chinese characters → pinyin syllables separated by spaces.
    return slugify(unidecode(text or ""))[:255].strip("-")


def is_clean(slug):
    return bool(slug) and CLEAN_SLUG.fullmatch(slug) is not None
