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


# What can be sold as in stock today: a closed season is not, whatever the stock says (a
# pre-order is the producer's to open, not the shop's to assume).
SELLABLE_STATES = frozenset({SeasonState.ALL_YEAR, SeasonState.IN_SEASON})


@dataclass(frozen=True)
class SeasonStatus:
    state: SeasonState
    starts_in_month: int | None = None  # for PRE_ORDER: the month the season opens
    back_in_month: int | None = None  # for PRE_ORDER and OUT_OF_SEASON: the next month in season

    @property
    def label(self):
        if self.state == SeasonState.PRE_ORDER:
            return gettext("Pre-order: harvest from %(month)s") % {"month": MONTH_NAMES[self.starts_in_month]}
        return self.state.label

    @property
    def sellable(self):
        return self.state in SELLABLE_STATES

    @property
    def closed_label(self):
        """ "Out of season, back in March" for a closed season, "" for one that sells."""
        if self.sellable or self.back_in_month is None:
            return ""
        return gettext("Out of season, back in %(month)s") % {"month": MONTH_NAMES[self.back_in_month]}

    @property
    def badge_label(self):
        """The catalogue card's season badge."""
        if self.state == SeasonState.ALL_YEAR:
            return gettext("All year")
        if self.state == SeasonState.IN_SEASON:
            return gettext("In season")
        return self.closed_label


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
    back_in = next_season_month(season_mask=season_mask, after=today.month)
    if back_in is not None and (back_in - today.month) % 12 <= PRE_ORDER_MONTHS_AHEAD:
        return SeasonStatus(SeasonState.PRE_ORDER, starts_in_month=back_in, back_in_month=back_in)
    return SeasonStatus(SeasonState.OUT_OF_SEASON, back_in_month=back_in)


def next_season_month(*, season_mask: int, after: int) -> int | None:
    """The first month after `after` (wrapping round the year) whose bit is set, or None."""
    for ahead in range(1, 13):
        month = (after - 1 + ahead) % 12 + 1
        if season_mask & month_bit(month):
            return month
    return None


def sellable_on(*, season_mask: int, today: datetime.date) -> bool:
    """May the product be sold from stock on `today`? Yes without season months or in season."""
    status = season_status(season_mask=season_mask, today=today)
    return status is None or status.sellable


def opened_on(*, season_mask: int, today: datetime.date) -> bool:
    """Is the season open on `today` (alerts are sent then): in season or all year."""
    status = season_status(season_mask=season_mask, today=today)
    return status is not None and status.sellable


def season_calendar(*, season_mask: int, today: datetime.date):
    """Twelve (month number, name, in season?, is this month?) rows for the page's calendar."""
    return [
        (month, MONTH_NAMES[month], bool(season_mask & month_bit(month)), month == today.month)
        for month in range(1, 13)
    ]
