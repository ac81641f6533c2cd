"""`manage.py check --deploy`: a site that cannot take or confirm a payment is not deployable.

Without STRIPE_WEBHOOK_SECRET every genuine webhook fails its signature check, so no order ever
becomes paid; without the keys no PaymentIntent can be created or confirmed.
"""

from django.conf import settings
from django.core.checks import Error, Tags, register

REQUIRED_STRIPE_SETTINGS = ("STRIPE_SECRET_KEY", "STRIPE_PUBLISHABLE_KEY", "STRIPE_WEBHOOK_SECRET")


def missing_stripe_settings() -> list[str]:
    if "stripe" not in getattr(settings, "PAYMENT_GATEWAYS", {}):
        return []  # Stripe is not one of the site's gateways (core.payments)
    return [name for name in REQUIRED_STRIPE_SETTINGS if not str(getattr(settings, name, "") or "").strip()]


@register(Tags.security, deploy=True)
def check_stripe_settings(app_configs=None, **kwargs):
    return [
        Error(
            f"{name} is not set: no payment can be taken or confirmed.",
            hint="Set it in the environment: the API keys from the Stripe dashboard, and the signing secret "
            "(whsec_…) of the webhook endpoint https://<your host>/stripe/webhook/.",
            id="storefront.E001",
        )
        for name in missing_stripe_settings()
    ]
