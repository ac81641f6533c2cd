"""Tourism's own API fields: seats, rooms and departures (tourism.availability), itineraries and policies."""

from django.utils import timezone
from rest_framework import serializers

from core.api_fields import PublicPageField
from tourism.availability import package_availability, room_is_free, session_seats_left


class SessionsField(serializers.Field):
    """An experience's next sessions with the seats left (tourism.availability)."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, experience):
        now = timezone.now()
        sessions = experience.sessions.filter(starts_at__gt=now).order_by("starts_at")[:20]
        return [
            {
                "id": s.pk,
                "starts_at": timezone.localtime(s.starts_at).isoformat(),
                "capacity": s.capacity,
                "seats_left": session_seats_left(session=s, now=now),
            }
            for s in sessions
        ]


class RoomsField(serializers.Field):
    """A homestay's rooms with tonight's availability."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, manager):
        now = timezone.now()
        tonight = timezone.localdate()
        tomorrow = tonight + timezone.timedelta(days=1)
        return [
            {
                "id": room.pk,
                "room_type": room.room_type,
                "beds": room.beds,
                "capacity": room.capacity,
                "nightly_price_vnd": room.nightly_price_vnd,
                "free_tonight": room_is_free(room=room, check_in=tonight, check_out=tomorrow, now=now),
            }
            for room in manager.order_by("sort_order", "pk")
        ]


class DeparturesField(serializers.Field):
    """A package's coming departures with the places left (the least of its parts, tourism.availability)."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, package):
        now = timezone.now()
        departures = package.departures.filter(date__gte=timezone.localdate()).order_by("date")[:12]
        return [
            {
                "id": d.pk,
                "date": d.date.isoformat(),
                "capacity": d.capacity,
                "available": package_availability(departure=d, now=now),
            }
            for d in departures
        ]


class ItineraryField(serializers.Field):
    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, manager):
        public = PublicPageField()
        public.bind("page", self.parent)
        return [
            {
                "day": day.day_number,
                "description": day.description,
                "experience": public.to_representation(day.experience) if day.experience_id else None,
                "homestay": public.to_representation(day.homestay) if day.homestay_id else None,
            }
            for day in manager.select_related("experience", "homestay").order_by("day_number", "sort_order")
        ]


class PolicyField(serializers.Field):
    """The cancellation policy shown at booking (copied onto each booking)."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, page):
        return {"free_cancellation_days": page.free_cancellation_days, "late_refund_percent": page.late_refund_percent}
