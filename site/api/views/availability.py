"""Availability of an experience, a homestay or a package over dates, from tourism.availability."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext
from drf_spectacular.utils import extend_schema
from rest_framework.response import Response

from api.errors import ApiError, ErrorCode
from api.schema import ERRORS_READ, LANG_PARAMETER
from api.serializers import (
    DateRangeQuerySerializer,
    ExperienceAvailabilitySerializer,
    HomestayAvailabilitySerializer,
    PackageAvailabilitySerializer,
    StayQuerySerializer,
)
from api.views_base import ApiView, not_found
from core import api_fields
from tourism.availability import package_availability, room_is_free, session_seats_left
from tourism.models import ExperiencePage, HomestayPage, PackagePage

MAX_DAYS = 92
DEFAULT_DAYS = 30


def _live(model, pk):
    page = model.objects.live().public().filter(pk=pk).first()
    if page is None:
        raise not_found()
    return page


def _date_range(params):
    start = params.get("start") or timezone.localdate()
    end = params.get("end") or min(
        start, datetime.date.max - datetime.timedelta(days=DEFAULT_DAYS)
    ) + datetime.timedelta(days=DEFAULT_DAYS)
    if end < start:
        raise ApiError(ErrorCode.INVALID, gettext("The end date must not be before the start date."))
    if (end - start).days > MAX_DAYS:
        raise ApiError(ErrorCode.INVALID, gettext("Ask for at most %(days)s days at a time.") % {"days": MAX_DAYS})
    return start, end


class ExperienceAvailabilityView(ApiView):
    @extend_schema(
        tags=["availability"],
        operation_id="experience_availability",
        parameters=[LANG_PARAMETER, DateRangeQuerySerializer],
        responses={200: ExperienceAvailabilitySerializer, **ERRORS_READ},
        description="The experience's sessions between two dates with the seats left on each.",
    )
    def get(self, request, page_id):
        experience = _live(ExperiencePage, page_id)
        start, end = _date_range(self.validated_query(DateRangeQuerySerializer))
        now = timezone.now()
        sessions = experience.sessions.filter(starts_at__date__gte=start, starts_at__date__lte=end).order_by(
            "starts_at"
        )
        return Response(
            {
                "experience": api_fields.page_summary(experience, request),
                "price_per_person_vnd": experience.price_per_person_vnd,
                "min_group": experience.min_group,
                "max_group": experience.max_group,
                "start": start,
                "end": end,
                "sessions": [
                    {
                        "id": s.pk,
                        "starts_at": s.starts_at,
                        "capacity": s.capacity,
                        "seats_left": session_seats_left(session=s, now=now) if s.starts_at > now else 0,
                    }
                    for s in sessions
                ],
            }
        )


class HomestayAvailabilityView(ApiView):
    @extend_schema(
        tags=["availability"],
        operation_id="homestay_availability",
        parameters=[LANG_PARAMETER, StayQuerySerializer],
        responses={200: HomestayAvailabilitySerializer, **ERRORS_READ},
        description="Each room of the homestay for the nights from check-in to check-out: free or not, and the price.",
    )
    def get(self, request, page_id):
        homestay = _live(HomestayPage, page_id)
        params = self.validated_query(StayQuerySerializer)
        check_in, check_out, guests = params["check_in"], params["check_out"], params["guests"]
        nights = (check_out - check_in).days
        if nights < 1:
            raise ApiError(ErrorCode.INVALID, gettext("Check-out must be at least one night after check-in."))
        if nights > MAX_DAYS:
            raise ApiError(ErrorCode.INVALID, gettext("Ask for at most %(days)s days at a time.") % {"days": MAX_DAYS})
        now = timezone.now()
        past = check_in < timezone.localdate()
        rooms = [
            {
                "id": room.pk,
                "room_type": room.room_type,
                "beds": room.beds,
                "capacity": room.capacity,
                "nightly_price_vnd": room.nightly_price_vnd,
                "total_vnd": room.nightly_price_vnd * nights,
                "free": not past and room_is_free(room=room, check_in=check_in, check_out=check_out, now=now),
                "fits": room.capacity >= guests,
            }
            for room in homestay.rooms.order_by("sort_order", "pk")
        ]
        return Response(
            {
                "homestay": api_fields.page_summary(homestay, request),
                "check_in": check_in,
                "check_out": check_out,
                "nights": nights,
                "guests": guests,
                "available": any(r["free"] and r["fits"] for r in rooms),
                "rooms": rooms,
            }
        )


class PackageAvailabilityView(ApiView):
    @extend_schema(
        tags=["availability"],
        operation_id="package_availability",
        parameters=[LANG_PARAMETER, DateRangeQuerySerializer],
        responses={200: PackageAvailabilitySerializer, **ERRORS_READ},
        description="The package's departures between two dates with the places left (the least of its parts).",
    )
    def get(self, request, page_id):
        package = _live(PackagePage, page_id)
        start, end = _date_range(self.validated_query(DateRangeQuerySerializer))
        now = timezone.now()
        today = timezone.localdate()
        departures = package.departures.filter(date__gte=start, date__lte=end).order_by("date")
        return Response(
            {
                "package": api_fields.page_summary(package, request),
                "price_per_person_vnd": package.price_per_person_vnd,
                "start": start,
                "end": end,
                "departures": [
                    {
                        "id": d.pk,
                        "date": d.date,
                        "capacity": d.capacity,
                        "available": package_availability(departure=d, now=now) if d.date > today else 0,
                    }
                    for d in departures
                ],
            }
        )
