"""Guests' names, emails and phone numbers: Bookings staff, superusers and the package's own operator only.

Editors and Moderators write pages; another operator runs other packages; none of them, and no
anonymous visitor, sees a traveller in the Bookings admin, "Who is coming", or a session's usage page.
"""

import pytest
from django.apps import apps as django_apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone

from tests.tourism.factories import (
    make_departure,
    make_experience,
    make_operator,
    make_package,
    make_session,
    make_village,
)
from tourism.booking_staff import BOOKINGS_STAFF, setup_bookings_staff
from tourism.bookings import Traveller, hold_departure_seats, hold_session_seats

PACKAGE_GUEST = Traveller(name="Quokka Package-Guest", email="quokka@example.com", phone="0911000111")
SESSION_GUEST = Traveller(name="Wombat Session-Guest", email="wombat@example.com", phone="0922000222")
SECRETS = [PACKAGE_GUEST.name, PACKAGE_GUEST.phone, SESSION_GUEST.name, SESSION_GUEST.phone]


def _user(name, *groups, **extra):
    user = get_user_model().objects.create_user(name, f"{name}@example.com", "pw", **extra)
    user.groups.add(*groups)
    return user


@pytest.fixture
def world(home_page):
    village = make_village(home_page)
    experience = make_experience(village)
    ours, theirs = make_operator(home_page, "Alpha Travel"), make_operator(home_page, "Beta Tours")
    package = make_package(theirs, days=[(1, experience, None)])
    departure = make_departure(package, days_ahead=15)
    session = make_session(experience, days_ahead=15, hour=14)
    make_session(experience, days_ahead=15, hour=8)  # the package's own workshop that morning
    now = timezone.now()
    hold_departure_seats(departure=departure, people=2, traveller=PACKAGE_GUEST, now=now)
    hold_session_seats(session=session, people=1, traveller=SESSION_GUEST, now=now)
    alice, bob = _user("alice", ours.group), _user("bob", theirs.group)
    ours.members.add(alice)
    theirs.members.add(bob)
    return {
        "date": departure.date.isoformat(),
        "session": session,
        "editor": _user("ed", Group.objects.get(name="Editors")),
        "moderator": _user("mo", Group.objects.get(name="Moderators")),
        "other_operator": alice,
        "own_operator": bob,
        "staff": _user("sam", Group.objects.get(name=BOOKINGS_STAFF)),
        "superuser": get_user_model().objects.create_superuser("root", "root@example.com", "pw"),
    }


def _pages(client, world):
    """What the user gets from the manifest and the Bookings list (followed redirects included)."""
    manifest = client.get(reverse("tourism_manifest") + f"?date={world['date']}", follow=True)
    listing = client.get(reverse("wagtailsnippets_tourism_booking:list"), follow=True)
    return manifest, listing


@pytest.mark.parametrize("who", ["editor", "moderator"])
def test_editors_and_moderators_see_no_bookings_at_all(client, world, who):
    client.force_login(world[who])
    manifest, listing = _pages(client, world)
    usage = client.get(
        reverse("wagtailsnippets_tourism_experiencesession:usage", args=[world["session"].pk]), follow=True
    )
    delete = client.get(
        reverse("wagtailsnippets_tourism_experiencesession:delete", args=[world["session"].pk]), follow=True
    )
    for response in (manifest, listing, usage, delete):
        body = response.content.decode()
        assert not any(secret in body for secret in SECRETS), response.request["PATH_INFO"]
    refused = client.get(reverse("tourism_manifest") + f"?date={world['date']}")
    assert refused.status_code == 302 and "/manifest/" not in refused["Location"]  # Wagtail's "permission denied"
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "/admin/tourism/manifest/" not in menu and "/admin/snippets/tourism/booking/" not in menu


def test_anonymous_visitors_are_sent_to_the_login(client, world):
    manifest, listing = _pages(client, world)
    for response in (manifest, listing):
        assert "/login/" in response.redirect_chain[0][0]
        assert not any(secret in response.content.decode() for secret in SECRETS)


def test_another_operator_sees_none_of_these_guests(client, world):
    client.force_login(world["other_operator"])
    manifest, listing = _pages(client, world)
    assert manifest.status_code == listing.status_code == 200
    for response in (manifest, listing):
        assert not any(secret in response.content.decode() for secret in SECRETS)


def test_the_owning_operator_sees_its_package_guests_only(client, world):
    client.force_login(world["own_operator"])
    manifest, listing = _pages(client, world)
    body = manifest.content.decode()
    assert PACKAGE_GUEST.name in body and PACKAGE_GUEST.phone in body
    assert SESSION_GUEST.name not in body and SESSION_GUEST.phone not in body
    assert PACKAGE_GUEST.name in listing.content.decode() and SESSION_GUEST.name not in listing.content.decode()


@pytest.mark.parametrize("who", ["staff", "superuser"])
def test_bookings_staff_and_superusers_see_every_guest(client, world, who):
    client.force_login(world[who])
    manifest, listing = _pages(client, world)
    assert manifest.status_code == listing.status_code == 200
    assert all(secret in manifest.content.decode() for secret in SECRETS)
    assert PACKAGE_GUEST.name in listing.content.decode() and SESSION_GUEST.name in listing.content.decode()
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "/admin/tourism/manifest/" in menu


def test_the_migration_takes_view_booking_back_from_editors_and_is_idempotent(db):
    editors = Group.objects.get(name="Editors")
    editors.permissions.add(Permission.objects.get(content_type__app_label="tourism", codename="view_booking"))

    setup_bookings_staff(django_apps)
    staff = setup_bookings_staff(django_apps)

    assert not editors.permissions.filter(content_type__app_label="tourism", codename="view_booking").exists()
    assert {"access_admin", "view_booking", "view_guest_details"} <= set(
        staff.permissions.values_list("codename", flat=True)
    )
    assert Group.objects.filter(name=BOOKINGS_STAFF).count() == 1
