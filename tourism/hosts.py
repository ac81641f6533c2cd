"""Who hosts what: the admin users who receive a place's guests, and the bookings they see.

A host is a user named on a PlaceHost row for an experience or a homestay, or a member
(storefront.ProducerMember) of the producer that hosts an experience (the forging co-operative
hosts its workshop). Hosts see the bookings of their places' sessions and rooms, including the
parts of package bookings that use them; nothing else.
"""

from django.conf import settings
from django.contrib.auth import get_user_model

from storefront.models import ProducerMember
from tourism import booking_staff
from tourism.models import ExperiencePage, PlaceHost, TourOperator


def hosted_page_ids(user):
    """The experiences and homestays `user` hosts (a set of page ids)."""
    if not user.is_authenticated or not user.is_active:
        return set()
    own = set(PlaceHost.objects.filter(user=user).values_list("page_id", flat=True))
    producers = ProducerMember.objects.filter(user=user).values("producer_id")
    return own | set(ExperiencePage.objects.filter(host_producer_id__in=producers).values_list("pk", flat=True))


def is_host(user):
    return bool(hosted_page_ids(user))


def can_open_bookings(user):
    """The Bookings list and "Who is coming" open for staff, operators and hosts (each sees what for_user gives)."""
    return booking_staff.can_open_bookings(user) or is_host(user)


def partner_recipients(booking):
    """[(email, language)] of the operator and the hosts of what `booking` books (its parts too)."""
    language = settings.LANGUAGE_CODE
    recipients = {}
    parts = [booking, *booking.components.select_related("session__experience", "room__homestay")]
    pages = set()
    for part in parts:
        if part.session_id:
            experience = part.session.experience
            pages.add(experience.pk)
            if experience.host_email:
                recipients.setdefault(experience.host_email, language)
            producer_users = ProducerMember.objects.filter(producer_id=experience.host_producer_id).values("user")
            for user in _users(pk__in=producer_users):
                recipients.setdefault(user.email, _language(user))
        if part.room_id:
            homestay = part.room.homestay
            pages.add(homestay.pk)
            if homestay.host_email:
                recipients.setdefault(homestay.host_email, language)
    for user in _users(hosted_places__page_id__in=pages):
        recipients.setdefault(user.email, _language(user))
    if booking.departure_id:
        operator = TourOperator.objects.get(packages=booking.departure.package_id)
        if operator.email:
            recipients.setdefault(operator.email, language)
        for user in _users(tour_operators=operator):
            recipients.setdefault(user.email, _language(user))
    return sorted(recipients.items())


def _users(**lookup):
    users = get_user_model().objects.filter(is_active=True, **lookup).exclude(email="")
    return users.select_related("wagtail_userprofile").distinct()


def _language(user):
    profile = getattr(user, "wagtail_userprofile", None)
    return (profile and profile.preferred_language) or settings.LANGUAGE_CODE
