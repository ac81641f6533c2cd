"""The Bookings admin: read-only rows that change only through the actions here, like the Orders admin.

Staff (superusers, "Bookings staff") cancel a booking under the policy stored on it, or with another
refund and a reason that the log keeps (tourism.cancellations.cancel, the traveller's own path).
Operators and hosts see their bookings (Booking.objects.for_user) and cannot cancel them.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.validators import MaxValueValidator
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.views.generic import InspectView
from wagtail.snippets.views.snippets import SnippetViewSet

from core.admin_permissions import ActionsOnlyPermissionPolicy
from storefront.templatetags.storefront_tags import vnd
from tourism import cancellations
from tourism.booking_staff import sees_every_booking
from tourism.bookings import BookingError
from tourism.hosts import can_open_bookings
from tourism.manifests import language_name
from tourism.models import Booking, BookingStatus


class BookingPermissionPolicy(ActionsOnlyPermissionPolicy):
    """Bookings come from the site only: nobody adds, edits (a status dropdown) or deletes them here."""

    def can_view(self, user):
        return can_open_bookings(user)


def can_cancel(user):
    return sees_every_booking(user)


class StaffCancelForm(forms.Form):
    refund_vnd = forms.IntegerField(label=gettext_lazy("Refund (VND)"), min_value=0)
    reason = forms.CharField(label=gettext_lazy("Reason (kept in the log)"), max_length=500)

    def __init__(self, *args, total_vnd, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["refund_vnd"].max_value = total_vnd
        self.fields["refund_vnd"].validators.append(MaxValueValidator(total_vnd))
        self.fields["refund_vnd"].widget.attrs["max"] = total_vnd
        self.fields["reason"].error_messages["required"] = _("Give the reason for another refund than the policy's.")


class BookingDetailView(InspectView):
    template_name = "tourism/admin/booking_detail.html"
    any_permission_required = ["view"]

    def get_object(self, queryset=None):
        # Only a booking this user may see; any other id answers as one that does not exist.
        return get_object_or_404(
            Booking.objects.for_user(self.request.user).select_related(
                "session__experience",
                "room__homestay",
                "departure__package",
                "order_line__order",
                "parent__departure__package",
            ),
            pk=self.kwargs["pk"],
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        booking = self.object
        quote = cancellations.quote(booking=booking, now=timezone.now())
        cancellable = booking.parent_id is None and booking.status in (BookingStatus.HELD, BookingStatus.CONFIRMED)
        context.update(
            booking=booking,
            parent=booking.parent,
            language_name=language_name(booking.language),
            quote=quote,
            # A part's changes are its package booking's (a part is never cancelled alone).
            changes=(booking.parent or booking).changes.select_related("staff", "from_session", "to_session"),
            components=booking.components.select_related("session__experience", "room__homestay"),
            can_cancel=cancellable and can_cancel(self.request.user),
            override_form=StaffCancelForm(initial={"refund_vnd": quote.refund_vnd}, total_vnd=booking.total_vnd),
        )
        return context


class BookingViewSet(SnippetViewSet):
    model = Booking
    icon = "date"
    menu_label = gettext_lazy("Bookings")
    menu_order = 310
    add_to_admin_menu = True
    inspect_view_enabled = True
    inspect_view_class = BookingDetailView
    list_display = ["__str__", "status", "booked_item", "total_vnd", "created_at"]
    list_filter = ["status", "kind"]
    list_per_page = 50

    def get_queryset(self, request):
        # A package's parts are shown within it; a host, who cannot see the package booking, sees its part.
        if sees_every_booking(request.user):
            bookings = Booking.objects.filter(parent=None)
        else:
            visible = Booking.objects.for_user(request.user)
            bookings = visible.exclude(parent__in=Booking.objects.for_user(request.user).values("pk"))
        return bookings.select_related("session__experience", "room__homestay", "departure__package")

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [path("cancel/<int:pk>/", staff_cancel(self), name="cancel")]


def staff_cancel(viewset):
    """GET, or POST without `confirm`: the confirmation page saying the refund; POST with `confirm`: cancel."""

    def view(request, pk):
        if not can_cancel(request.user):
            raise PermissionDenied
        booking = get_object_or_404(Booking, pk=pk, parent=None)
        detail = redirect(viewset.get_url_name("inspect"), pk=booking.pk)
        if request.method not in ("GET", "POST"):
            return HttpResponseNotAllowed(["GET", "POST"])
        override = request.method == "POST" and bool(request.POST.get("override"))
        quote = cancellations.quote(booking=booking, now=timezone.now())
        refund_vnd, reason = quote.refund_vnd, ""
        if override:
            form = StaffCancelForm(request.POST, total_vnd=booking.total_vnd)
            if not form.is_valid():
                for errors in form.errors.values():
                    messages.error(request, " ".join(errors))
                return detail
            refund_vnd, reason = form.cleaned_data["refund_vnd"], form.cleaned_data["reason"]
        if booking.status not in (BookingStatus.HELD, BookingStatus.CONFIRMED):
            messages.error(request, _("This booking is no longer active."))
            return detail
        if booking.status != BookingStatus.CONFIRMED:
            refund_vnd = 0  # a hold was never paid
        if request.method == "GET" or not request.POST.get("confirm"):
            context = {
                "booking": booking,
                "quote": quote,
                "override": override,
                "refund_vnd": refund_vnd,
                "reason": reason,
                "header_title": _("Cancel booking #%(number)s") % {"number": booking.pk},
                "page_title": _("Cancel booking #%(number)s") % {"number": booking.pk},
                "header_icon": "date",
            }
            response = TemplateResponse(request, "tourism/admin/booking_cancel.html", context)
            response["Cache-Control"] = "private, no-store"
            return response
        try:
            change = cancellations.cancel(
                booking=booking,
                now=timezone.now(),
                staff=request.user,
                refund_vnd=refund_vnd if override else None,
                reason=reason,
            )
        except BookingError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request,
                _("Booking #%(number)s is cancelled; %(amount)s is refunded through its order.")
                % {"number": booking.pk, "amount": vnd(change.refund_vnd or 0)},
            )
        return detail

    return view
