"""A small world of hosts, operators and their guests, for the hosts' and staff's admin tests.

The forging workshop is hosted by a producer co-operative (its member "tuan"); the homestay by a
family ("diep", a PlaceHost row); the package (day 1: the workshop and a night in the homestay) is
Alpha Travel's ("an"). Emma books the workshop, Fang the package (3 people), Somchai a later night.
"""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.users.models import UserProfile

from storefront.models import ProducerMember
from tests.storefront.factories import make_catalogue, make_producer
from tests.tourism.factories import (
    make_departure,
    make_experience,
    make_homestay,
    make_operator,
    make_package,
    make_session,
    make_village,
)
from tourism.booking_staff import BOOKINGS_STAFF
from tourism.bookings import Traveller, confirm_booking, hold_departure_seats, hold_room_nights, hold_session_seats
from tourism.models import PlaceHost

DAYS = 20


def make_user(name, *groups, language=""):
    user = get_user_model().objects.create_user(name, f"{name}@example.com", "pw")
    user.groups.add(*groups)
    if language:
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
    return user


def booked(hold, name, **kwargs):
    phone = f"+84 900 {len(name):03d}"
    booking = hold(traveller=Traveller(name=name, email=f"{name.lower()}@example.com", phone=phone), **kwargs)
    return confirm_booking(booking=booking, now=timezone.now())


def make_world(home_page):
    now = timezone.now()
    _catalogue, producers = make_catalogue(home_page)
    forge_coop, other_coop = make_producer(producers), make_producer(producers, name="HTX Khác", slug="htx-khac")
    village = make_village(home_page)
    forging = make_experience(village, name="Lò rèn")
    forging.host_producer = forge_coop
    forging.host_email = "lo-ren@example.com"
    forging.save_revision().publish()
    incense = make_experience(village, name="Làm hương")
    homestay = make_homestay(village, rooms=((900000, 4),))
    room = homestay.rooms.get()
    session = make_session(forging, days_ahead=DAYS)
    make_session(incense, days_ahead=DAYS)
    operator = make_operator(home_page, "Alpha Travel")
    operator.email = "alpha@example.com"
    operator.save()
    other_operator = make_operator(home_page, "Beta Travel")
    package = make_package(operator, days=[(1, forging, homestay), (2, None, None)])
    departure = make_departure(package, days_ahead=DAYS)
    producers_group = Group.objects.get(name="Producers")
    users = {
        "coop": make_user("tuan", producers_group, language="en"),
        "other_coop": make_user("khac", producers_group),
        "family": make_user("diep", producers_group),
        "operator": make_user("an", operator.group, language="zh-hans"),
        "other_operator": make_user("binh", other_operator.group),
        "editor": make_user("ed", Group.objects.get(name="Editors")),
        "moderator": make_user("mo", Group.objects.get(name="Moderators")),
        "staff": make_user("sam", Group.objects.get(name=BOOKINGS_STAFF)),
    }
    operator.members.add(users["operator"])
    other_operator.members.add(users["other_operator"])
    ProducerMember.objects.create(producer=forge_coop, user=users["coop"])
    ProducerMember.objects.create(producer=other_coop, user=users["other_coop"])
    PlaceHost.objects.create(user=users["family"], page=homestay)
    session_day = timezone.localtime(session.starts_at).date()
    return {
        "users": users,
        "session": session,
        "day": session_day,
        "room": room,
        "departure": departure,
        "operator": operator,
        "direct": booked(hold_session_seats, "Emma", session=session, people=2, now=now),
        "package": booked(hold_departure_seats, "Fang", departure=departure, people=3, now=now),
        "stay": booked(
            hold_room_nights,
            "Somchai",
            room=room,
            check_in=session_day + datetime.timedelta(days=5),
            check_out=session_day + datetime.timedelta(days=6),
            people=2,
            now=now,
        ),
    }
