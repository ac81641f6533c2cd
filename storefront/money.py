"""The display currencies a visitor may choose, beside the VND they pay.

Formatting (separators, symbol side, per language) is core.money's, driven by core.languages;
this module knows only which currencies exist, their symbols and how many decimals each shows.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from core import money

DISPLAY_CURRENCY_COOKIE = "display_currency"


class DisplayCurrency(models.TextChoices):
    USD = "USD", _("US dollar")
    CNY = "CNY", _("Chinese yuan")
    LAK = "LAK", _("Lao kip")


_SYMBOLS = {DisplayCurrency.USD: "US$", DisplayCurrency.CNY: "CN¥", DisplayCurrency.LAK: "₭"}
_DECIMAL_PLACES = {DisplayCurrency.USD: 2, DisplayCurrency.CNY: 2, DisplayCurrency.LAK: 0}


def convert_from_vnd(*, amount_vnd, vnd_per_unit, currency):
    """The amount in `currency`, rounded to what that currency shows (cents for USD and CNY, whole kip)."""
    currency = DisplayCurrency(currency)
    return money.convert_from_vnd(amount_vnd=amount_vnd, vnd_per_unit=vnd_per_unit, places=_DECIMAL_PLACES[currency])


def format_approximate(*, amount_vnd, currency, vnd_per_unit, language):
    """ "≈ US$4.75" (en) or "≈ 4,75 US$" (vi): always marked approximate, never a price to pay."""
    currency = DisplayCurrency(currency)
    return money.format_approximate(
        amount_vnd=amount_vnd,
        symbol=_SYMBOLS[currency],
        places=_DECIMAL_PLACES[currency],
        vnd_per_unit=vnd_per_unit,
        language=language,
    )


def parse_display_currency(value):
    """A DisplayCurrency from a cookie or query value, or None (show VND only)."""
    try:
        return DisplayCurrency(value)
    except ValueError:
        return None
