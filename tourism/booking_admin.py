"""The Bookings admin: read-only rows that change only through the actions here, like the Orders admin.

Staff (superusers, "Bookings staff") cancel a booking under the policy stored on it, or with another
refund and a reason that the log keeps (tourism.cancellations.cancel, the traveller's own path).
Operators and hosts see their bookings (Booking.objects.for_user) and cannot cancel them.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.views.generic import InspectView
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import SnippetViewSet

from tourism import cancellations
from tourism.booking_staff import sees_every_booking
from tourism.bookings import BookingError
from tourism.hosts import can_open_bookings
from tourism.models import Booking, BookingStatus


class BookingPermissionPolicy(ModelPermissionPolicy):
    """Bookings come from the site only: nobody adds, edits (a status dropdown) or deletes them here."""

    def user_has_permission(self, user, action):
        if action in {"add", "change", "delete"}:
            return False
        if action == "view":
            return can_open_bookings(user)
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


def can_cancel(user):
    return sees_every_booking(user)


class StaffCancelForm(forms.Form):
    refund_vnd = forms.IntegerField(label=gettext_lazy("Refund (VND)"), min_value=0)
    reason = forms.CharField(label=gettext_lazy("Reason (kept in the log)"), max_length=500)


class BookingDetailView(InspectView):
    template_name = "tourism/admin/booking_detail.html"
    any_permission_required = ["view"]

    def get_object(self, queryset=None):
        # Only a booking this user may see; any other id answers as one that does not exist.
        return get_object_or_404(
            Booking.objects.for_user(self.request.user).select_related(
                "session__experience", "room__homestay", "departure__package", "order_line__order"
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
            quote=quote,
            changes=booking.changes.select_related("staff", "from_session", "to_session"),
            components=booking.components.select_related("session__experience", "room__homestay"),
            can_cancel=cancellable and can_cancel(self.request.user),
            override_form=StaffCancelForm(initial={"refund_vnd": quote.refund_vnd}),
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
    permission_policy = BookingPermissionPolicy(Booking)

    def get_queryset(self, request):
        bookings = Booking.objects.for_user(request.user)
        if sees_every_booking(request.user):
            bookings = bookings.filter(parent=None)  # a package's parts are shown within it
        return bookings.select_related("session__experience", "room__homestay", "departure__package")

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [path("cancel/<int:pk>/", staff_cancel(self), name="cancel")]


def staff_cancel(viewset):
    @require_POST
    def view(request, pk):
        if not can_cancel(request.user):
            raise PermissionDenied
        booking = get_object_or_404(Booking, pk=pk, parent=None)
        refund_vnd, reason = None, ""
        if request.POST.get("override"):
            form = StaffCancelForm(request.POST)
            if not form.is_valid():
                messages.error(request, _("Give the refund and the reason for it."))
                return redirect(viewset.get_url_name("inspect"), pk=booking.pk)
            refund_vnd, reason = form.cleaned_data["refund_vnd"], form.cleaned_data["reason"]
        try:
            change = cancellations.cancel(
                booking=booking, now=timezone.now(), staff=request.user, refund_vnd=refund_vnd, reason=reason
            )
        except BookingError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request,
                _("Booking #%(number)s is cancelled; %(amount)s VND is refunded through its order.")
                % {"number": booking.pk, "amount": f"{change.refund_vnd or 0:,}".replace(",", ".")},
            )
        return redirect(viewset.get_url_name("inspect"), pk=booking.pk)

    return view
