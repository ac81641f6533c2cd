"""A Chinese buyer's order, worked by staff in the Vietnamese admin: one unit refunded and put back
into stock, the rest packed and shipped with a tracking link; the buyer follows it on the order page."""

import time
import uuid

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation

from storefront.checkout import start_checkout
from storefront.models import Order, OrderStatus, ProductVariant, StockLevel
from storefront.payments import stripe_client
from tests.storefront.factories import checkout_details, make_cart

TRACKING = "https://www.vnpost.vn/tra-cuu?key=EB{}VN"


def _paid_chinese_order(viewport):
    variant = (
        ProductVariant.objects.filter(stock__quantity__gte=3, product__live=True)
        .select_related("product")
        .order_by("pk")
        .first()
    )
    with translation.override("zh-hans"):
        order = start_checkout(
            cart=make_cart((variant, 2)),
            details=checkout_details(language="zh-hans", email=f"wang-{viewport}@example.com", name="王芳"),
        )
    intent = stripe_client.create_payment_intent(
        amount=order.total_vnd,
        currency="vnd",
        idempotency_key=uuid.uuid4().hex,
        metadata={},
        payment_method="pm_card_visa",
    )
    Order.objects.filter(pk=order.pk).update(payment_provider="stripe", provider_payment_id=intent.id)
    stripe_client.stripe_client().v1.payment_intents.confirm(intent.id)  # localstripe's webhook marks it paid
    for _ in range(50):
        order.refresh_from_db()
        if order.status == OrderStatus.PAID:
            break
        time.sleep(0.1)
    assert order.status == OrderStatus.PAID
    return order, variant


def test_staff_refund_one_unit_and_ship_the_rest_and_the_buyer_follows_it(make_page, site, viewport):
    order, variant = _paid_chinese_order(viewport)
    line = order.lines.get()
    stock_before = StockLevel.objects.get(variant=variant).quantity
    user = get_user_model().objects.create_superuser(f"thu-{viewport}", f"thu-{viewport}@example.com", "pw")
    user.set_password(f"pw-{user.username}")
    user.save()
    from wagtail.users.models import UserProfile

    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "vi"})

    staff = make_page(locale="vi-VN")
    staff.goto(site + "/admin/login/")
    staff.locator("#id_username").fill(user.username)
    staff.locator("#id_password").fill(f"pw-{user.username}")
    staff.locator("form button[type=submit]").click()
    staff.wait_for_url(site + "/admin/")
    staff.goto(f"{site}/admin/snippets/storefront/order/inspect/{order.pk}/")
    lines_text = staff.locator("tr.order-line").first.inner_text()
    assert variant.product.title_vi in lines_text and line.sku in lines_text  # Vietnamese title, SKU kept

    staff.locator(f"#id_quantity_{line.pk}").fill("1")
    staff.locator(f"#id_restock_{line.pk}").check()
    staff.locator(".refund-form button[type=submit]").click()
    staff.wait_for_load_state()
    assert staff.locator(".messages li.success").count() == 1 and staff.locator(".messages li.error").count() == 0
    staff.locator(f"form[action$='/fulfil/{order.pk}/'] button").click()
    staff.wait_for_load_state()
    ship = staff.locator(f"form[action$='/ship/{order.pk}/']")
    ship.locator("#id_carrier").fill("VNPost")
    ship.locator("#id_tracking_number").fill(f"EB{order.pk}VN")
    ship.locator("#id_tracking_url").fill(TRACKING.format(order.pk))
    ship.locator("button").click()
    staff.wait_for_load_state()
    assert "1" in staff.locator("td.line-refunded").first.inner_text()

    order.refresh_from_db()
    line.refresh_from_db()
    assert (order.status, order.refunded_vnd > 0, line.refunded_quantity, line.restocked_quantity) == (
        OrderStatus.SHIPPED,
        True,
        1,
        1,
    )
    assert StockLevel.objects.get(variant=variant).quantity == stock_before + 1

    buyer = make_page(locale="zh-CN")
    with translation.override("zh-hans"):
        buyer.goto(site + reverse("storefront:order", kwargs={"token": order.token}))
    link = buyer.locator(".order-tracking a")
    assert link.get_attribute("href") == TRACKING.format(order.pk)
    assert buyer.locator(".line-refunded").count() == 1 and buyer.locator("tr.order-refunded").count() == 1
