from django.urls import path

from storefront import views

app_name = "storefront"

urlpatterns = [
    path("cart/", views.cart_page, name="cart"),
    path("cart/add/", views.add_to_cart, name="cart_add"),
    path("cart/badge/", views.cart_badge, name="cart_badge"),
    path("cart/lines/<int:line_id>/", views.update_cart_line, name="cart_update"),
    path("cart/lines/<int:line_id>/remove/", views.remove_cart_line, name="cart_remove"),
    path("cart/voucher/", views.apply_voucher, name="cart_voucher"),
    path("season-alerts/", views.season_alert_sign_up, name="season_alert"),
    path("season-alerts/email/", views.season_alert_email, name="season_alert_email"),
    path("checkout/", views.checkout_page, name="checkout"),
    path("orders/<str:token>/pay/", views.pay_page, name="pay"),
    path("orders/<str:token>/demo-card/", views.offline_demo_card, name="offline_demo_card"),
    path("orders/<str:token>/", views.order_page, name="order"),
]
