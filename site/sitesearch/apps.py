from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext_lazy as _


class SitesearchConfig(AppConfig):
    # Not "search": Wagtail's wagtail.search owns that module name in templates and commands.
    name = "sitesearch"
    label = "sitesearch"
    verbose_name = _("Site search")

    def ready(self):
        from sitesearch import signals

        autodiscover_modules("searchable")  # each app's searchable.py registers its types
        signals.connect()
