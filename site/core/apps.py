from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Core"

    def ready(self):
        # After every model is loaded and wagtail-modeltranslation (first in INSTALLED_APPS) has
        # patched the page models: the patches read both.
        from core import patches  # imports wagtail.models, which needs the app registry ready

        patches.install()
