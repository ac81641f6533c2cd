"""Seasons at the buy box: a closed season sells nothing whatever the stock; back-in-season alerts,
emailed once in the visitor's language; the catalogue cards' season and stock badges; the display
currency beside đồng on the cart, checkout, pay and order pages."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from storefront import season_alerts
from storefront.checkout import CheckoutError, start_checkout
from storefront.models import BackInSeasonAlert, CartLine, Order
from storefront.seasons import MONTH_NAMES
from storefront.tasks import send_back_in_season_alerts_task
from storefront.views import season_alerts as alert_views
from tests.storefront.factories import (
    checkout_details,
    make_cart,
    make_catalogue,
    make_producer,
    make_product,
    url_in,
)
from tests.storefront.test_concurrency import run_at_once

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
THIS_MONTH = TODAY.month
NEXT_MONTH = THIS_MONTH % 12 + 1  # a pre-order: opens within two months
FAR_MONTH = (THIS_MONTH + 5) % 12 + 1  # six months ahead: out of season


def month_name(month, language="en"):
    with translation.override(language):
        return str(MONTH_NAMES[month])


@pytest.fixture
def shop(home_page):
    catalogue, producers = make_catalogue(home_page)
    producer = make_producer(producers)
    return {"catalogue": catalogue, "producer": producer}


def product(shop, *, months, stock=9, title="Hạt dẻ Trùng Khánh", prices=None):
    return make_product(
        shop["catalogue"], shop["producer"], title=title, months=months, prices=prices or ((150000, stock),)
    )


def variant_of(page):
    return page.variants.get()


# --- the buy box ---------------------------------------------------------------------------------


def test_out_of_season_page_offers_the_alert_and_no_add_to_cart(client, shop):
    chestnuts = product(shop, months=[FAR_MONTH], stock=40)

    html = client.get(url_in(chestnuts, "en")).content.decode()

    assert f"Out of season, back in {month_name(FAR_MONTH)}" in html
    assert 'action="/en/season-alerts/"' in html and 'name="email"' in html
    assert "/cart/add/" not in html and "Add to cart" not in html
    assert "In stock" not in html, "40 in the storeroom, but nothing is sold as in stock"
    assert "https://schema.org/InStock" not in html


def test_in_season_page_sells_and_shows_no_alert(client, shop):
    chestnuts = product(shop, months=[THIS_MONTH], stock=40)

    html = client.get(url_in(chestnuts, "en")).content.decode()

    assert 'action="/en/cart/add/"' in html and "Add to cart" in html
    assert "season-alert" not in html and "Out of season, back in" not in html


def test_the_buy_box_names_the_month_in_the_page_language(client, shop):
    chestnuts = product(shop, months=[FAR_MONTH])

    html = client.get(url_in(chestnuts, "zh-hans")).content.decode()

    assert month_name(FAR_MONTH, "zh-hans") in html.split('class="season-closed"')[1].split("</form>")[0]


def test_the_page_stays_cacheable_with_the_alert_form(client, shop):
    chestnuts = product(shop, months=[FAR_MONTH])
    url = url_in(chestnuts, "en")

    client.get(url)
    again = client.get(url)

    assert again["X-Page-Cache"] == "hit"
    assert "csrfmiddlewaretoken" not in again.content.decode()


@pytest.mark.parametrize("months", [[FAR_MONTH], [NEXT_MONTH]], ids=["out_of_season", "pre_order"])
def test_web_add_to_cart_is_refused_with_stock_on_the_shelf(client, shop, months):
    chestnuts = product(shop, months=months, stock=40)

    response = client.post(
        "/en/cart/add/", {"variant": variant_of(chestnuts).pk, "quantity": "1"}, HTTP_ACCEPT="application/json"
    )

    assert response.status_code == 400
    assert response.json()["error"] == "out_of_season"
    assert "is out of season and cannot be ordered now" in response.json()["message"]
    assert month_name(months[0]) in response.json()["message"]
    assert not CartLine.objects.exists()


def test_web_form_refusal_is_shown_on_the_cart_page(client, shop):
    chestnuts = product(shop, months=[FAR_MONTH])

    response = client.post("/en/cart/add/", {"variant": variant_of(chestnuts).pk, "quantity": "1"})

    assert response.status_code == 400
    assert "is out of season and cannot be ordered now" in response.content.decode()


def test_api_add_to_cart_is_refused(client, shop):
    chestnuts = product(shop, months=[FAR_MONTH], stock=40)
    token = client.post("/api/v1/carts/", content_type="application/json").json()["token"]

    response = client.post(
        f"/api/v1/carts/{token}/products/?lang=en",
        {"variant": variant_of(chestnuts).pk, "quantity": 1},
        content_type="application/json",
    )

    assert response.status_code == 409
    assert response.json()["error"]["code"] == "out_of_season"
    assert month_name(FAR_MONTH) in response.json()["error"]["message"]
    assert not CartLine.objects.exists()


def test_api_product_detail_does_not_call_a_closed_season_in_stock(client, shop):
    chestnuts = product(shop, months=[FAR_MONTH], stock=40)
    fresh = product(shop, months=[THIS_MONTH], stock=40, title="Fresh")

    closed = client.get(f"/api/v1/catalogue/products/{chestnuts.pk}/", {"lang": "en"}).json()["variants"][0]
    open_ = client.get(f"/api/v1/catalogue/products/{fresh.pk}/", {"lang": "en"}).json()["variants"][0]

    assert (closed["stock_status"], closed["available"]) == ("sold_out", 0)
    assert closed["stock_label"] == f"Out of season, back in {month_name(FAR_MONTH)}"
    assert (open_["stock_status"], open_["available"]) == ("in_stock", 40)


def test_in_season_and_unseasoned_products_are_still_sold(client, shop):
    fresh = product(shop, months=[THIS_MONTH], title="Hạt dẻ")
    knife = product(shop, months=[], title="Dao")

    for page in (fresh, knife):
        response = client.post(
            "/api/v1/carts/", content_type="application/json"
        )  # a cart per product, through the API's own rules
        token = response.json()["token"]
        added = client.post(
            f"/api/v1/carts/{token}/products/",
            {"variant": variant_of(page).pk, "quantity": 1},
            content_type="application/json",
        )
        assert added.status_code == 201


def test_a_line_added_before_the_season_closed_cannot_be_checked_out(client, shop):
    chestnuts = product(shop, months=[FAR_MONTH], stock=40)
    cart = make_cart((variant_of(chestnuts), 1))  # put in the cart while it was in season

    with pytest.raises(CheckoutError):
        start_checkout(cart=cart, details=checkout_details())
    assert not Order.objects.exists()


# --- back-in-season alerts -----------------------------------------------------------------------


def test_sign_up_stores_one_alert_and_a_second_is_harmless(client, shop):
    chestnuts = product(shop, months=[FAR_MONTH])

    first = client.post("/lo/season-alerts/", {"product": chestnuts.pk, "email": "Noy@Example.com"})
    second = client.post(
        "/lo/season-alerts/", {"product": chestnuts.pk, "email": "noy@example.com"}, HTTP_ACCEPT="application/json"
    )

    assert first.status_code == 200 and second.status_code == 200
    assert second.json()["ok"] is True
    alert = BackInSeasonAlert.objects.get()
    assert (alert.email, alert.language, alert.notified_at, alert.user) == ("noy@example.com", "lo", None, None)
    assert first["Cache-Control"] == "private, no-store"


def test_sign_up_is_refused_for_a_product_on_sale_and_a_bad_email(client, shop):
    on_sale = product(shop, months=[THIS_MONTH])
    closed = product(shop, months=[FAR_MONTH], title="Closed")
    accept = {"HTTP_ACCEPT": "application/json"}

    on_sale_answer = client.post("/en/season-alerts/", {"product": on_sale.pk, "email": "a@example.com"}, **accept)
    bad_email = client.post("/en/season-alerts/", {"product": closed.pk, "email": "not an email"}, **accept)
    unknown = client.post("/en/season-alerts/", {"product": "999999", "email": "a@example.com"}, **accept)

    assert on_sale_answer.status_code == 400 and "on sale now" in on_sale_answer.json()["message"]
    assert bad_email.status_code == 400
    assert unknown.status_code == 404
    assert not BackInSeasonAlert.objects.exists()


def test_sign_up_from_another_site_is_refused(client, shop):
    chestnuts = product(shop, months=[FAR_MONTH])

    response = client.post(
        "/en/season-alerts/",
        {"product": chestnuts.pk, "email": "a@example.com"},
        HTTP_ORIGIN="https://evil.example",
    )

    assert response.status_code == 403
    assert not BackInSeasonAlert.objects.exists()


def test_sign_ups_are_rate_limited_per_address(client, shop, monkeypatch):
    monkeypatch.setattr(alert_views, "SIGN_UPS_PER_HOUR", 2)
    chestnuts = product(shop, months=[FAR_MONTH])

    codes = [
        client.post("/en/season-alerts/", {"product": chestnuts.pk, "email": f"v{n}@example.com"}).status_code
        for n in range(3)
    ]

    assert codes == [200, 200, 429]
    assert BackInSeasonAlert.objects.count() == 2


def test_a_signed_in_customer_gets_their_email_filled_in_and_others_get_none(client, shop):
    chestnuts = product(shop, months=[FAR_MONTH])
    user = get_user_model().objects.create_user(username="mai", email="mai@example.com", password="x")

    assert client.get("/en/season-alerts/email/").json() == {"email": ""}
    client.force_login(user)
    answer = client.get("/en/season-alerts/email/")
    client.post("/en/season-alerts/", {"product": chestnuts.pk, "email": "mai@example.com"})

    assert answer.json() == {"email": "mai@example.com"}
    assert "no-store" in answer["Cache-Control"]
    assert BackInSeasonAlert.objects.get().user == user


def test_the_daily_task_emails_each_alert_once_in_its_language(shop):
    opened = product(shop, months=[THIS_MONTH], title="Hạt dẻ")  # its season opened today
    still_closed = product(shop, months=[FAR_MONTH], title="Măng")
    BackInSeasonAlert.objects.create(product=opened, email="noy@example.com", language="lo")
    BackInSeasonAlert.objects.create(product=opened, email="wei@example.com", language="zh-hans")
    waiting = BackInSeasonAlert.objects.create(product=still_closed, email="an@example.com", language="vi")

    send_back_in_season_alerts_task.enqueue()
    send_back_in_season_alerts_task.enqueue()  # the next day's run, or a retried one: nothing again

    by_email = {message.to[0]: message for message in mail.outbox}
    assert sorted(by_email) == ["noy@example.com", "wei@example.com"]
    assert len(mail.outbox) == 2
    lao, chinese = by_email["noy@example.com"].body, by_email["wei@example.com"].body
    assert url_in(opened, "lo") in lao and url_in(opened, "zh-hans") not in lao
    assert url_in(opened, "zh-hans") in chinese
    assert "Hạt dẻ LO" in by_email["noy@example.com"].subject
    assert "Hạt dẻ ZH" in by_email["wei@example.com"].subject
    assert not BackInSeasonAlert.objects.filter(product=opened, notified_at__isnull=True).exists()
    waiting.refresh_from_db()
    assert waiting.notified_at is None


def test_after_an_alert_is_sent_the_same_email_may_sign_up_again(shop):
    chestnuts = product(shop, months=[FAR_MONTH])
    season_alerts.sign_up(product=chestnuts, email="a@example.com", language="en")
    in_season = datetime.date(TODAY.year, FAR_MONTH, 1)
    assert season_alerts.send_due_alerts(today=in_season) == (1, 0)

    again = season_alerts.sign_up(product=chestnuts, email="a@example.com", language="en")

    assert again.created
    assert BackInSeasonAlert.objects.filter(notified_at__isnull=True).count() == 1


def test_a_mail_failure_leaves_the_alert_waiting(shop, monkeypatch):
    opened = product(shop, months=[THIS_MONTH])
    alert = BackInSeasonAlert.objects.create(product=opened, email="a@example.com", language="en")

    def refuse(*args, **kwargs):
        raise ConnectionRefusedError("mail server down")

    monkeypatch.setattr(season_alerts, "send_mail", refuse)
    assert season_alerts.send_due_alerts() == (0, 1)
    alert.refresh_from_db()
    assert alert.notified_at is None

    monkeypatch.undo()
    assert season_alerts.send_due_alerts() == (1, 0)
    assert len(mail.outbox) == 1


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_runs_at_once_send_one_email(home_page):
    catalogue, producers = make_catalogue(home_page)
    opened = make_product(catalogue, make_producer(producers), months=[THIS_MONTH])
    alert = BackInSeasonAlert.objects.create(product=opened, email="a@example.com", language="en")

    results = run_at_once(4, lambda _n: season_alerts.send_alert(alert_id=alert.pk))

    assert sorted(results) == [False, False, False, True]
    assert len(mail.outbox) == 1


# --- catalogue cards -----------------------------------------------------------------------------


def test_cards_show_season_and_stock_badges(client, shop):
    product(shop, months=[THIS_MONTH], stock=40, title="In season plenty")
    product(shop, months=[], stock=3, title="Unseasoned low")
    product(shop, months=range(1, 13), stock=0, title="All year sold out")
    product(shop, months=[FAR_MONTH], stock=40, title="Closed with stock")

    html = client.get("/en/products/").content.decode()
    cards = {
        card.split("product-card__title")[1].split("</h3>")[0].split(">")[1]: card
        for card in html.split("<article")[1:]
    }

    assert "In season" in cards["In season plenty EN"] and "In stock" in cards["In season plenty EN"]
    assert "Low stock" in cards["Unseasoned low EN"] and "badge--season" not in cards["Unseasoned low EN"]
    assert "All year" in cards["All year sold out EN"] and "Sold out" in cards["All year sold out EN"]
    closed = cards["Closed with stock EN"]
    assert f"Out of season, back in {month_name(FAR_MONTH)}" in closed
    assert "In stock" not in closed, "a closed season's card does not say in stock"


def test_a_card_turns_sold_out_when_the_last_unit_is_held(client, shop):
    knife = product(shop, months=[], stock=1, title="Last one")
    assert "Low stock" in client.get("/en/products/").content.decode()

    start_checkout(cart=make_cart((variant_of(knife), 1)), details=checkout_details())

    assert "Sold out" in client.get("/en/products/").content.decode()


def test_card_badges_cost_no_query_per_card(client, shop):
    def queries_for_cold_catalogue():
        from django.core.cache import cache

        cache.clear()
        with CaptureQueriesContext(connection) as context:
            assert client.get("/en/products/").status_code == 200
        return len(context.captured_queries)

    for n in range(2):
        product(shop, months=[FAR_MONTH if n % 2 else THIS_MONTH], stock=n * 3, title=f"P{n}")
    few = queries_for_cold_catalogue()
    for n in range(2, 10):
        product(shop, months=[FAR_MONTH if n % 2 else THIS_MONTH], stock=n * 3, title=f"P{n}")
    many = queries_for_cold_catalogue()

    assert few == many


# --- display currency ----------------------------------------------------------------------------


@pytest.fixture
def cart_with_knife(client, shop):
    knife = product(shop, months=[], stock=9, prices=((263000, 9),))
    client.post("/en/cart/add/", {"variant": variant_of(knife).pk, "quantity": "2"})
    return knife


def test_cart_shows_the_display_currency_beside_dong(client, cart_with_knife):
    plain = client.get("/en/cart/").content.decode()
    client.cookies["display_currency"] = "USD"
    in_dollars = client.get("/en/cart/")

    assert "≈" not in plain and "You are charged in Vietnamese đồng (VND)." in plain
    html = in_dollars.content.decode()
    assert "₫526,000" in html and "≈ US$20.00" in html
    assert "You are charged in Vietnamese đồng (VND). Amounts in USD are approximate" in html
    assert "no-store" in in_dollars["Cache-Control"]


def test_checkout_shows_the_display_currency_beside_dong(client, cart_with_knife):
    client.cookies["display_currency"] = "CNY"

    html = client.get("/en/checkout/").content.decode()

    assert "₫526,000" in html and "≈ CN¥" in html
    assert "You are charged in Vietnamese đồng (VND)." in html


def test_pay_and_order_pages_show_the_display_currency_beside_dong(client, shop, stripe_settings):
    knife = product(shop, months=[], stock=9, prices=((263000, 9),))
    order = start_checkout(cart=make_cart((variant_of(knife), 2)), details=checkout_details())
    client.cookies["display_currency"] = "LAK"

    pay = client.get(f"/en/orders/{order.token}/pay/").content.decode()
    order_page = client.get(f"/en/orders/{order.token}/").content.decode()

    for html in (pay, order_page):
        assert "≈" in html and "₭" in html
        assert "You are charged in Vietnamese đồng (VND). Amounts in LAK are approximate" in html


def test_another_visitor_never_gets_a_cached_product_page_in_someone_elses_currency(client, shop):
    knife = product(shop, months=[], stock=9)
    url = url_in(knife, "en")
    client.cookies["display_currency"] = "USD"
    assert "≈ US$" in client.get(url).content.decode()

    client.cookies.pop("display_currency")
    html = client.get(url).content.decode()

    assert "≈" not in html
