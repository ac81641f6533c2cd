"""An operator in the Vietnamese admin keeps places on a session for a departure, without JavaScript
needed: the plan shows each day's sessions, the allotment is saved, and the kept places are gone
for anyone else."""

from django.contrib.auth import get_user_model
from django.utils import timezone

from tourism.availability import session_seats_left
from tourism.models import PackageDeparture, SessionAllotment, TourOperator

PASSWORD = "pw-allotment"


def test_an_operator_keeps_places_for_a_departure(make_page, site, viewport, screenshots):
    operator = TourOperator.objects.get(name="Non Nước Journeys (demo)")
    user, _created = get_user_model().objects.get_or_create(username=f"an-allot-{viewport}")
    user.set_password(PASSWORD)
    user.save()
    user.groups.add(operator.group)
    operator.members.add(user)
    # The last departure of the forge package keeps nothing yet (the demo's first one keeps four).
    departure = PackageDeparture.objects.filter(package__operator=operator).order_by("-date").first()
    SessionAllotment.objects.filter(departure=departure).delete()

    page = make_page(locale="vi-VN", javascript=False)
    page.goto(site + "/admin/login/")
    page.locator("#id_username").fill(user.username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(site + "/admin/")
    page.goto(f"{site}/admin/tourism/departures/")
    assert page.locator(".departure-cannot-sell").count() == 0  # every demo departure sells
    page.goto(f"{site}/admin/tourism/departures/{departure.pk}/")
    assert page.locator(".departure-plan").is_visible()
    select = page.locator("select[name='allotment-0-session']")
    session_id = select.locator("option").nth(1).get_attribute("value")
    select.select_option(session_id)
    page.locator("input[name='allotment-0-places']").fill("3")
    page.screenshot(path=str(screenshots / f"departure-allotment-{viewport}.png"), full_page=True)
    page.locator("form button.button:not(.button-secondary)[type=submit]").click()
    page.wait_for_url(f"{site}/admin/tourism/departures/")
    allotment = SessionAllotment.objects.get(departure=departure)
    assert (str(allotment.session_id), allotment.places) == (session_id, 3)
    session = allotment.session
    assert session_seats_left(session=session, now=timezone.now()) <= session.capacity - 3
