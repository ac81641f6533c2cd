from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TourismConfig(AppConfig):
    name = "tourism"
    verbose_name = _("Tourism")

    def ready(self):
        from storefront.line_sources import register_line_source
        from tourism.line_source import BookingLineSource

        register_line_source(BookingLineSource())
