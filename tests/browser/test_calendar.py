"""The month calendar on a phone: pick a date, a session, two people, see the total, book."""

import datetime
import re

import pytest
from django.utils import timezone

from core.money import format_vnd
from tests.browser.checks import assert_no_sideways_overflow, assert_script_drawn
from tests.storefront.factories import url_in
from tourism.models import BookingRequest, ExperiencePage, ExperienceSession, HomestayPage, PackagePage

LOCALES = {"lo": "lo-LA", "zh-hans": "zh-CN"}


def forging_workshop():
    return ExperiencePage.objects.get(slug_en="half-day-forging-workshop")


@pytest.mark.parametrize("viewport", ["phone"])
@pytest.mark.parametrize("language", ["lo", "zh-hans"])
def test_tourist_on_a_phone_books_from_the_month_view(make_page, site, viewport, language, screenshots):
    experience = forging_workshop()
    page = make_page(locale=LOCALES[language])
    page.goto(site + url_in(experience, language))
    calendar = page.locator("[data-month-calendar]")
    calendar.scroll_into_view_if_needed()
    assert_no_sideways_overflow(page)
    # One month at a time, with its title; the next month is a tap away and back.
    title = page.locator("[data-calendar-title]")
    first_title = title.inner_text()
    assert first_title and page.locator(".month-calendar__month:visible").count() == 1
    page.locator("[data-step='1']").click()
    assert title.inner_text() != first_title
    page.locator("[data-step='-1']").click()
    assert title.inner_text() == first_title

    # The next free date opens with its sessions; pick another day with places.
    assert page.locator("[data-next-free]").is_visible()
    days = page.locator("button.cal-day--open:visible")
    if days.count() < 2:
        page.locator("[data-step='1']").click()
    day = days.nth(1)
    date = day.get_attribute("data-date")
    day.click()
    assert page.locator("[data-day-title]").inner_text() == day.get_attribute("data-label")
    choices = page.locator(".session-choice:enabled")
    assert choices.count() >= 1
    choice = choices.first
    assert re.match(r"\d\d:\d\d", choice.inner_text())
    choice.click()
    session = int(choice.get_attribute("data-session"))
    assert page.locator("#booking-session").input_value() == str(session)
    assert page.locator(f"#booking-session option[value='{session}']").get_attribute("data-date") == date

    # Two people: the total is twice the price, in the page's money format.
    page.locator("#booking-people").fill("2")
    total = format_vnd(experience.price_per_person_vnd * 2, language)
    page.wait_for_function(
        "total => document.querySelector('#booking-total').textContent === total", arg=total, timeout=5000
    )
    assert page.locator("[data-booking-total]").is_visible()
    # A group larger than any session's places: no next free date, no session to tap.
    page.locator("#booking-people").fill("40")
    assert page.locator("[data-no-free-line]").is_visible()
    assert page.locator(".session-choice:enabled").count() == 0
    page.locator("#booking-people").fill("2")
    assert page.locator(f".session-choice[data-session='{session}']").is_enabled()
    page.locator(f".session-choice[data-session='{session}']").click()

    assert_no_sideways_overflow(page)
    drawn = assert_script_drawn(
        page, language, selector=".month-calendar th, [data-calendar-title], [data-day-title], label, button"
    )
    assert drawn
    page.screenshot(path=str(screenshots / f"calendar-{language}-phone.png"), full_page=True)
    page.locator("#availability").locator("..").screenshot(path=str(screenshots / f"calendar-{language}-month.png"))
    for target in (".cal-day[data-date]", ".session-choice", "[data-step]", "#booking-people"):
        box = page.locator(target).first.bounding_box()
        assert box["height"] >= 44, (target, box)

    email = f"calendar-{language}@example.com"
    page.locator("#booking-name").fill("Vilay Phommasak")
    page.locator("#booking-email").fill(email)
    page.locator(".booking-form button[type=submit]").click()
    page.wait_for_url(re.compile(rf"/{language}/cart/"))
    booked = BookingRequest.objects.filter(email=email).latest("pk")
    assert (booked.session_id, booked.people) == (session, 2)
    assert_no_sideways_overflow(page)


@pytest.mark.parametrize("viewport", ["phone"])
def test_without_javascript_the_plain_list_of_sessions_books(make_page, site, viewport):
    experience = forging_workshop()
    page = make_page(locale="zh-CN", javascript=False)
    page.goto(site + url_in(experience, "zh-hans"))
    assert page.locator(".month-calendar__month:visible").count() >= 2  # every month shown
    assert_no_sideways_overflow(page)
    option = page.locator("#booking-session option:enabled").nth(2)
    session = int(option.get_attribute("value"))
    page.locator("#booking-session").select_option(str(session))
    page.locator("#booking-people").fill("2")
    page.locator("#booking-name").fill("Wang Fang")
    page.locator("#booking-email").fill("nojs@example.com")
    page.locator(".booking-form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/zh-hans/cart/"))
    assert BookingRequest.objects.filter(email="nojs@example.com", session_id=session).exists()


@pytest.mark.parametrize("viewport", ["phone"])
def test_homestay_nights_from_the_month_view_on_a_phone_in_chinese(make_page, site, viewport, screenshots):
    homestay = HomestayPage.objects.get(slug_en="yen-nhi-homestay")
    check_in = timezone.localdate() + datetime.timedelta(days=20)
    check_out = check_in + datetime.timedelta(days=2)
    page = make_page(locale="zh-CN")
    page.goto(site + url_in(homestay, "zh-hans"))
    assert page.locator("[data-stay-hint]").is_visible()
    for day in (check_in, check_out):
        button = page.locator(f"button.cal-day[data-date='{day.isoformat()}']")
        while not button.is_visible():
            page.locator("[data-step='1']").click()
        button.click()
    assert page.locator("#booking-check-in").input_value() == check_in.isoformat()
    assert page.locator("#booking-check-out").input_value() == check_out.isoformat()
    assert page.locator("button.cal-day--range").count() == 3  # two nights and the morning you leave
    room = page.locator("#booking-room option:enabled").first
    price = int(room.get_attribute("data-price"))
    page.locator("#booking-room").select_option(room.get_attribute("value"))
    assert page.locator("#booking-total").inner_text() == format_vnd(price * 2, "zh-hans")
    assert "2" in page.locator("[data-stay-nights]").inner_text()
    assert_no_sideways_overflow(page)
    assert_script_drawn(page, "zh-hans", selector=".month-calendar th, [data-calendar-title], label, button")
    page.locator("#availability").locator("..").screenshot(path=str(screenshots / "calendar-stay-zh-hans.png"))
    page.locator("#booking-people").fill("2")
    page.locator("#booking-name").fill("Wang Fang")
    page.locator("#booking-email").fill("stay-calendar@example.com")
    page.locator(".booking-form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/zh-hans/cart/"))
    booked = BookingRequest.objects.filter(email="stay-calendar@example.com").latest("pk")
    assert (booked.check_in, booked.check_out) == (check_in, check_out)


@pytest.mark.parametrize("viewport", ["phone"])
def test_package_departure_chosen_on_a_phone_in_lao_with_the_groups_total(make_page, site, viewport, screenshots):
    package = PackagePage.objects.get(slug_en="buy-the-knife-meet-the-smith")
    page = make_page(locale="lo-LA")
    page.goto(site + url_in(package, "lo"))
    choice = page.locator("button.departure-choice:enabled").first
    departure = choice.get_attribute("data-departure")
    choice.click()
    assert page.locator("#booking-departure").input_value() == departure
    page.locator("#booking-people").fill("2")
    assert page.locator("#booking-total").inner_text() == format_vnd(package.price_per_person_vnd * 2, "lo")
    page.locator("#booking-people").fill("99")
    assert page.locator("[data-departure-none]").is_visible()
    assert page.locator("button.departure-choice:enabled").count() == 0
    page.locator("#booking-people").fill("2")
    assert page.locator(f"button[data-departure='{departure}']").get_attribute("aria-pressed") == "true"
    assert_no_sideways_overflow(page)
    assert_script_drawn(page, "lo", selector=".departure-choice, label, button")
    page.locator("#departures").locator("..").screenshot(path=str(screenshots / "calendar-departures-lo.png"))
    page.locator("#booking-name").fill("Vilay Phommasak")
    page.locator("#booking-email").fill("departure-calendar@example.com")
    page.locator(".booking-form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/lo/cart/"))
    booked = BookingRequest.objects.filter(email="departure-calendar@example.com").latest("pk")
    assert (booked.departure_id, booked.people) == (int(departure), 2)


@pytest.mark.parametrize("viewport", ["phone"])
def test_a_page_cached_yesterday_does_not_offer_yesterday(make_page, site, viewport):
    """The page is cached whole; its script works out today's Cao Bằng date from the clock."""
    experience = forging_workshop()
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    starts = timezone.make_aware(datetime.datetime.combine(tomorrow, datetime.time(10, 17)))
    session = ExperienceSession.objects.create(experience=experience, starts_at=starts, capacity=5)
    try:
        page = make_page(locale="zh-CN")
        page.goto(site + url_in(experience, "zh-hans"))  # rendered (and cached) today: tomorrow is open
        day = page.locator(f"button.cal-day[data-date='{tomorrow.isoformat()}']")
        assert "cal-day--open" in day.get_attribute("class") and day.is_enabled()
        page.clock.install(time=datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=2))
        page.reload()  # the same cached page, two days later
        assert page.locator(f"button.cal-day[data-date='{tomorrow.isoformat()}']").is_disabled()
        assert page.locator(f"#booking-session option[value='{session.pk}']").is_disabled()
        assert page.locator("[data-next-free]").get_attribute("data-date") > tomorrow.isoformat()
    finally:
        session.delete()
