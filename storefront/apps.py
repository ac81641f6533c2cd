from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StorefrontConfig(AppConfig):
    name = "storefront"
    verbose_name = _("Storefront")

    def ready(self):
        import storefront.payments.checks  # noqa: F401  registers the deploy check of the Stripe settings
        import storefront.product_lines  # noqa: F401  registers the "product" line source
