"""Harvest and production seasons, stored as a 12-bit month mask (bit 0 = January).

A mask lets the catalogue and search filter in SQL (`in_season_condition`); the neutral mask
helpers live in core.months, the product rules (pre-order, the page's season status) here.
"""

import datetime
from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.months import ALL_YEAR_MASK, in_month_condition, mask_from_months, month_bit, months_from_mask  # noqa: F401 the catalogue's names for them

PRE_ORDER_MONTHS_AHEAD = 2

MONTH_NAMES = {
    1: _("January"),
    2: _("February"),
    3: _("March"),
    4: _("April"),
    5: _("May"),
    6: _("June"),
    7: _("July"),
    8: _("August"),
    9: _("September"),
    10: _("October"),
    11: _("November"),
    12: _("December"),
}


class SeasonState(models.TextChoices):
    ALL_YEAR = "all_year", _("Available all year")
    IN_SEASON = "in_season", _("In season")
    PRE_ORDER = "pre_order", _("Pre-order")
    OUT_OF_SEASON = "out_of_season", _("Out of season")


@dataclass(frozen=True)
class SeasonStatus:
    state: SeasonState
    starts_in_month: int | None = None  # for PRE_ORDER: the month the season opens

    @property
    def label(self):
        if self.state == SeasonState.PRE_ORDER:
            return gettext("Pre-order: harvest from %(month)s") % {"month": MONTH_NAMES[self.starts_in_month]}
        return self.state.label


def in_season_condition(month):
    """For filter() or When(): rows whose `season_mask` includes `month`."""
    return in_month_condition(month, "season_mask")


def season_status(*, season_mask: int, today: datetime.date) -> SeasonStatus | None:
    """What a product page says about its season on `today`; None when no month is ticked.

    Pre-order applies when the season is closed now but opens within the next two months.
    """
    if not season_mask:
        return None
    if season_mask & ALL_YEAR_MASK == ALL_YEAR_MASK:
        return SeasonStatus(SeasonState.ALL_YEAR)
    if season_mask & month_bit(today.month):
        return SeasonStatus(SeasonState.IN_SEASON)
    for ahead in range(1, PRE_ORDER_MONTHS_AHEAD + 1):
        month = (today.month - 1 + ahead) % 12 + 1
        if season_mask & month_bit(month):
            return SeasonStatus(SeasonState.PRE_ORDER, starts_in_month=month)
    return SeasonStatus(SeasonState.OUT_OF_SEASON)


def season_calendar(*, season_mask: int, today: datetime.date):
    """Twelve (month number, name, in season?, is this month?) rows for the page's calendar."""
    return [
        (month, MONTH_NAMES[month], bool(season_mask & month_bit(month)), month == today.month)
        for month in range(1, 13)
    ]
