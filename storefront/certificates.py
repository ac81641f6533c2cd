"""OCOP certificates: valid for 36 months from the issue date (QĐ 148/QĐ-TTg, 2023).

A lapsed certificate is shown as lapsed, never as current: stars can lapse or be re-rated.
"""

import calendar
import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _

VALIDITY_MONTHS = 36


class CertificateState(models.TextChoices):
    CURRENT = "current", _("Current")
    LAPSED = "lapsed", _("Lapsed")


def add_months(day: datetime.date, months: int) -> datetime.date:
    """The same day `months` later, clamped to the month's end (29 Feb + 12 months → 28 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def certificate_valid_until(*, issued_on: datetime.date) -> datetime.date:
    """The last day the certificate is valid: the day before its 36-month anniversary."""
    return add_months(issued_on, VALIDITY_MONTHS) - datetime.timedelta(days=1)


def certificate_state(*, issued_on: datetime.date | None, today: datetime.date) -> CertificateState | None:
    """CURRENT through the last valid day, LAPSED after it; None without an issue date."""
    if issued_on is None:
        return None
    if today <= certificate_valid_until(issued_on=issued_on):
        return CertificateState.CURRENT
    return CertificateState.LAPSED
