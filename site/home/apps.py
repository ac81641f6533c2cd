from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from core.languages import register_lang_info
from core.terms import register_terms


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home")

    def ready(self):
        from home import shop_pages, translated_slugs

        register_lang_info()
        translated_slugs.connect()
        register_terms(version=shop_pages.terms_version, url=shop_pages.terms_url)
