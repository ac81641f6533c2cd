"""Tour operators add, change and remove the departures of their own packages.

Departures are rows, not page content (bookings point at them), and Wagtail's snippet views have
no per-row permission: operators get no model permission on departures and use these views,
which only ever reach departures of packages the user may edit in the page tree. Editors keep
the "Package departures" snippets. A departure with bookings keeps its date and is never deleted,
and its capacity never drops below the places already taken.
"""

from django import forms
from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext
from wagtail.permission_policies.pages import PagePermissionPolicy

from tourism.availability import departure_seats_taken
from tourism.departure_plan import departure_plan, next_sellable_dates
from tourism.models import Booking, PackageDeparture, PackagePage


def packages_editable_by(user):
    """Packages `user` may change in the page tree: an operator's own sub-tree, everything for editors."""
    pages = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return PackagePage.objects.filter(pk__in=pages.values("pk")).order_by("title")


def departures_editable_by(user):
    return PackageDeparture.objects.filter(package__in=packages_editable_by(user)).select_related("package")


class DepartureForm(forms.ModelForm):
    class Meta:
        model = PackageDeparture
        fields = ["package", "date", "capacity"]
        widgets = {"date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def __init__(self, *args, user, now, **kwargs):
        super().__init__(*args, **kwargs)
        self.now = now
        self.fields["package"].queryset = packages_editable_by(user)
        self.fields["capacity"].min_value = 1
        self.fields["capacity"].widget.attrs["min"] = 1
        self.booked = self.instance.pk is not None and Booking.objects.filter(departure=self.instance).exists()
        if self.booked:
            # Travellers hold tickets for this package on this date.
            self.fields["package"].disabled = True
            self.fields["date"].disabled = True

    def clean_date(self):
        date = self.cleaned_data["date"]
        if "date" in self.changed_data and date <= timezone.localtime(self.now).date():
            raise forms.ValidationError(gettext("A departure must be after today."))
        return date

    def clean(self):
        """A new date must sell: every itinerary day's session and room-night runs (tourism.departure_plan)."""
        data = super().clean()
        package, date, capacity = data.get("package"), data.get("date"), data.get("capacity")
        self.plan, self.suggestions = None, []
        if package is None or date is None or not capacity:
            return data
        self.plan = departure_plan(package=package, date=date, capacity=capacity, now=self.now)
        if self.plan.sells or "date" not in self.changed_data:
            return data
        self.suggestions = next_sellable_dates(package=package, after=timezone.localtime(self.now).date(), now=self.now)
        reasons = "; ".join(
            gettext("day %(number)s (%(date)s): %(part)s has no place")
            % {
                "number": part.day_number,
                "date": date_format(part.date, "SHORT_DATE_FORMAT"),
                "part": part.title,
            }
            for part in self.plan.blocking
        )
        message = gettext("This departure could never sell: %(reasons)s.") % {"reasons": reasons}
        if self.suggestions:
            message += " " + gettext("Dates on which every part runs: %(dates)s.") % {
                "dates": ", ".join(date_format(day, "SHORT_DATE_FORMAT") for day in self.suggestions)
            }
        self.add_error("date", message)
        return data

    def clean_capacity(self):
        capacity = self.cleaned_data["capacity"]
        if capacity < 1:
            raise forms.ValidationError(gettext("A departure needs at least one place."))
        if self.instance.pk is not None:
            taken = departure_seats_taken(departure=self.instance, now=self.now)
            if capacity < taken:
                raise forms.ValidationError(
                    gettext("%(count)s places are already booked; the capacity cannot be lower.") % {"count": taken}
                )
        return capacity


def departure_list(request):
    departures = (
        departures_editable_by(request.user).filter(date__gte=timezone.localdate()).order_by("date", "package__title")
    )
    return render(
        request,
        "tourism/admin/departures.html",
        {
            "departures": departures,
            "can_add": packages_editable_by(request.user).exists(),
        },
    )


def departure_edit(request, pk=None):
    """Add (pk None) or change a departure; the row is locked so a booking cannot slip in meanwhile."""
    with transaction.atomic():
        departure = None
        if pk is not None:
            departure = get_object_or_404(departures_editable_by(request.user).select_for_update(of=("self",)), pk=pk)
        form = DepartureForm(request.POST or None, instance=departure, user=request.user, now=timezone.now())
        checking = "check" in request.POST or "check" in request.GET  # "Check this date": the plan, nothing saved
        if request.method == "POST" and form.is_valid() and not checking:
            form.save()
            plan = form.plan
            if plan is not None and plan.places < plan.capacity:
                messages.warning(
                    request,
                    gettext("Saved, but only %(places)s of its %(capacity)s places can sell: its parts are smaller.")
                    % {"places": plan.places, "capacity": plan.capacity},
                )
            else:
                messages.success(request, gettext("Departure saved."))
            return redirect("tourism_departures")
    return render(request, "tourism/admin/departure_form.html", {"form": form, "departure": departure})


def departure_delete(request, pk):
    with transaction.atomic():
        departure = get_object_or_404(departures_editable_by(request.user).select_for_update(of=("self",)), pk=pk)
        booked = Booking.objects.filter(departure=departure).exists()
        if request.method == "POST" and not booked:
            departure.delete()
            messages.success(request, gettext("Departure deleted."))
            return redirect("tourism_departures")
    return render(request, "tourism/admin/departure_delete.html", {"departure": departure, "booked": booked})
