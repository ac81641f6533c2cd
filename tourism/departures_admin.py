"""Tour operators add, change and remove the departures of their own packages.

Departures are rows, not page content (bookings point at them), and Wagtail's snippet views have
no per-row permission: operators get no model permission on departures and use these views,
which only ever reach departures of packages the user may edit in the page tree. Editors keep
the "Package departures" snippets. A departure with bookings keeps its date and is never deleted,
and its capacity never drops below the places already taken.

Each experience day may keep places on one of that day's sessions for the departure (a
SessionAllotment), so direct bookings cannot sell them away; saving locks the departure and then
those sessions (tourism.bookings.lock_places) before the places are checked.
"""

from django import forms
from django.contrib import messages
from django.db import transaction
from django.db.models import Prefetch, Sum
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext, ngettext
from wagtail.permission_policies.pages import PagePermissionPolicy

from tourism.availability import allotment_limit, departure_seats_taken, departures_availabilities
from tourism.bookings import lock_places
from tourism.departure_plan import departure_plan, next_sellable_dates, set_allotments
from tourism.models import Booking, PackageDay, PackageDeparture, PackagePage


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
        self.plan, self.suggestions, self.allotments = None, [], {}
        self._add_allotment_fields()

    def _chosen(self, name):
        """The package, date or capacity asked for (the data if it is valid), else the departure's."""
        field = self.fields[name]
        if self.is_bound and not field.disabled:
            try:
                return field.clean(field.widget.value_from_datadict(self.data, self.files, self.add_prefix(name)))
            except forms.ValidationError:
                return None
        return getattr(self.instance, name, None) if self.instance.pk else self.initial.get(name)

    def _add_allotment_fields(self):
        """Per experience day of the chosen date: which session keeps places for the departure, and how many."""
        self.allotment_rows = []
        package, date, capacity = self._chosen("package"), self._chosen("date"), self._chosen("capacity") or 0
        if package is None or date is None:
            return
        departure = self.instance if self.instance.pk else None
        plan = departure_plan(package=package, date=date, capacity=capacity, now=self.now, departure=departure)
        self.plan = plan  # shown before the form is checked (clean() counts again, under the locks)
        kept = dict(departure.allotments.values_list("session_id", "places")) if departure else {}
        for index, part in enumerate(part for part in plan.parts if part.kind == "experience"):
            if not part.sessions:
                continue
            name = f"allotment-{index}"
            choices = [("", gettext("Keep no places"))] + [
                (
                    str(session.pk),
                    ngettext("%(time)s · %(count)s place free", "%(time)s · %(count)s places free", left)
                    % {"time": f"{timezone.localtime(session.starts_at):%H:%M}", "count": left},
                )
                for session, left in part.sessions
            ]
            current = next((session for session, _left in part.sessions if session.pk in kept), None)
            best = max(left for _session, left in part.sessions)
            self.fields[f"{name}-session"] = forms.ChoiceField(
                label=gettext("Session to keep places on, day %(number)s: %(title)s")
                % {"number": part.day_number, "title": part.title},
                choices=choices,
                required=False,
                initial=str(current.pk) if current else "",
            )
            self.fields[f"{name}-places"] = forms.IntegerField(
                label=gettext("Places kept on it"),
                min_value=0,
                required=False,
                initial=kept[current.pk] if current else min(capacity, best),
                help_text=gettext("By default the departure's capacity, at most the places still free."),
            )
            if self.is_bound and self.data.get(self.add_prefix(f"{name}-session")) not in {c for c, _l in choices}:
                # The date changed since the page was shown: its sessions are others.
                self.data = self.data.copy()
                self.data[self.add_prefix(f"{name}-session")] = ""
            self.allotment_rows.append((part, self[f"{name}-session"], self[f"{name}-places"], dict(part.sessions)))

    @property
    def main_fields(self):
        return [self[name] for name in self._meta.fields]

    @property
    def allotment_fields(self):
        return [bound for _part, choice, places, _sessions in self.allotment_rows for bound in (choice, places)]

    @property
    def allotment_session_ids(self):
        """The sessions this form may keep places on, to lock before it is validated."""
        return [session.pk for _part, _choice, _places, sessions in self.allotment_rows for session in sessions]

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
        self.allotments = {}
        if package is None or date is None or not capacity:
            return data
        departure = self.instance if self.instance.pk else None
        self.plan = departure_plan(package=package, date=date, capacity=capacity, now=self.now, departure=departure)
        self.allotments = self._clean_allotments(capacity)
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

    def _clean_allotments(self, capacity):
        """{session: places} asked for; each at most what is free for this departure (counted after
        the view has locked the sessions) and its capacity."""
        wanted = {}
        departure = self.instance if self.instance.pk else PackageDeparture(capacity=capacity)
        departure.capacity = capacity
        for part, choice, places_field, sessions in self.allotment_rows:
            chosen = self.cleaned_data.get(choice.name)
            if not chosen:
                continue
            session = next(session for session in sessions if str(session.pk) == chosen)
            limit = allotment_limit(departure=departure, session=session, now=self.now)
            places = self.cleaned_data.get(places_field.name)
            if places is None:
                places = limit  # the default: the departure's capacity, at most what is free
            elif places > limit:
                self.add_error(
                    places_field.name,
                    ngettext(
                        "Day %(number)s (%(date)s): only %(count)s place can be kept on this session.",
                        "Day %(number)s (%(date)s): only %(count)s places can be kept on this session.",
                        limit,
                    )
                    % {"number": part.day_number, "date": date_format(part.date, "SHORT_DATE_FORMAT"), "count": limit},
                )
                continue
            wanted[session] = places
        return wanted

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
    now = timezone.now()
    departures = list(
        departures_editable_by(request.user)
        .filter(date__gte=timezone.localdate(now))
        .prefetch_related(Prefetch("package__days", queryset=PackageDay.objects.order_by("day_number", "sort_order")))
        .order_by("date", "package__title")
    )
    available = departures_availabilities(
        departures=departures, days_of=lambda departure: departure.package.days.all(), now=now
    )
    taken = dict(
        Booking.objects.active(now=now)
        .filter(departure__in=departures, parent=None)
        .values_list("departure_id")
        .annotate(n=Sum("people"))
    )
    for departure in departures:
        departure.available = available[departure.pk]
        # Places of its own left, yet none to sell: one of its parts does not run (or is full) on its day.
        departure.cannot_sell = departure.available == 0 and taken.get(departure.pk, 0) < departure.capacity
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
        now = timezone.now()
        form = DepartureForm(request.POST or None, instance=departure, user=request.user, now=now)
        checking = "check" in request.POST or "check" in request.GET  # "Check this date": the plan, nothing saved
        if request.method == "POST" and not checking:
            # The departure (above), then the sessions it may keep places on: lock_places' order.
            lock_places(departure_ids=[departure.pk] if departure else [], session_ids=form.allotment_session_ids)
        if request.method == "POST" and form.is_valid() and not checking:
            saved = form.save()
            set_allotments(departure=saved, places_by_session=form.allotments, now=now)
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
