"""Checkout: server-side prices, holds, delivery fees, PaymentIntents in VND against localstripe."""

import datetime

import pytest
from django.utils import timezone

from storefront.checkout import CheckoutError, ensure_payment, start_checkout
from storefront.inventory import release_expired_holds
from storefront.models import DeliveryRate, Order, OrderStatus, StockHold, StockLevel
from storefront.payments import stripe_client
from tests.servers import free_port
from tests.storefront.factories import checkout_details, make_cart, make_shop

VN_ADDRESS = {
    "delivery_method": "delivery",
    "address_kind": "vietnam",
    "street": "xóm Pác Rằng",
    "commune": "xã Phúc Sen",
    "province": "Cao Bằng",
}


def _stock(variant):
    return StockLevel.objects.get(variant=variant).quantity


def test_checkout_holds_stock_and_snapshots_lines(home_page):
    variant = make_shop(home_page, stock=5, price=185000)
    order = start_checkout(cart=make_cart((variant, 2)), details=checkout_details())

    assert _stock(variant) == 3
    assert order.status == OrderStatus.PENDING and order.total_vnd == 370000
    line = order.lines.get()
    assert (line.kind, line.unit_price_vnd, line.quantity, line.label, line.variant) == (
        "product",
        185000,
        2,
        "500 g",
        variant,
    )
    assert order.status_changes.get().to_status == OrderStatus.PENDING
    assert order.hold_expires_at - timezone.now() > datetime.timedelta(minutes=19)


def test_a_later_price_change_does_not_touch_the_order(home_page):
    variant = make_shop(home_page, stock=5, price=185000)
    order = start_checkout(cart=make_cart((variant, 1)), details=checkout_details())

    type(variant).objects.filter(pk=variant.pk).update(price_vnd=1)

    assert order.lines.get().unit_price_vnd == 185000


def test_delivery_fee_by_weight_and_zone(home_page):
    variant = make_shop(home_page, stock=20, price=100000)  # 500 g each
    DeliveryRate.objects.create(zone="cao_bang", max_weight_grams=1000, fee_vnd=20000)
    DeliveryRate.objects.create(zone="cao_bang", max_weight_grams=5000, fee_vnd=35000)
    DeliveryRate.objects.create(zone="vietnam", max_weight_grams=5000, fee_vnd=50000)

    local = start_checkout(cart=make_cart((variant, 2)), details=checkout_details(**VN_ADDRESS))
    heavier = start_checkout(cart=make_cart((variant, 3)), details=checkout_details(**VN_ADDRESS))
    hanoi = start_checkout(
        cart=make_cart((variant, 3)), details=checkout_details(**{**VN_ADDRESS, "province": "Hà Nội"})
    )
    pickup = start_checkout(cart=make_cart((variant, 3)), details=checkout_details())

    assert (local.delivery_fee_vnd, local.total_vnd) == (20000, 220000)
    assert heavier.delivery_fee_vnd == 35000
    assert (hanoi.delivery_fee_vnd, hanoi.delivery_zone) == (50000, "vietnam")
    assert (pickup.delivery_fee_vnd, pickup.total_vnd) == (0, 300000)
    with pytest.raises(CheckoutError) as error:  # no international rate set
        start_checkout(
            cart=make_cart((variant, 1)),
            details=checkout_details(
                delivery_method="delivery",
                address_kind="international",
                country="France",
                address_lines="1 rue X, Paris",
            ),
        )
    assert error.value.code == "no_delivery_rate"


def test_sold_out_at_checkout_holds_nothing(home_page):
    variant = make_shop(home_page, stock=2)

    with pytest.raises(CheckoutError) as error:
        start_checkout(cart=make_cart((variant, 3)), details=checkout_details())

    assert error.value.code == "sold_out"
    assert "đã hết hàng" in error.value.message  # the active language, Vietnamese
    assert _stock(variant) == 2 and not StockHold.objects.exists() and not Order.objects.exists()


def test_starting_again_reuses_the_order_and_renews_its_holds(home_page):
    variant = make_shop(home_page, stock=5)
    cart = make_cart((variant, 2))
    first = start_checkout(cart=cart, details=checkout_details())

    again = start_checkout(
        cart=cart, details=checkout_details(name="Lan"), now=timezone.now() + datetime.timedelta(minutes=10)
    )

    assert again.pk == first.pk and again.name == "Lan"
    assert _stock(variant) == 3
    assert StockHold.objects.filter(released_at__isnull=True).get().expires_at > first.hold_expires_at


def test_a_changed_cart_cancels_the_old_order_and_frees_its_stock(home_page):
    variant = make_shop(home_page, stock=5)
    cart = make_cart((variant, 2))
    first = start_checkout(cart=cart, details=checkout_details())
    cart.lines.update(quantity=1)

    second = start_checkout(cart=cart, details=checkout_details())

    first.refresh_from_db()
    assert first.status == OrderStatus.CANCELLED and second.pk != first.pk
    assert _stock(variant) == 4


def test_expired_holds_are_released(home_page):
    variant = make_shop(home_page, stock=5)
    start_checkout(cart=make_cart((variant, 2)), details=checkout_details())

    assert release_expired_holds(now=timezone.now()) == 0
    assert release_expired_holds(now=timezone.now() + datetime.timedelta(minutes=21)) == 1
    assert _stock(variant) == 5
    assert release_expired_holds(now=timezone.now() + datetime.timedelta(minutes=21)) == 0


def test_expired_holds_are_released_lazily_when_stock_is_taken(home_page):
    variant = make_shop(home_page, stock=2)
    start_checkout(
        cart=make_cart((variant, 2)), details=checkout_details(), now=timezone.now() - datetime.timedelta(minutes=30)
    )
    assert _stock(variant) == 0

    order = start_checkout(cart=make_cart((variant, 2)), details=checkout_details())

    assert order.stock_holds.get().quantity == 2
    assert _stock(variant) == 0
    assert StockHold.objects.filter(released_at__isnull=False).count() == 1


def test_release_command(home_page):
    from django.core.management import call_command

    variant = make_shop(home_page, stock=2)
    start_checkout(
        cart=make_cart((variant, 2)), details=checkout_details(), now=timezone.now() - datetime.timedelta(minutes=30)
    )

    call_command("release_expired_holds")

    assert _stock(variant) == 2


def test_forged_prices_are_ignored_and_stripe_gets_the_server_total(client, home_page, stripe_settings):
    variant = make_shop(home_page, stock=5, price=185000)
    client.post("/en/cart/add/", {"variant": variant.pk, "quantity": "2", "price": "1", "price_vnd": "1"})

    response = client.post(
        "/en/checkout/",
        {
            "name": "Lan",
            "email": "lan@example.com",
            "phone": "0912",
            "delivery_method": "pickup",
            "address_kind": "vietnam",
            "accept_terms": True,
            "price": "1",
            "unit_price_vnd": "1",
            "total": "1",
            "total_vnd": "1",
            "amount": "1",
            "currency": "usd",
        },
    )

    order = Order.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/en/orders/{order.token}/pay/"
    intent = stripe_client.retrieve_payment_intent(order.provider_payment_id)
    assert (intent.amount, intent.currency) == (370000, "vnd") == (order.total_vnd, "vnd")
    assert order.language == "en"
    assert order.payments.get().amount == 370000


def test_pay_page_offers_stripe_js_with_the_intent(client, home_page, stripe_settings):
    variant = make_shop(home_page, stock=5)
    order = start_checkout(cart=make_cart((variant, 1)), details=checkout_details())

    html = client.get(f"/en/orders/{order.token}/pay/").content.decode()

    order.refresh_from_db()
    assert stripe_settings.STRIPE_JS_URL in html
    assert (
        f'data-client-secret="{stripe_client.retrieve_payment_intent(order.provider_payment_id).client_secret}"' in html
    )


def test_checkout_pays_through_the_default_gateway_and_the_pay_page_shows_its_form(client, home_page, payments):
    """The web and API checkouts, and the pay page, know no provider: each gateway brings its own form and data."""
    from storefront.models import Payment

    variant = make_shop(home_page, stock=5)
    client.post("/en/cart/add/", {"variant": variant.pk, "quantity": "1"})

    response = client.post(
        "/en/checkout/",
        {
            "name": "Lan",
            "email": "lan@example.com",
            "phone": "0912",
            "delivery_method": "pickup",
            "address_kind": "vietnam",
            "accept_terms": True,
        },
    )
    html = client.get(response["Location"]).content.decode()

    order = Order.objects.get()
    payment = Payment.objects.get()
    assert (order.payment_provider, payment.provider, payment.provider_payment_id) == (
        payments.name,
        payments.name,
        order.provider_payment_id,
    )
    assert (payment.amount, payment.currency) == (order.total_vnd, "vnd")
    expected = {
        "stripe": 'id="payment-form" data-client-secret="',
        "fake": f'id="fake-pay" href="http://127.0.0.1:9/fake-pay/{payment.provider_payment_id}"',
    }
    assert expected[payments.name] in html


def test_the_api_checkout_answers_what_the_gateway_needs(client, home_page, payments):
    variant = make_shop(home_page, stock=5)
    token = client.post("/api/v1/carts/", content_type="application/json").json()["token"]
    client.post(
        f"/api/v1/carts/{token}/products/", {"variant": variant.pk, "quantity": 1}, content_type="application/json"
    )

    checkout = client.post(
        f"/api/v1/carts/{token}/checkout/",
        {"name": "Lan", "email": "lan@example.com", "phone": "0912", "delivery_method": "pickup", "accept_terms": True},
        content_type="application/json",
    )

    payment = checkout.json()["payment"]
    assert checkout.status_code == 201 and payment["provider"] == payments.name
    assert payment["provider_payment_id"] == Order.objects.get().provider_payment_id and payment["currency"] == "vnd"
    if payments.name == "stripe":
        assert payment["client_secret"].startswith(payment["payment_intent_id"]) and payment["publishable_key"]
    else:
        assert payment["redirect_url"].endswith(payment["provider_payment_id"])


def test_double_click_makes_one_payment_intent(client, home_page, stripe_settings):
    variant = make_shop(home_page, stock=5)
    cart = make_cart((variant, 1))

    intents = set()
    for _ in range(2):
        order = start_checkout(cart=cart, details=checkout_details())
        intents.add(ensure_payment(order=order).provider_payment_id)

    assert len(intents) == 1 and Order.objects.count() == 1


def test_stripe_unreachable_keeps_cart_and_holds(client, home_page, settings):
    settings.STRIPE_API_BASE = f"http://127.0.0.1:{free_port()}"
    settings.STRIPE_MAX_NETWORK_RETRIES = 0
    variant = make_shop(home_page, stock=5)
    client.post("/en/cart/add/", {"variant": variant.pk, "quantity": "2"})

    response = client.post(
        "/en/checkout/",
        {
            "name": "Lan",
            "email": "lan@example.com",
            "phone": "0912",
            "delivery_method": "pickup",
            "address_kind": "vietnam",
            "accept_terms": True,
        },
    )

    assert response.status_code == 503
    assert "The payment service is unavailable right now" in response.content.decode()
    assert client.get("/en/cart/badge/").json()["count"] == 2
    assert _stock(variant) == 3 and Order.objects.get().provider_payment_id is None


def test_checkout_form_requires_a_vietnamese_address_without_district(client, home_page):
    variant = make_shop(home_page, stock=5)
    client.post("/en/cart/add/", {"variant": variant.pk, "quantity": "1"})

    response = client.post(
        "/en/checkout/",
        {
            "name": "Lan",
            "email": "lan@example.com",
            "phone": "0912",
            "delivery_method": "delivery",
            "address_kind": "vietnam",
            "accept_terms": True,
        },
    )

    html = response.content.decode()
    assert response.status_code == 400 and not Order.objects.exists()
    assert 'name="commune"' in html and 'name="district"' not in html


@pytest.mark.parametrize(
    ("number", "status", "expected"), [("4242424242424242", 200, "succeeded"), ("4000000000000341", 402, None)]
)
def test_offline_demo_card_pays_through_localstripe(client, home_page, stripe_settings, number, status, expected):
    stripe_settings.STRIPE_OFFLINE_DEMO = True
    variant = make_shop(home_page, stock=5)
    order = start_checkout(cart=make_cart((variant, 1)), details=checkout_details())
    ensure_payment(order=order)
    card = {"number": number, "exp_month": "12", "exp_year": "2030", "cvc": "123"}

    response = client.post(f"/en/orders/{order.token}/demo-card/", card, content_type="application/json")

    assert response.status_code == status
    if expected:
        assert response.json()["status"] == expected
    else:
        assert response.json()["error"]
    order.refresh_from_db()
    assert order.status == OrderStatus.PENDING  # only the webhook makes it paid


def test_offline_demo_card_is_off_outside_the_demo(client, home_page, stripe_settings):
    variant = make_shop(home_page, stock=5)
    order = start_checkout(cart=make_cart((variant, 1)), details=checkout_details())

    response = client.post(f"/en/orders/{order.token}/demo-card/", {}, content_type="application/json")

    assert response.status_code == 404
