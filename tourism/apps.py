from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from core.sections import register_section
from storefront.line_sources import register_line_source


class TourismConfig(AppConfig):
    name = "tourism"
    verbose_name = _("Tourism")

    def ready(self):
        # Bookings plug into the cart as a line source. Imported here, not above, because the line
        # source uses the models, which Django loads after the app configs (its documented pattern).
        from tourism.line_source import BookingLineSource

        register_line_source(BookingLineSource())
        register_section("tourism/includes/order_bookings.html", on="order")
