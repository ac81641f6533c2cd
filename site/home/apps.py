from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home")

    def ready(self):
        from home import image_filters, translated_slugs
        from home.languages import register_lao

        register_lao()
        image_filters.install()
        translated_slugs.connect()
