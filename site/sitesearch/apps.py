from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from sitesearch import registry


class SitesearchConfig(AppConfig):
    # Not "search": Wagtail's wagtail.search owns that module name in templates and commands.
    name = "sitesearch"
    label = "sitesearch"
    verbose_name = _("Site search")

    def ready(self):
        from sitesearch import signals  # imports models: only once the app registry is ready

        registry.discover()  # each app's searchable.py declares its types (core.searchable)
        signals.connect()
