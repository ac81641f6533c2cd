from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home")

    def ready(self):
        from home import translated_slugs
        from home.languages import register_lao

        register_lao()
        translated_slugs.connect()
