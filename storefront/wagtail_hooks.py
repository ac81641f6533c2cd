from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from storefront.models import StockLevel


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
