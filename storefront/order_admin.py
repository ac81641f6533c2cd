"""Orders in the Wagtail admin: a read-only listing and detail page, with actions that go
through storefront.orders (the status machine, refunds) rather than editing rows."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.views.generic.models import InspectView
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import SnippetViewSet

from core.payments import GatewayError
from storefront.forms import RefundForm, ShipForm
from storefront.models import Order, Refund
from storefront.orders import (
    ALLOWED_TRANSITIONS,
    IllegalTransition,
    RefundError,
    mark_fulfilled,
    mark_shipped,
    refund,
    resolve_attention,
)


class OrderPermissionPolicy(ModelPermissionPolicy):
    """Orders come from checkout only and change only through the actions below: no add, edit or delete."""

    def user_has_permission(self, user, action):
        if action in {"add", "delete", "change"}:
            return False
        if action == "view":
            return super().user_has_permission(user, "view") or super().user_has_permission(user, "change")
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class OrderDetailView(InspectView):
    template_name = "storefront/admin/order_detail.html"
    any_permission_required = ["view"]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        order = self.object
        allowed = ALLOWED_TRANSITIONS[order.status]
        context.update(
            order=order,
            lines=order.lines.select_related("producer"),
            payments=order.payments.all(),
            refunds=order.refunds.order_by("created_at"),
            history=order.status_changes.all(),
            events=order.payment_events.order_by("received_at"),
            can_fulfil="fulfilled" in allowed,
            can_ship="shipped" in allowed,
            ship_form=ShipForm(),
            refund_form=RefundForm(
                initial={"request_key": Refund.new_request_key(), "amount_vnd": order.total_vnd - order.refunded_vnd}
            )
            if order.refunded_vnd < order.total_vnd
            and order.status in ("paid", "fulfilled", "shipped", "partially_refunded")
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
                    messages.error(request, _("Enter a tracking number."))
                else:
                    mark_shipped(order_id=order.pk, tracking_number=form.cleaned_data["tracking_number"])
                    messages.success(request, _("Order %(number)s is marked shipped.") % {"number": order.number})
            else:
                form = RefundForm(request.POST)
                if not form.is_valid():
                    messages.error(request, _("Enter an amount to refund."))
                else:
                    row = refund(
                        order_id=order.pk,
                        amount_vnd=form.cleaned_data["amount_vnd"],
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
