"""One journey across every role of a tour, in a real browser.

An operator builds a two-day package whose parts line up and submits it; an editor approves it;
the operator adds a departure (a date that cannot sell is refused first); a tourist on a phone finds
it from the Chinese menu, books two places (with their room-night), pays; the operator's and the
forging co-operative's manifests show the guest; the tourist cancels within the free period, is
refunded in full, and the places are free again.
"""

import datetime
import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from storefront.models import Order, OrderStatus, ProducerMember
from tests.browser.checks import assert_no_sideways_overflow
from tests.browser.test_journeys import order_from, pay_with_test_card, wait_until_paid
from tourism.availability import package_availability
from tourism.models import Booking, BookingStatus, ExperiencePage, HomestayPage, PackagePage, TourOperator

PASSWORD = "pw-journey"


def _user(username, *groups):
    user, _created = get_user_model().objects.get_or_create(
        username=username, defaults={"email": f"{username}@example.com"}
    )
    user.set_password(PASSWORD)
    user.save()
    user.groups.add(*groups)
    return user


def _log_in(page, site, user):
    page.goto(site + "/admin/login/")
    page.locator("#id_username").fill(user.username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(site + "/admin/")


def _choose(page, panel, chosen):
    """Pick `chosen` in the chooser opened from `panel`'s "Choose a page" button (the search
    index holds and lists the Vietnamese titles)."""
    panel.get_by_role("button", name=re.compile("Choose a page|Chọn một trang")).click()
    chooser = page.locator(".modal[role=dialog]").last
    chooser.locator("input[name=q]").fill(chosen.title_vi)
    chooser.get_by_role("link", name=chosen.title_vi, exact=True).click()
    chooser.wait_for(state="hidden")


def _field(page, name):
    return page.locator("[data-field-input]").filter(has=page.locator(f"input[name='{name}']"))


def _first_weekday(weekday, *, at_least_days):
    day = timezone.localdate() + datetime.timedelta(days=at_least_days)
    return day + datetime.timedelta(days=(weekday - day.weekday()) % 7)


def test_a_package_from_the_operators_desk_to_a_tourists_phone_and_back(make_page, site, browser, viewport):
    """The staff work at the test's viewport (desktop, then phone); the tourist is always on a phone."""
    operator = TourOperator.objects.get(name="Non Nước Journeys (demo)")
    an = _user(f"an-journey-{viewport}", operator.group)
    operator.members.add(an)
    lan = _user(f"lan-journey-{viewport}", Group.objects.get(name="Editors"))
    forging = ExperiencePage.objects.get(slug_vi="nua-ngay-lo-ren")  # Tuesdays, Thursdays, Saturdays
    incense = ExperiencePage.objects.get(slug_vi="lam-huong-phja-thap")  # Mondays, Wednesdays, Fridays, Sundays
    homestay = HomestayPage.objects.get(slug_vi="homestay-yen-nhi")
    tuan = _user(f"tuan-journey-{viewport}", Group.objects.get(name="Producers"))
    ProducerMember.objects.get_or_create(producer=forging.host_producer, user=tuan)
    title = f"Rèn dao rồi làm hương – 2 ngày ({viewport})"

    # 1. The operator builds the package: day 1 the forge and a night in the homestay, day 2 incense.
    desk = make_page(locale="en-GB")
    _log_in(desk, site, an)
    desk.goto(f"{site}/admin/pages/add/tourism/packagepage/{operator.index_page.pk}/")
    desk.locator("input[name=title_vi]").fill(title)
    desk.locator("input[name=price_per_person_vnd]").fill("1900000")
    desk.locator("input[name='days-0-day_number']").fill("1")
    _choose(desk, _field(desk, "days-0-experience"), forging)
    _choose(desk, _field(desk, "days-0-homestay"), homestay)
    desk.get_by_role("button", name="Add Itinerary").click()
    desk.locator("input[name='days-1-day_number']").fill("2")
    _choose(desk, _field(desk, "days-1-experience"), incense)
    desk.get_by_role("button", name="More actions").click()
    desk.get_by_role("button", name=re.compile("^Submit to")).click()
    desk.wait_for_url(f"{site}/admin/pages/{operator.index_page.pk}/")
    package = PackagePage.objects.get(title_vi=title)
    assert not package.live and package.current_workflow_state.status == "in_progress"

    # 2. An editor approves it through the workflow.
    review = make_page(locale="vi-VN")
    _log_in(review, site, lan)
    review.goto(f"{site}/admin/pages/{package.pk}/edit/")
    review.get_by_role("button", name=re.compile("Thêm tác vụ|More actions")).click()
    review.locator("button[data-workflow-action-name=approve]").first.click()
    review.wait_for_url(re.compile(r"/admin/"))
    package = PackagePage.objects.get(pk=package.pk)
    assert package.live

    # 3. The operator adds a departure: a Monday cannot sell (no forging class), a Tuesday can.
    monday = _first_weekday(0, at_least_days=15)
    tuesday = monday + datetime.timedelta(days=1)
    desk.goto(f"{site}/admin/tourism/departures/add/")
    desk.locator("select[name=package]").select_option(str(package.pk))
    desk.locator("input[name=date]").fill(monday.isoformat())
    desk.locator("input[name=capacity]").fill("6")
    desk.get_by_role("button", name="Save").click()
    desk.locator(".departure-plan").wait_for()
    assert "Tue" in desk.locator(".departure-plan").inner_text()  # the dates that line up, to click
    assert not package.departures.exists()
    desk.screenshot(path="var/screenshots/journey-departure-refused.png", full_page=True)
    desk.locator("input[name=date]").fill(tuesday.isoformat())
    desk.get_by_role("button", name="Save").click()
    desk.wait_for_url(f"{site}/admin/tourism/departures/")
    departure = package.departures.get()
    assert departure.date == tuesday
    places_before = package_availability(departure=departure)
    assert places_before > 0

    # 4. A tourist on a phone finds it from the Chinese menu, books two places and pays.
    phone = browser.new_context(
        viewport={"width": 390, "height": 844}, locale="zh-CN", is_mobile=True, has_touch=True
    ).new_page()
    phone.goto(site + "/zh-hans/")
    phone.locator(".main-menu a", has_text="旅游线路").click()
    assert_no_sideways_overflow(phone)
    phone.get_by_role("link", name=re.compile(re.escape(package.title_vi))).first.click()
    assert phone.locator("h1").inner_text() == package.title_vi  # no Chinese title: shown in Vietnamese
    phone.locator("#booking-departure").select_option(str(departure.pk))
    phone.locator("#booking-people").fill("2")
    phone.locator("#booking-name").fill("Wang Fang")
    phone.locator("#booking-email").fill("fang@example.com")
    phone.locator(".booking-form button[type=submit]").click()
    phone.wait_for_url(re.compile(r"/zh-hans/cart/"))
    phone.locator("a.button[href$='/checkout/']").click()
    assert phone.locator("input[name=street]").count() == 0  # bookings only: no address asked
    phone.locator("input[name=name]").fill("Wang Fang")
    phone.locator("input[name=email]").fill("fang@example.com")
    phone.locator("input[name=phone]").fill("+86 138 0000 0000")
    phone.locator("input[name=accept_terms]").check()
    phone.locator(".checkout-form button[type=submit]").click()
    phone.wait_for_url(re.compile(r"/pay/"))
    pay_with_test_card(phone)
    phone.wait_for_url(re.compile(r"/zh-hans/orders/[^/]+/$"))
    order = order_from(phone)
    wait_until_paid(phone, order)
    booking = Booking.objects.get(order_line__order=order, parent=None)
    assert booking.status == BookingStatus.CONFIRMED and booking.people == 2
    parts = {(part.session_id is not None, part.room_id is not None) for part in booking.components.all()}
    assert parts == {(True, False), (False, True)}  # the workshop, the room-night (and day 2's incense)
    assert package_availability(departure=departure) == places_before - 2
    phone.screenshot(path="var/screenshots/journey-order-zh-hans.png", full_page=True)

    # 5. The operator's and the forging co-operative's manifests show the guest.
    desk.goto(f"{site}/admin/tourism/manifest/?date={tuesday.isoformat()}")
    assert "Wang Fang" in desk.locator("main").inner_text()
    host = make_page(locale="vi-VN")
    _log_in(host, site, tuan)
    host.goto(f"{site}/admin/tourism/manifest/?date={tuesday.isoformat()}")
    assert "Wang Fang" in host.locator("main").inner_text()
    host.screenshot(path="var/screenshots/journey-host-manifest.png", full_page=True)

    # 6. The tourist changes their mind: cancels within the free period and is refunded in full.
    phone.locator(f"a[href$='/bookings/{order.token}/{booking.pk}/cancel/']").click()
    refund_text = phone.locator(".refund-amount").inner_text()
    assert "3,800,000" in refund_text or "3.800.000" in refund_text
    phone.locator("section.cancel-booking form button[type=submit]").click()
    phone.wait_for_url(re.compile(rf"/zh-hans/orders/{order.token}/$"))
    order = Order.objects.get(pk=order.pk)
    booking.refresh_from_db()
    assert (booking.status, booking.refund_vnd) == (BookingStatus.CANCELLED, 3_800_000)
    assert (order.status, order.refunded_vnd) == (OrderStatus.REFUNDED, 3_800_000)
    assert package_availability(departure=departure) == places_before  # the places are free again
    phone.context.close()
