"""Issue 22 in one story: a Lao buyer on a phone, staff in the Vietnamese admin on a desktop.

An editor creates a voucher; the buyer finds rice sold all year in the Lao catalogue, uses the code,
accepts the terms and pays for two bags by card; signs in by emailed code and finds the order; staff
refund one bag (back into stock) and ship the other with a tracking link; the buyer follows it and
gets both emails in Lao; reviews the rice, a moderator approves it, the product page shows it first
with its aggregateRating; the buyer downloads their data and, the order being shipped, deletes it.
"""

import datetime
import json
import re
import uuid

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.utils import timezone, translation
from wagtail.users.models import UserProfile

from core.money import format_vnd
from reviews.models import Review, ReviewStatus
from storefront.models import Order, OrderStatus, ProductPage, StockLevel, Voucher
from tests.browser.checks import SCRIPTS, assert_no_sideways_overflow, assert_script_drawn
from tests.browser.conftest import new_context
from tests.browser.test_journeys import fill_checkout, order_from, pay_with_test_card, wait_until_paid
from tests.customers.helpers import code_from_mail

LAO = SCRIPTS["lo"]
DISCOUNT = 20_000
# Words of the site's own English msgids; names (Bảo Lạc, OCOP, VNPost) and the demo's deliberately
# untranslated product ("Cao Bằng smoked sausage", storefront/demo_data.py) contain none of them.
ENGLISH = re.compile(
    r"\b(?:the|your|you|and|of|to|for|with|from|order|orders|cart|review|reviews|account|sign|email|code|"
    r"total|refunded|shipped|paid|tracking|carrier|voucher|delete|download|in stock|all year|season)\b",
    re.IGNORECASE,
)


def _staff(browser, site, name):
    """A superuser whose admin speaks Vietnamese, signed in on a desktop; returns (user, page)."""
    user = get_user_model().objects.create_superuser(name, f"{name}@example.com", f"pw-{name}")
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "vi"})
    context = new_context(browser, "desktop", locale="vi-VN")
    context.set_default_timeout(15000)
    page = context.new_page()
    page.goto(site + "/admin/login/")
    page.locator("#id_username").fill(name)
    page.locator("#id_password").fill(f"pw-{name}")
    page.locator("form button[type=submit]").click()
    page.wait_for_url(site + "/admin/")
    assert page.locator("html").get_attribute("lang") == "vi"
    return user, page


def _lao_page(page, screenshots, name):
    """The page is in Lao, drawn with Lao fonts, fits the phone, says nothing in English; a screenshot."""
    assert page.locator("html").get_attribute("lang") == "lo"
    english = ENGLISH.findall(page.locator("body").inner_text())
    assert not english, f"English on the Lao page {page.url}: {english}"
    assert_script_drawn(page, "lo")
    assert_no_sideways_overflow(page)
    page.screenshot(path=screenshots / f"journey-{name}-phone-lo.png", full_page=True)


def _amount(amount):
    """The amount as the Lao pages and emails write it, not as the tail of a larger one (180.000 ₫)."""
    return re.compile(rf"(?<![\d.]){re.escape(format_vnd(amount, 'lo'))}")


@pytest.mark.parametrize("viewport", ["phone"], indirect=True)
def test_a_lao_buyer_from_voucher_to_review_and_erasure(browser, make_page, site, viewport, screenshots):
    code = f"LIVE{uuid.uuid4().hex[:6].upper()}"
    email = f"souk-{uuid.uuid4().hex[:6]}@example.com"
    rice = ProductPage.objects.get(slug_vi="gao-nep-huong-bao-lac")  # sold all year
    with translation.override("lo"):
        rice_title = rice.title

    # 0. An editor creates the livestream code in the Vietnamese admin.
    staff_user, staff = _staff(browser, site, f"bientap-{uuid.uuid4().hex[:4]}")
    try:
        staff.goto(site + "/admin/snippets/storefront/voucher/add/")
        staff.locator("#id_code").fill(code.lower())  # stored in capitals
        staff.locator("#id_description").fill("Livestream tối thứ sáu")
        staff.locator("#id_kind").select_option("amount")
        staff.locator("#id_amount_vnd").fill(str(DISCOUNT))
        staff.locator("#id_scope").select_option("order")
        staff.locator("#id_starts_at").fill("2020-01-01 00:00")
        staff.locator("#id_max_uses").fill("50")
        staff.locator("#id_per_customer_limit").fill("1")
        staff.locator("form button[type=submit]", has_text=re.compile("Lưu")).first.click()
        staff.wait_for_url(re.compile(r"/admin/snippets/storefront/voucher/$"))
        voucher = Voucher.objects.get(code=code)
        assert (voucher.amount_vnd, voucher.used_count) == (DISCOUNT, 0)

        # 1. The buyer finds the rice in the Lao catalogue, two bags, the code, the terms, the card.
        buyer = make_page(locale="lo-LA")
        buyer.goto(site + "/")
        assert buyer.url == site + "/lo/"
        buyer.locator(".main-menu a", has_text="ຜະລິດຕະພັນ").first.click()
        buyer.wait_for_load_state()
        _lao_page(buyer, screenshots, "1-catalogue")
        card = buyer.locator(".product-card", has=buyer.get_by_role("link", name=rice_title)).first
        assert card.locator(".badge--season.badge--all_year").inner_text() == "ຕະຫຼອດປີ"  # "All year"
        card.get_by_role("link", name=rice_title).first.click()
        assert buyer.locator("h1").inner_text() == rice_title
        _lao_page(buyer, screenshots, "2-product")
        buyer.locator("#quantity").fill("2")
        buyer.locator("form.add-to-cart button[type=submit]").click()
        buyer.wait_for_url(re.compile(r"/lo/cart/$"))
        buyer.locator("#voucher-code").fill(code.lower())
        buyer.locator(".voucher-box form button[type=submit]").first.click()
        buyer.wait_for_url(re.compile(r"/lo/cart/$"))
        assert code in buyer.locator(".voucher-box .voucher-line").inner_text()
        _lao_page(buyer, screenshots, "3-cart")
        buyer.locator("a.button[href$='/checkout/']").click()
        buyer.wait_for_url(re.compile(r"/lo/checkout/$"))
        assert buyer.locator("input[name=voucher_code]").input_value().upper() == code
        _lao_page(buyer, screenshots, "4-checkout")
        fill_checkout(buyer, name="Souksavanh Keomany", email=email, phone="+856 20 5555 7788")
        buyer.wait_for_url(re.compile(r"/pay/"))
        _lao_page(buyer, screenshots, "5-pay")
        pay_with_test_card(buyer)
        buyer.wait_for_url(re.compile(r"/lo/orders/[^/]+/$"))
        order = order_from(buyer)
        wait_until_paid(buyer, order)
        line = order.lines.get()
        assert (line.quantity, order.voucher_code, order.discount_vnd, line.discount_vnd) == (
            2,
            code,
            DISCOUNT,
            DISCOUNT,
        )
        assert order.total_vnd == line.unit_price_vnd * 2 - DISCOUNT + order.delivery_fee_vnd
        assert order.terms_version and order.terms_accepted_at and order.language == "lo"
        voucher.refresh_from_db()
        assert voucher.used_count == 1

        # 2. Signed in by emailed code, the buyer finds the order and its discount.
        buyer.locator(".account-link").first.click()
        buyer.wait_for_url(re.compile(r"/lo/account/login/"))
        buyer.locator(".account-entrance a.button").click()
        buyer.locator("input[name=email]").fill(email)
        buyer.locator(".account-form button[type=submit]").click()
        buyer.wait_for_url(re.compile(r"/lo/account/login/code/confirm/"))
        assert email in mail.outbox[-1].to and LAO.search(mail.outbox[-1].subject)
        buyer.locator("input[name=code]").fill(code_from_mail())
        _lao_page(buyer, screenshots, "6-code")
        buyer.locator(".account-form button[type=submit]").click()
        buyer.wait_for_url(re.compile(r"/lo/account/$"))
        listed = buyer.locator(".account-order", has_text=order.number)
        assert listed.count() == 1
        _lao_page(buyer, screenshots, "7-account")
        listed.get_by_role("link", name=re.compile(order.number)).click()
        buyer.wait_for_url(re.compile(rf"/lo/orders/{order.token}/$"))
        assert code in buyer.locator("tr.voucher-line").inner_text()
        assert _amount(DISCOUNT).search(buyer.locator("tr.voucher-line").inner_text())

        # Paid but not shipped yet: deletion is refused (docs/privacy.md), the order is named.
        buyer.goto(site + "/lo/account/privacy/delete/")
        assert order.number in buyer.locator(".account-page .notice[role=alert]").inner_text()
        assert buyer.locator("input[name=confirm]").count() == 0
        _lao_page(buyer, screenshots, "7b-delete-refused")

        # 3. Staff refund one bag, back into stock, and ship the other with a tracking link.
        sent_before = len(mail.outbox)
        stock_before = StockLevel.objects.get(variant_id=int(line.reference)).quantity
        staff.goto(f"{site}/admin/snippets/storefront/order/inspect/{order.pk}/")
        assert rice.title_vi in staff.locator("tr.order-line").first.inner_text()  # staff read Vietnamese
        staff.locator(f"#id_quantity_{line.pk}").fill("1")
        staff.locator(f"#id_restock_{line.pk}").check()
        staff.locator(".refund-form button[type=submit]").click()
        staff.wait_for_load_state()
        assert staff.locator(".messages li.success").count() == 1 and staff.locator(".messages li.error").count() == 0
        staff.locator(f"form[action$='/fulfil/{order.pk}/'] button").click()
        staff.wait_for_load_state()
        tracking = f"https://www.vnpost.vn/tra-cuu?key=EB{order.pk}VN"
        ship = staff.locator(f"form[action$='/ship/{order.pk}/']")
        ship.locator("#id_carrier").fill("VNPost")
        ship.locator("#id_tracking_number").fill(f"EB{order.pk}VN")
        ship.locator("#id_tracking_url").fill(tracking)
        ship.locator("button").click()
        staff.wait_for_load_state()
        staff.screenshot(path=screenshots / "journey-8-admin-order-desktop-vi.png", full_page=True)
        order.refresh_from_db()
        line.refresh_from_db()
        paid_per_bag = line.unit_price_vnd - DISCOUNT // 2  # the discount shared by the two bags
        assert (order.status, order.refunded_vnd, line.refunded_quantity, line.restocked_quantity) == (
            OrderStatus.SHIPPED,
            paid_per_bag,
            1,
            1,
        )
        assert StockLevel.objects.get(variant_id=int(line.reference)).quantity == stock_before + 1

        # 4. The buyer follows it: shipped, the tracking link, the refunded amount; both emails in Lao.
        buyer.goto(site + "/lo/account/")
        listed = buyer.locator(".account-order", has_text=order.number)
        assert listed.locator(".order-status--shipped").count() == 1
        assert listed.locator(f"a[href='{tracking}']").count() == 1
        assert _amount(paid_per_bag).search(listed.inner_text())
        _lao_page(buyer, screenshots, "9-account-shipped")
        # Two emails, in this order: the refund (with its amount), then the parcel on its way.
        refunded, shipped = [message for message in mail.outbox[sent_before:] if email in message.to]
        assert _amount(paid_per_bag).search(refunded.body), refunded.body
        assert tracking in shipped.body and "VNPost" in shipped.body, shipped.body
        for message in (refunded, shipped):
            assert LAO.search(message.subject) and LAO.search(message.body), message.subject
            words = re.sub(r"https?://\S+|\S+@\S+", "", f"{message.subject}\n{message.body}")
            assert not ENGLISH.findall(words), message.subject + "\n" + message.body
        assert "VND" in refunded.body and "₫" in refunded.body, refunded.body  # the shipped one has no amount

        # 5. The buyer reviews the rice from the account; a moderator approves it. A Vietnamese
        # buyer's review, approved and newer, is already there.
        Review.objects.create(
            page=rice,
            author_email=f"lan-{code.lower()}@example.com",
            author_name="Lan",
            rating=4,
            title="Gạo dẻo, thơm",
            body="Nấu xôi rất ngon.",
            language="vi",
            status=ReviewStatus.APPROVED,
        )
        Review.objects.filter(page=rice, language="vi").update(created_at=timezone.now() + datetime.timedelta(hours=1))
        review_title = "ເຂົ້າໜຽວຫອມແທ້"
        listed.locator(".account-order-reviews a").first.click()
        buyer.wait_for_url(re.compile(rf"/lo/reviews/{order.token}/{line.pk}/$"))
        _lao_page(buyer, screenshots, "10-review-form")
        buyer.locator("input[name=rating][value='5']").check()
        buyer.locator("#id_title").fill(review_title)
        buyer.locator("#id_body").fill("ເຂົ້າໜຽວນຸ້ມ, ຫອມ, ສົ່ງໄວ.")
        buyer.locator(".review-form button[type=submit]").click()
        buyer.wait_for_url(re.compile(rf"/lo/orders/{order.token}/$"))
        review = Review.objects.get(title=review_title, page=rice)
        assert (review.language, review.status, review.order_line_id) == ("lo", ReviewStatus.PENDING, line.pk)

        staff.goto(f"{site}/admin/snippets/reviews/review/inspect/{review.pk}/")
        staff.locator(f"form[action$='/approve/{review.pk}/'] button").click()
        staff.wait_for_load_state()
        review.refresh_from_db()
        assert (review.status, review.moderated_by_id) == (ReviewStatus.APPROVED, staff_user.pk)

        with translation.override("lo"):
            buyer.goto(site + rice.get_url())
        titles = [title.strip() for title in buyer.locator(".reviews .review h3").all_inner_texts()]
        # The reader's language first, though the Vietnamese buyer's review is newer.
        assert [title.endswith(review_title) for title in titles] == [True, False], titles
        assert buyer.locator(".reviews .review").nth(1).get_attribute("lang") == "vi"
        blocks = [json.loads(text) for text in buyer.locator("script[type='application/ld+json']").all_text_contents()]
        ratings = [block["aggregateRating"] for block in blocks if "aggregateRating" in block]
        assert len(ratings) == 1 and (int(ratings[0]["reviewCount"]), float(ratings[0]["ratingValue"])) == (2, 4.5)
        _lao_page(buyer, screenshots, "11-product-reviewed")

        # 6. Their data, downloaded; then deleted: a shipped order is complete, so it goes through.
        buyer.goto(site + "/lo/account/privacy/")
        _lao_page(buyer, screenshots, "12-privacy")
        with buyer.expect_download() as download:
            buyer.locator("a[href='/lo/account/privacy/export/']").click()
        data = json.loads(download.value.path().read_text(encoding="utf-8"))
        assert [exported["number"] for exported in data["orders"]] == [order.number]
        assert [exported["title"] for exported in data["reviews"]] == [review_title]
        buyer.locator("a[href='/lo/account/privacy/delete/']").click()
        buyer.wait_for_url(re.compile(r"/lo/account/privacy/delete/$"))
        _lao_page(buyer, screenshots, "13-delete")
        buyer.locator("input[name=confirm]").check()
        buyer.locator(".account-form button[type=submit]").click()
        buyer.wait_for_url(re.compile(r"/lo/account/privacy/deleted/$"))
        _lao_page(buyer, screenshots, "14-deleted")

        total = order.total_vnd
        order = Order.objects.get(pk=order.pk)
        assert (order.name, order.email, order.phone) == ("", "", "") and order.anonymised_at is not None
        assert (order.number, order.total_vnd, order.refunded_vnd, order.discount_vnd) == (
            order.number,
            total,
            paid_per_bag,
            DISCOUNT,
        )
        review.refresh_from_db()
        assert review.author_email.endswith("@invalid") and review.status == ReviewStatus.APPROVED
        assert not get_user_model().objects.filter(email__iexact=email).exists()
    finally:
        staff.context.close()
