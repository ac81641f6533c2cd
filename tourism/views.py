import datetime

from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.utils import timezone

from tourism.availability import bookings_on
from tourism.models import Booking


def manifest(request):
    """Who is coming on a day: the bookings the user may see, for ?date=YYYY-MM-DD (today by default)."""
    if not request.user.has_perm("tourism.view_booking"):
        raise PermissionDenied
    try:
        date = datetime.date.fromisoformat(request.GET.get("date", ""))
    except ValueError:
        date = timezone.localdate()
    bookings = bookings_on(date=date, queryset=Booking.objects.for_user(request.user)).order_by("lead_name")
    return render(request, "tourism/admin/manifest.html", {"date": date, "bookings": bookings})
