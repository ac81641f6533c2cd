"""Real threads on PostgreSQL: a single-use voucher code is redeemed by exactly one of five checkouts."""

import datetime

import pytest
from django.utils import timezone, translation

from storefront.checkout import CheckoutError, start_checkout
from storefront.models import Order, StockHold, StockLevel, Voucher, VoucherRedemption
from tests.storefront.factories import checkout_details, make_cart, make_shop
from tests.storefront.test_concurrency import run_at_once

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_five_buyers_one_single_use_code_exactly_one_discount(home_page):
    variant = make_shop(home_page, stock=20, price=185000)
    voucher = Voucher.objects.create(
        code="LIVE1",
        kind="amount",
        amount_vnd=50000,
        starts_at=timezone.now() - datetime.timedelta(hours=1),
        max_uses=1,
    )
    carts = [make_cart((variant, 1)) for _ in range(5)]

    def checkout(i):
        with translation.override("vi"):
            details = checkout_details(email=f"buyer{i}@example.com", voucher_code="live1")
            return start_checkout(cart=carts[i], details=details)

    results = run_at_once(5, checkout)

    orders = [r for r in results if isinstance(r, Order)]
    refused = [r for r in results if isinstance(r, CheckoutError)]
    assert len(orders) == 1 and len(refused) == 4, results
    assert {error.code for error in refused} == {"voucher_used_up"}
    assert (orders[0].discount_vnd, orders[0].total_vnd, orders[0].voucher_code) == (50000, 135000, "LIVE1")
    voucher.refresh_from_db()
    assert voucher.used_count == 1
    assert list(VoucherRedemption.objects.values_list("order_id", flat=True)) == [orders[0].pk]
    # The refused checkouts hold nothing and keep their carts.
    assert Order.objects.count() == 1
    assert sum(StockHold.objects.values_list("quantity", flat=True)) == 1
    assert StockLevel.objects.get(variant=variant).quantity == 19
    assert all(cart.lines.count() == 1 for cart in carts)


def test_the_same_cart_checked_out_five_times_at_once_counts_one_use(home_page):
    variant = make_shop(home_page, stock=20, price=185000)
    voucher = Voucher.objects.create(
        code="LIVE2", kind="percent", percent=10, starts_at=timezone.now() - datetime.timedelta(hours=1), max_uses=1
    )
    cart = make_cart((variant, 2))

    results = run_at_once(5, lambda i: start_checkout(cart=cart, details=checkout_details(voucher_code="LIVE2")))

    assert all(isinstance(r, Order) for r in results), results
    assert len({r.pk for r in results}) == 1 and results[0].discount_vnd == 37000
    voucher.refresh_from_db()
    assert voucher.used_count == 1 and VoucherRedemption.objects.count() == 1
