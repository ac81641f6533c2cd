"""Hosts and operators see their guests, and nobody else does: the Bookings list, a booking's page,
the day manifest and its CSV."""

import csv
import datetime
import io

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext

from tests.tourism.hosting import DAYS, make_user, make_world
from tourism.bookings import Traveller, confirm_booking, hold_session_seats
from tourism.cancellations import cancel
from tourism.models import Booking, PlaceHost

MANIFEST = "/admin/tourism/manifest/"
LIST = "/admin/snippets/tourism/booking/"


def _detail(booking):
    return f"/admin/snippets/tourism/booking/inspect/{booking.pk}/"


@pytest.fixture
def world(home_page):
    return make_world(home_page)


def _manifest(client, user, day, **params):
    client.force_login(user)
    return client.get(MANIFEST, {"date": day.isoformat(), **params})


def _csv_rows(response):
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")  # spreadsheet programs then read UTF-8 names right
    return list(csv.reader(io.StringIO(text[1:])))


def _component(world, *, room=False):
    return world["package"].components.get(room__isnull=not room)


def test_the_forging_cooperative_sees_its_workshops_guests_direct_and_by_package(client, world):
    coop = world["users"]["coop"]
    response = _manifest(client, coop, world["day"])
    page = response.content.decode()
    assert "Emma" in page and "Fang" in page  # its workshop's session, and the package's part in it
    assert "Somchai" not in page and "+84 900 007" not in page  # the homestay's guest
    assert response.context["totals"] == {"bookings": 2, "people": 5, "rooms": 0}
    [group] = response.context["groups"]
    assert group.time == "08:00" and group.people == 5
    assert f"#{world['package'].pk}" in page  # the part goes by its package booking's number

    listing = client.get(LIST).content.decode()
    assert _detail(world["direct"]) in listing and _detail(_component(world)) in listing
    assert _detail(world["stay"]) not in listing and _detail(world["package"]) not in listing
    part = client.get(_detail(_component(world)))
    assert part.status_code == 200 and "Fang" in part.content.decode()
    # The package booking itself is the operator's.
    assert client.get(_detail(world["package"]), follow=True).status_code == 404
    assert client.get(_detail(world["stay"]), follow=True).status_code == 404


def test_the_manifest_csv_has_the_same_rows_headers_in_the_users_language(client, world):
    coop = world["users"]["coop"]  # prefers English in the admin
    rows = _csv_rows(_manifest(client, coop, world["day"], format="csv"))
    with translation.override("en"):
        assert rows[0][:3] == [gettext("Date"), gettext("Time"), gettext("Place")]
        day = date_format(world["day"], "SHORT_DATE_FORMAT")
    body = sorted(rows[1:], key=lambda row: row[5])
    assert [(row[0], row[1], row[5], row[6]) for row in body] == [
        (day, "08:00", "Emma", "2"),
        (day, "08:00", "Fang", "3"),
    ]
    assert body[0][8] == "+84 900 004" and body[1][3] == str(world["package"].pk)

    family = world["users"]["family"]  # no preference: the admin's Vietnamese
    rows = _csv_rows(_manifest(client, family, world["day"], format="csv"))
    with translation.override("vi"):
        assert rows[0][:3] == [gettext("Date"), gettext("Time"), gettext("Place")]
        assert rows[1][0] == date_format(world["day"], "SHORT_DATE_FORMAT")
        assert rows[1][7] == " → ".join(
            date_format(world["day"] + datetime.timedelta(days=offset), "SHORT_DATE_FORMAT") for offset in (0, 1)
        )
    assert [row[5] for row in rows[1:]] == ["Fang"]


def test_the_homestay_family_sees_only_its_rooms(client, world):
    family = world["users"]["family"]
    stay = _manifest(client, family, world["stay"].check_in)
    assert "Somchai" in stay.content.decode()
    assert stay.context["totals"] == {"bookings": 1, "people": 2, "rooms": 1}
    page = _manifest(client, family, world["day"]).content.decode()
    assert "Fang" in page  # the package's night in its room
    assert "Emma" not in page
    assert client.get(_detail(world["direct"]), follow=True).status_code == 404


def test_the_operator_sees_its_package_and_where_its_travellers_are(client, world):
    operator = world["users"]["operator"]
    response = _manifest(client, operator, world["day"])
    page = response.content.decode()
    assert "Fang" in page and "Emma" not in page
    # The package, its workshop and its room: one booking of three people, in one room.
    assert response.context["totals"] == {"bookings": 1, "people": 3, "rooms": 1}
    assert len(response.context["groups"]) == 3
    listing = client.get(LIST).content.decode()
    assert _detail(world["package"]) in listing
    assert _detail(_component(world)) not in listing  # shown within the package booking
    assert _detail(world["direct"]) not in listing
    assert client.get(_detail(world["direct"]), follow=True).status_code == 404


def test_staff_see_every_guest_once_in_the_totals(client, world):
    response = _manifest(client, world["users"]["staff"], world["day"])
    assert response.context["totals"] == {"bookings": 2, "people": 5, "rooms": 1}
    listing = client.get(LIST).content.decode()
    for booking in ("direct", "package", "stay"):
        assert _detail(world[booking]) in listing
    assert _detail(_component(world)) not in listing


@pytest.mark.parametrize("who", ["editor", "moderator", "other_coop", "other_operator"])
def test_nobody_else_sees_any_guest(client, world, who):
    client.force_login(world["users"][who])
    day = world["day"].isoformat()
    responses = [
        client.get(MANIFEST, {"date": day}),
        client.get(MANIFEST, {"date": day, "format": "csv"}),
        client.get(LIST),
        *(client.get(_detail(world[name])) for name in ("direct", "package", "stay")),
        client.get(_detail(_component(world))),
    ]
    for response in responses:
        assert response.status_code in (200, 302, 403, 404)
        for secret in (b"Emma", b"Fang", b"Somchai", b"+84 900", b"emma@example.com", b"fang@example.com"):
            assert secret not in response.content
    if who == "other_operator":  # an operator opens the Bookings, and sees none of them
        assert responses[2].status_code == 200
        assert responses[0].context["totals"] == {"bookings": 0, "people": 0, "rooms": 0}
    else:
        assert all(response.status_code != 200 for response in responses)


def test_cancelled_and_expired_bookings_are_not_listed(client, world):
    now = timezone.now()
    cancel(booking=world["direct"], now=now)
    past = now - datetime.timedelta(hours=2)
    hold_session_seats(
        session=world["session"],
        people=1,
        traveller=Traveller(name="Gone", email="gone@example.com", phone=""),
        now=past,  # its hold ran out long ago
    )
    hold_session_seats(
        session=world["session"],
        people=1,
        traveller=Traveller(name="Paying", email="paying@example.com", phone=""),
        now=now,
    )
    response = _manifest(client, world["users"]["coop"], world["day"])
    page = response.content.decode()
    assert "Emma" not in page and "Gone" not in page
    assert "Paying" in page and "Fang" in page  # a hold still running takes its place
    assert response.context["totals"] == {"bookings": 2, "people": 4, "rooms": 0}


def test_the_manifest_keeps_cao_bang_days_and_times_whatever_the_users_time_zone(client, world):
    coop = world["users"]["coop"]
    profile = coop.wagtail_userprofile
    profile.current_time_zone = "America/Los_Angeles"
    profile.save()
    response = _manifest(client, coop, world["day"])
    assert [group.time for group in response.context["groups"]] == ["08:00"]
    assert "Emma" in response.content.decode()


def test_the_manifest_moves_by_day_and_says_when_nobody_comes(client, world):
    response = _manifest(client, world["users"]["coop"], world["day"] + datetime.timedelta(days=1))
    page = response.content.decode()
    assert "Emma" not in page and response.context["groups"] == []
    assert f"?date={world['day'].isoformat()}" in page  # the previous day's link
    assert f"?date={(world['day'] + datetime.timedelta(days=2)).isoformat()}" in page
    assert timezone.localdate() + datetime.timedelta(days=DAYS) == world["day"]


def test_editors_say_who_hosts_a_place_and_the_host_then_sees_its_guests(client, world):
    editor = world["users"]["editor"]
    newcomer = make_user("hoa", Group.objects.get(name="Producers"))
    client.force_login(editor)
    add = "/admin/snippets/tourism/placehost/add/"
    assert client.get(add).status_code == 200
    homestay_id = world["room"].homestay_id
    response = client.post(add, {"user": newcomer.pk, "page": homestay_id})
    assert response.status_code == 302
    assert PlaceHost.objects.filter(user=newcomer, page_id=homestay_id).exists()
    assert "Somchai" in _manifest(client, newcomer, world["stay"].check_in).content.decode()

    client.force_login(world["users"]["moderator"])
    assert client.get(add).status_code in (302, 403)
    client.force_login(world["users"]["coop"])
    assert client.post(add, {"user": world["users"]["coop"].pk, "page": homestay_id}).status_code in (302, 403)
    assert not PlaceHost.objects.filter(user=world["users"]["coop"]).exists()


def test_hosts_and_operators_have_the_who_is_coming_menu_and_others_not(client, world):
    for who, shown in [("coop", True), ("family", True), ("operator", True), ("staff", True), ("editor", False)]:
        client.force_login(world["users"][who])
        assert (MANIFEST in client.get("/admin/").content.decode()) is shown, who


def test_a_hosts_booking_page_shows_no_cancel_action(client, world):
    client.force_login(world["users"]["coop"])
    page = client.get(_detail(world["direct"])).content.decode()
    assert "Emma" in page and "/cancel/" not in page
    assert Booking.objects.filter(pk=world["direct"].pk).exists()


def test_the_manifests_queries_do_not_grow_with_its_guests(client, world):
    staff = world["users"]["staff"]
    client.force_login(staff)

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(MANIFEST, {"date": world["day"].isoformat()}).status_code == 200
            assert client.get(MANIFEST, {"date": world["day"].isoformat(), "format": "csv"}).status_code == 200
        return len(queries)

    before = count()
    now = timezone.now()
    for number in range(3):
        traveller = Traveller(name=f"Guest {number}", email=f"g{number}@example.com", phone="")
        confirm_booking(
            booking=hold_session_seats(session=world["session"], people=1, traveller=traveller, now=now), now=now
        )
    assert count() == before
