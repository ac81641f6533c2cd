"""Prices as visitors read them. Payment is always in whole đồng (VND has no minor unit).

Conventions per language:
- vi: "125.000 ₫" (dot groups, symbol after, as on Vietnamese receipts).
- en, zh-hans: "₫125,000" (comma groups, symbol first).
- lo: "125.000 ₫". Lao writing groups thousands with a dot like Vietnamese, and Lao buyers
  crossing the border read this form on Vietnamese packaging and receipts.
The approximate amount in a display currency follows the same separators and symbol side.
"""
from decimal import ROUND_HALF_UP, Decimal

from django.db import models
from django.utils.translation import gettext_lazy as _

DISPLAY_CURRENCY_COOKIE = "display_currency"

# (group separator, decimal separator, symbol first?)
_CONVENTIONS = {
    "vi": (".", ",", False),
    "lo": (".", ",", False),
    "en": (",", ".", True),
    "zh-hans": (",", ".", True),
}


class DisplayCurrency(models.TextChoices):
    USD = "USD", _("US dollar")
    CNY = "CNY", _("Chinese yuan")
    LAK = "LAK", _("Lao kip")


_SYMBOLS = {DisplayCurrency.USD: "US$", DisplayCurrency.CNY: "CN¥", DisplayCurrency.LAK: "₭"}
_DECIMAL_PLACES = {DisplayCurrency.USD: 2, DisplayCurrency.CNY: 2, DisplayCurrency.LAK: 0}


def format_vnd(amount, language):
    """format_vnd(125000, "vi") → "125.000 ₫"; format_vnd(125000, "en") → "₫125,000"."""
    group, decimal, symbol_first = _conventions(language)
    number = _format_number(Decimal(int(amount)), places=0, group=group, decimal=decimal)
    return f"₫{number}" if symbol_first else f"{number} ₫"


def convert_from_vnd(*, amount_vnd, vnd_per_unit, currency):
    """The amount in `currency`, rounded to what that currency shows (cents for USD and CNY, whole kip)."""
    places = _DECIMAL_PLACES[currency]
    return (Decimal(amount_vnd) / Decimal(vnd_per_unit)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def format_approximate(*, amount_vnd, currency, vnd_per_unit, language):
    """"≈ US$4.75" (en) or "≈ 4,75 US$" (vi): always marked approximate, never a price to pay."""
    currency = DisplayCurrency(currency)
    if not vnd_per_unit or vnd_per_unit <= 0:
        return ""
    group, decimal, symbol_first = _conventions(language)
    value = convert_from_vnd(amount_vnd=amount_vnd, vnd_per_unit=vnd_per_unit, currency=currency)
    number = _format_number(value, places=_DECIMAL_PLACES[currency], group=group, decimal=decimal)
    symbol = _SYMBOLS[currency]
    return f"≈ {symbol}{number}" if symbol_first else f"≈ {number} {symbol}"


def parse_display_currency(value):
    """A DisplayCurrency from a cookie or query value, or None (show VND only)."""
    try:
        return DisplayCurrency(value)
    except ValueError:
        return None


def _conventions(language):
    return _CONVENTIONS.get(language or "vi", _CONVENTIONS["vi"])


def _format_number(value, *, places, group, decimal):
    text = f"{value:,.{places}f}"  # Python's form: "1,234.56"
    return text.replace(",", "\0").replace(".", decimal).replace("\0", group)
