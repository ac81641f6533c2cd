"""Prices as visitors read them, formatted by the language table. Payment is always in whole đồng
(VND has no minor unit).

Each language's row in core.languages gives the group and decimal separators and which side the
symbol goes: "125.000 ₫" (vi, lo), "₫125,000" (en, zh-hans). The approximate amount in a display
currency follows the same separators and symbol side.

A language outside the table raises core.languages.UnknownLanguage (None included): a caller
with no language must say which one it means, rather than get Vietnamese formatting by accident.
"""

from decimal import ROUND_HALF_UP, Decimal

from core import languages
from core.languages import UnknownLanguage

__all__ = ["UnknownLanguage", "convert_from_vnd", "format_approximate", "format_number", "format_vnd"]

VND_SYMBOL = "₫"


def format_vnd(amount, language):
    """format_vnd(125000, "vi") → "125.000 ₫"; format_vnd(125000, "en") → "₫125,000"."""
    money = languages.get(language).money
    number = format_number(Decimal(int(amount)), places=0, language=language)
    return f"{VND_SYMBOL}{number}" if money.symbol_first else f"{number} {VND_SYMBOL}"


def convert_from_vnd(*, amount_vnd, vnd_per_unit, places):
    """The amount in a currency worth `vnd_per_unit` đồng, rounded to `places` decimals."""
    return (Decimal(amount_vnd) / Decimal(vnd_per_unit)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def format_approximate(*, amount_vnd, symbol, places, vnd_per_unit, language):
    """ "≈ US$4.75" (en) or "≈ 4,75 US$" (vi): always marked approximate, never a price to pay."""
    money = languages.get(language).money
    if not vnd_per_unit or vnd_per_unit <= 0:
        return ""
    value = convert_from_vnd(amount_vnd=amount_vnd, vnd_per_unit=vnd_per_unit, places=places)
    number = format_number(value, places=places, language=language)
    return f"≈ {symbol}{number}" if money.symbol_first else f"≈ {number} {symbol}"


def format_number(value, *, places, language):
    """1234.5 → "1.234,50" (vi) or "1,234.50" (en), with the language's separators."""
    money = languages.get(language).money
    text = f"{value:,.{places}f}"  # Python's form: "1,234.56"
    return text.replace(",", "\0").replace(".", "\1").replace("\0", money.group).replace("\1", money.decimal)
