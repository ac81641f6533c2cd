"""Business rules as plain functions: money, seasons, certificates, stock."""

import datetime
from decimal import Decimal

import pytest
from django.utils import translation

from core.money import format_vnd
from storefront.certificates import CertificateState, certificate_state, certificate_valid_until
from storefront.inventory import StockState, stock_status
from storefront.money import format_approximate
from storefront.seasons import ALL_YEAR_MASK, SeasonState, mask_from_months, months_from_mask, season_status


@pytest.mark.parametrize(
    ("language", "expected"),
    [("vi", "125.000 ₫"), ("en", "₫125,000"), ("zh-hans", "₫125,000"), ("lo", "125.000 ₫")],
)
def test_format_vnd_follows_the_language(language, expected):
    assert format_vnd(125000, language) == expected


def test_format_vnd_groups_millions_and_small_amounts():
    assert format_vnd(1250000, "vi") == "1.250.000 ₫"
    assert format_vnd(500, "en") == "₫500"


@pytest.mark.parametrize(
    ("currency", "rate", "language", "expected"),
    [
        ("USD", Decimal("26300"), "en", "≈ US$4.75"),
        ("USD", Decimal("26300"), "vi", "≈ 4,75 US$"),
        ("CNY", Decimal("3650"), "zh-hans", "≈ CN¥34.25"),
        ("LAK", Decimal("1.21"), "lo", "≈ 103.306 ₭"),
    ],
)
def test_approximate_amount_in_display_currency(currency, rate, language, expected):
    assert format_approximate(amount_vnd=125000, currency=currency, vnd_per_unit=rate, language=language) == expected


def test_approximate_amount_is_empty_without_a_usable_rate():
    assert format_approximate(amount_vnd=125000, currency="USD", vnd_per_unit=Decimal("0"), language="en") == ""


def test_certificate_is_valid_36_months_then_lapses():
    issued = datetime.date(2022, 3, 1)

    assert certificate_valid_until(issued_on=issued) == datetime.date(2025, 2, 28)
    assert certificate_state(issued_on=issued, today=datetime.date(2025, 2, 28)) == CertificateState.CURRENT
    assert certificate_state(issued_on=issued, today=datetime.date(2025, 3, 1)) == CertificateState.LAPSED
    assert certificate_state(issued_on=None, today=datetime.date(2025, 3, 1)) is None


def test_certificate_issued_on_leap_day_ends_in_february():
    assert certificate_valid_until(issued_on=datetime.date(2024, 2, 29)) == datetime.date(2027, 2, 27)


def test_month_mask_round_trip():
    mask = mask_from_months([11, 12, 1])
    assert mask == 0b1100_0000_0001
    assert months_from_mask(mask) == [1, 11, 12]
    assert mask_from_months(range(1, 13)) == ALL_YEAR_MASK


@pytest.mark.parametrize(
    ("months", "today", "state", "label"),
    [
        ([11, 12, 1], datetime.date(2026, 12, 5), SeasonState.IN_SEASON, "In season"),
        ([11, 12, 1], datetime.date(2026, 9, 20), SeasonState.PRE_ORDER, "Pre-order: harvest from November"),
        ([11, 12, 1], datetime.date(2026, 10, 1), SeasonState.PRE_ORDER, "Pre-order: harvest from November"),
        ([11, 12, 1], datetime.date(2026, 8, 31), SeasonState.OUT_OF_SEASON, "Out of season"),
        ([1, 2], datetime.date(2026, 11, 15), SeasonState.PRE_ORDER, "Pre-order: harvest from January"),
        (range(1, 13), datetime.date(2026, 6, 1), SeasonState.ALL_YEAR, "Available all year"),
    ],
)
def test_season_status_for_a_given_day(months, today, state, label):
    status = season_status(season_mask=mask_from_months(months), today=today)
    assert status.state == state
    with translation.override("en"):
        assert str(status.label) == label


def test_no_season_months_says_nothing():
    assert season_status(season_mask=0, today=datetime.date(2026, 6, 1)) is None


@pytest.mark.parametrize(
    ("quantity", "state", "label"),
    [
        (0, StockState.SOLD_OUT, "Sold out"),
        (3, StockState.LOW, "Only 3 left"),
        (5, StockState.LOW, "Only 5 left"),
        (6, StockState.IN_STOCK, "In stock"),
    ],
)
def test_stock_status(quantity, state, label):
    status = stock_status(quantity=quantity)
    assert status.state == state
    with translation.override("en"):
        assert str(status.label) == label
