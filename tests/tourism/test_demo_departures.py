"""Every demo departure can sell its places (its parts line up), and one keeps places on its session."""

import pytest
from django.utils import timezone

from tests.tourism.test_demo import _seed
from tourism.availability import package_availability, session_seats_left
from tourism.departure_plan import departure_plan
from tourism.models import PackageDeparture, SessionAllotment

pytestmark = pytest.mark.django_db


def test_every_demo_departure_sells_and_one_keeps_an_allotment(settings, tmp_path):
    _seed(settings, tmp_path)
    now = timezone.now()
    departures = list(PackageDeparture.objects.select_related("package"))
    assert len(departures) == 6
    for departure in departures:
        plan = departure_plan(
            package=departure.package, date=departure.date, capacity=departure.capacity, now=now, departure=departure
        )
        assert plan.verdict == "sells", (departure, [(p.title, p.places) for p in plan.parts])
        assert package_availability(departure=departure, now=now) == departure.capacity
    allotment = SessionAllotment.objects.select_related("session", "departure").get()
    assert allotment.places == 4
    assert timezone.localtime(allotment.session.starts_at).date() == allotment.departure.date
    assert session_seats_left(session=allotment.session, now=now) == allotment.session.capacity - 4

    _seed(settings, tmp_path)  # again: nothing new, the allotment kept
    assert PackageDeparture.objects.count() == 6 and SessionAllotment.objects.count() == 1
