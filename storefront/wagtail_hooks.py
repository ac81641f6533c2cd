from django.utils.translation import gettext_lazy as _
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from storefront.models import DeliveryRate, Order, StockLevel
from storefront.order_admin import OrderPermissionPolicy, OrderViewSet


class StockLevelViewSet(SnippetViewSet):
    """Stock is edited here, never inside the product page (see StockLevel for why)."""

    model = StockLevel
    icon = "tasks"
    menu_label = _("Stock")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["variant", "quantity"]
    list_per_page = 50

    def get_queryset(self, request):
        return StockLevel.objects.select_related("variant__product")


register_snippet(StockLevelViewSet)


class DeliveryRateViewSet(SnippetViewSet):
    """Editors set delivery fees by zone and weight; checkout takes the cheapest rate that fits."""

    model = DeliveryRate
    icon = "site"
    menu_label = _("Delivery rates")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["zone", "max_weight_grams", "fee_vnd"]
    list_filter = ["zone"]


register_permission_policy(Order, OrderPermissionPolicy(Order))
register_snippet(OrderViewSet)
register_snippet(DeliveryRateViewSet)
