from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from storefront.models import DeliveryRate, Order, ProducerMember, StockLevel
from storefront.order_admin import OrderPermissionPolicy, OrderViewSet
from storefront.sales import is_producer_member
from storefront.sales_admin import my_sales
from storefront.voucher_admin import VoucherViewSet


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
register_snippet(VoucherViewSet)


class ProducerMemberViewSet(SnippetViewSet):
    """Editors say which admin users sell for which producer (see "My sales")."""

    model = ProducerMember
    icon = "group"
    menu_label = _("Producer members")
    menu_order = 320
    add_to_admin_menu = True
    list_display = ["user", "producer"]


register_snippet(ProducerMemberViewSet)


class MySalesMenuItem(MenuItem):
    def is_shown(self, request):
        return is_producer_member(request.user)


@hooks.register("register_admin_urls")
def register_my_sales_url():
    return [path("my-sales/", my_sales, name="storefront_my_sales")]


@hooks.register("register_admin_menu_item")
def register_my_sales_menu_item():
    return MySalesMenuItem(_("My sales"), reverse("storefront_my_sales"), icon_name="list-ul", order=290)
