"""Real threads on PostgreSQL: a cart changed while it is checked out never leaves an order selling the old cart."""

import pytest

from storefront import cart as carts
from storefront.checkout import start_checkout
from storefront.models import Order, OrderStatus, StockHold
from tests.storefront.factories import checkout_details, make_cart, make_shop
from tests.storefront.test_concurrency import run_at_once

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_a_cart_change_during_a_checkout_cancels_the_order_or_is_in_it(home_page):
    variant = make_shop(home_page, stock=50)
    for quantity in range(1, 6):  # the race goes either way: try a few times
        cart = make_cart((variant, quantity))
        start_checkout(cart=cart, details=checkout_details())  # the buyer went back from the pay page

        def work(index):
            if index == 0:
                return start_checkout(cart=cart, details=checkout_details()).pk
            return carts.set_quantity(cart=cart, source="product", reference=str(variant.pk), quantity=quantity + 1)

        results = run_at_once(2, work)

        assert not any(isinstance(result, Exception) for result in results), results
        pending = list(Order.objects.filter(cart=cart, status=OrderStatus.PENDING))
        assert len(pending) <= 1
        held = sum(
            StockHold.objects.filter(order__cart=cart, released_at__isnull=True).values_list("quantity", flat=True)
        )
        if pending:  # checked out after the change: it sells the cart as it is now
            assert pending[0].lines.get().quantity == quantity + 1 == held
        else:
            assert held == 0
