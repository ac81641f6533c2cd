"""Orders in the Wagtail admin: a read-only listing and detail page, with actions that go
through storefront.orders (the status machine, refunds) rather than editing rows."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.views.generic.models import InspectView
from wagtail.snippets.views.snippets import SnippetViewSet

from core.admin_permissions import ActionsOnlyPermissionPolicy
from core.payments import GatewayError
from storefront.models import LineKind, Order, Refund
from storefront.orders import (
    ALLOWED_TRANSITIONS,
    CANCELLABLE,
    REFUNDABLE,
    IllegalTransition,
    LineRefund,
    RefundError,
    cancel_order,
    mark_fulfilled,
    mark_shipped,
    refund,
    resolve_attention,
)
from storefront.sales import titles_for_staff


class ShipForm(forms.Form):
    carrier = forms.CharField(label=gettext_lazy("Carrier"), max_length=80)
    tracking_number = forms.CharField(label=gettext_lazy("Tracking number"), max_length=80)
    tracking_url = forms.URLField(
        label=gettext_lazy("Tracking link"),
        max_length=200,
        required=False,
        assume_scheme="https",
        help_text=gettext_lazy("The carrier's page for this parcel, e.g. https://…"),
    )


class RefundForm(forms.Form):
    """Units of each product line (with "put back into stock"), or a free amount: one or the other."""

    amount_vnd = forms.IntegerField(
        label=gettext_lazy("Or an amount to refund (VND)"),
        min_value=1,
        required=False,
        help_text=gettext_lazy("Leave empty to refund the units chosen above."),
    )
    reason = forms.CharField(label=gettext_lazy("Reason"), max_length=255, required=False)
    request_key = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, lines=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.product_lines = [line for line in lines if line.kind == LineKind.PRODUCT]
        for line in self.product_lines:
            self.fields[f"quantity_{line.pk}"] = forms.IntegerField(
                label=getattr(line, "staff_title", "") or line.description,
                min_value=0,
                required=False,
                initial=0,
            )
            self.fields[f"restock_{line.pk}"] = forms.BooleanField(
                label=gettext_lazy("Put back into stock"), required=False
            )
        self.order_fields(
            [name for line in self.product_lines for name in (f"quantity_{line.pk}", f"restock_{line.pk}")]
            + ["amount_vnd", "reason", "request_key"]
        )

    def line_fields(self):
        return [(line, self[f"quantity_{line.pk}"], self[f"restock_{line.pk}"]) for line in self.product_lines]

    def line_refunds(self):
        return [
            LineRefund(
                line_id=line.pk,
                quantity=self.cleaned_data.get(f"quantity_{line.pk}") or 0,
                restock=bool(self.cleaned_data.get(f"restock_{line.pk}")),
            )
            for line in self.product_lines
            if self.cleaned_data.get(f"quantity_{line.pk}")
        ]

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        if cleaned.get("amount_vnd") and self.line_refunds():
            raise forms.ValidationError(_("Refund either units of lines or an amount, not both."))
        if not cleaned.get("amount_vnd") and not self.line_refunds():
            raise forms.ValidationError(_("Choose the units to refund, or enter an amount."))
        return cleaned


class CancelForm(forms.Form):
    reason = forms.CharField(label=gettext_lazy("Reason"), max_length=255, required=False)
    request_key = forms.CharField(widget=forms.HiddenInput)


class OrderPermissionPolicy(ActionsOnlyPermissionPolicy):
    """Orders come from checkout only and change only through the actions below: no add, edit or delete."""


class OrderDetailView(InspectView):
    template_name = "storefront/admin/order_detail.html"
    any_permission_required = ["view"]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        order = self.object
        allowed = ALLOWED_TRANSITIONS[order.status]
        lines = list(order.lines.select_related("producer", "variant__product"))
        titles = titles_for_staff(lines=lines)
        for line in lines:
            line.staff_title = titles.get(line.pk, "")
        refundable = order.refunded_vnd < order.total_vnd and order.status in REFUNDABLE
        context.update(
            order=order,
            lines=lines,
            payments=order.payments.all(),
            refunds=order.refunds.order_by("created_at").prefetch_related("lines__line"),
            history=order.status_changes.all(),
            events=order.payment_events.order_by("received_at"),
            can_fulfil="fulfilled" in allowed,
            can_ship="shipped" in allowed,
            ship_form=ShipForm(initial={"carrier": order.carrier}),
            refund_form=RefundForm(lines=lines, initial={"request_key": Refund.new_request_key()})
            if refundable
            else None,
            cancel_form=CancelForm(initial={"request_key": Refund.new_request_key()})
            if order.status in CANCELLABLE and refundable
            else None,
        )
        return context


class OrderViewSet(SnippetViewSet):
    model = Order
    icon = "list-ul"
    menu_label = gettext_lazy("Orders")
    menu_order = 290
    add_to_admin_menu = True
    inspect_view_enabled = True
    inspect_view_class = OrderDetailView
    list_display = ["number", "name", "status", "total_vnd", "needs_attention", "created_at"]
    list_filter = {
        "needs_attention": ["exact"],
        "status": ["exact"],
        "created_at": ["gte", "lte"],
        "lines__producer": ["exact"],
    }
    list_per_page = 50
    search_fields = ["number", "name", "email"]

    def get_queryset(self, request):
        return Order.objects.all().distinct()

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("fulfil/<int:pk>/", order_action(self, "fulfil"), name="fulfil"),
            path("ship/<int:pk>/", order_action(self, "ship"), name="ship"),
            path("refund/<int:pk>/", order_action(self, "refund"), name="refund"),
            path("cancel/<int:pk>/", order_action(self, "cancel"), name="cancel"),
            path("resolve/<int:pk>/", order_action(self, "resolve"), name="resolve"),
        ]


def order_action(viewset, action):
    @require_POST
    def view(request, pk):
        if not request.user.has_perm("storefront.change_order"):
            raise PermissionDenied
        order = get_object_or_404(Order, pk=pk)
        try:
            if action == "fulfil":
                mark_fulfilled(order_id=order.pk)
                messages.success(request, _("Order %(number)s is marked packed.") % {"number": order.number})
            elif action == "resolve":
                resolve_attention(order_id=order.pk)
                messages.success(request, _("Order %(number)s no longer needs attention.") % {"number": order.number})
            elif action == "ship":
                form = ShipForm(request.POST)
                if not form.is_valid():
                    messages.error(request, _("Enter the carrier, the tracking number and a valid tracking link."))
                else:
                    mark_shipped(order_id=order.pk, **form.cleaned_data)
                    messages.success(request, _("Order %(number)s is marked shipped.") % {"number": order.number})
            elif action == "cancel":
                form = CancelForm(request.POST)
                if form.is_valid():
                    cancel_order(order_id=order.pk, user=request.user, **form.cleaned_data)
                    messages.success(
                        request, _("Order %(number)s is cancelled and refunded.") % {"number": order.number}
                    )
            else:
                form = RefundForm(request.POST, lines=list(order.lines.all()))
                if not form.is_valid():
                    for error in form.non_field_errors() or [_("Enter whole numbers of units, or an amount.")]:
                        messages.error(request, error)
                else:
                    row = refund(
                        order_id=order.pk,
                        amount_vnd=form.cleaned_data["amount_vnd"],
                        lines=form.line_refunds(),
                        request_key=form.cleaned_data["request_key"],
                        reason=form.cleaned_data["reason"],
                        user=request.user,
                    )
                    messages.success(request, _("Refund %(id)s recorded.") % {"id": row.provider_refund_id or row.pk})
        except IllegalTransition:
            messages.error(request, _("This order cannot move to that status from where it is."))
        except RefundError as error:
            messages.error(request, error.message)
        except GatewayError:  # the provider's own message is kept on the refund row, shown on the order
            messages.error(request, _("The payment provider could not be reached. Nothing was refunded; try again."))
        return redirect(viewset.get_url_name("inspect"), pk=order.pk)

    return view
