from storefront.views.cart import (
    add_to_cart,
    apply_voucher,
    cart_badge,
    cart_page,
    remove_cart_line,
    update_cart_line,
)
from storefront.views.checkout import checkout_page, offline_demo_card, order_page, pay_page
from storefront.views.currency import set_display_currency
from storefront.views.payment_webhooks import payment_webhook, stripe_webhook
from storefront.views.season_alerts import season_alert_email, season_alert_sign_up

__all__ = [
    "add_to_cart",
    "apply_voucher",
    "cart_badge",
    "cart_page",
    "checkout_page",
    "offline_demo_card",
    "order_page",
    "pay_page",
    "payment_webhook",
    "remove_cart_line",
    "season_alert_email",
    "season_alert_sign_up",
    "set_display_currency",
    "stripe_webhook",
    "update_cart_line",
]
