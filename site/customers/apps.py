from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from core.sections import register_section


class CustomersConfig(AppConfig):
    name = "customers"
    verbose_name = _("Customers")

    def ready(self):
        from customers import signals  # connects the @receiver functions on import

        signals.connect()
        # Below the checkout's address: "Save this address to my account" (core.sections).
        register_section("customers/includes/checkout_save_address.html", on="checkout_address")
