"""Months as a 12-bit mask (bit 0 = January): one integer a database and a search index can test.

Neutral helpers only; what a season means for a product lives in storefront.seasons.
"""

from django.db.models import F
from django.db.models.lookups import GreaterThan

ALL_YEAR_MASK = 0b1111_1111_1111


def month_bit(month):
    if not 1 <= month <= 12:
        raise ValueError(f"month must be 1–12, got {month!r}")
    return 1 << (month - 1)


def mask_from_months(months):
    mask = 0
    for month in months:
        mask |= month_bit(int(month))
    return mask


def months_from_mask(mask):
    return [month for month in range(1, 13) if mask & month_bit(month)]


def in_month_condition(month, field="season_mask"):
    """For filter() or When(): rows whose month mask in `field` (a column or an annotation) includes `month`."""
    return GreaterThan(F(field).bitand(month_bit(month)), 0)
