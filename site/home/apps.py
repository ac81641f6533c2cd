from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from core.languages import register_lang_info


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home")

    def ready(self):
        from home import translated_slugs

        register_lang_info()
        translated_slugs.connect()
