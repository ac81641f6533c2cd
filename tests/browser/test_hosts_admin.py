"""The forging co-operative's member reads the day's manifest on a phone; staff cancel a booking with
another refund and a reason, after a confirmation that says the refund."""

import datetime
import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.users.models import UserProfile

from storefront.models import ProducerMember
from tourism.availability import session_seats_left
from tourism.booking_staff import BOOKINGS_STAFF
from tourism.bookings import Traveller, confirm_booking, hold_session_seats
from tourism.models import Booking, BookingChange, BookingStatus, ExperiencePage

PASSWORD = "hosts-pass-1"


def _user(username, group, language=""):
    user, _created = get_user_model().objects.get_or_create(
        username=username, defaults={"email": f"{username}@example.com"}
    )
    user.set_password(PASSWORD)
    user.save()
    user.groups.add(group)
    if language:
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
    return user


def _log_in(page, site, user):
    page.goto(site + "/admin/login/")
    page.locator("#id_username").fill(user.username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(site + "/admin/")


def test_the_host_reads_its_manifest_and_staff_cancel_with_a_reason(make_page, site, viewport):
    now = timezone.now()
    forging = ExperiencePage.objects.get(slug_vi="nua-ngay-lo-ren")
    session = next(
        session
        for session in forging.sessions.filter(starts_at__gt=now + datetime.timedelta(days=10)).order_by("starts_at")
        if session_seats_left(session=session, now=now) >= 2
    )
    guest = Traveller(name=f"Nguyễn Thị Hoa ({viewport})", email="hoa@example.com", phone="+84 912 345 678")
    booking = confirm_booking(booking=hold_session_seats(session=session, people=2, traveller=guest, now=now), now=now)
    day = timezone.localtime(session.starts_at).date()

    host = _user(f"htx-{viewport}", Group.objects.get(name="Producers"), language="en")
    ProducerMember.objects.get_or_create(producer=forging.host_producer, user=host)
    phone = make_page(locale="en-GB")
    _log_in(phone, site, host)
    phone.goto(f"{site}/admin/tourism/manifest/?date={day.isoformat()}")
    main = phone.locator("main")
    assert guest.name in main.inner_text() and "+84 912 345 678" in main.inner_text()
    assert "Who is coming" in phone.title()  # the host's own language, English
    phone.screenshot(path=f"var/screenshots/hosts-manifest-{viewport}.png", full_page=True)
    with phone.expect_download() as download:
        phone.get_by_role("link", name="Download CSV").click()
    text = open(download.value.path(), encoding="utf-8-sig").read()
    assert guest.name in text and text.splitlines()[0].startswith("Date,Time,Place")
    phone.goto(f"{site}/admin/snippets/tourism/booking/inspect/{booking.pk}/")
    assert guest.name in phone.locator("main").inner_text()
    assert phone.locator("a[href*='/cancel/']").count() == 0  # a host sees, never cancels

    staff = _user(f"bookings-{viewport}", Group.objects.get(name=BOOKINGS_STAFF))
    desk = make_page(locale="vi-VN")
    _log_in(desk, site, staff)
    desk.goto(f"{site}/admin/snippets/tourism/booking/inspect/{booking.pk}/")
    form = desk.locator("form.booking-override")
    form.locator("input[name=refund_vnd]").fill("300000")
    form.locator("input[name=reason]").fill("Lũ ở Phúc Sen, khách đồng ý")
    form.locator("button[type=submit]").click()
    refund = desk.locator(".refund-amount").inner_text()
    assert re.search(r"300[.,]000", refund)
    assert Booking.objects.get(pk=booking.pk).status == BookingStatus.CONFIRMED  # not before confirming
    desk.screenshot(path=f"var/screenshots/hosts-staff-confirm-{viewport}.png", full_page=True)
    desk.locator("section.booking-cancel form button[type=submit]").click()
    desk.wait_for_url(re.compile(rf"/inspect/{booking.pk}/$"))
    assert "Lũ ở Phúc Sen" in desk.locator("ol.booking-changes").inner_text()
    desk.screenshot(path=f"var/screenshots/hosts-staff-cancelled-{viewport}.png", full_page=True)
    booking.refresh_from_db()
    assert (booking.status, booking.refund_vnd) == (BookingStatus.CANCELLED, 300000)
    change = BookingChange.objects.get(booking=booking)
    assert (change.staff, change.refund_vnd) == (staff, 300000)
    assert session_seats_left(session=session, now=timezone.now()) >= 2  # the places are free again
