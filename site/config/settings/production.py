"""Production: everything comes from the environment (README "Configuration", docs/operations.md)."""

from .base import *  # noqa: F403

if not ALLOWED_HOSTS:  # noqa: F405
    raise ImproperlyConfigured("Set DJANGO_ALLOWED_HOSTS, e.g. 'caobang.example,www.caobang.example'.")  # noqa: F405

# Without the keys no payment can be taken; without the webhook's signing secret every genuine
# payment is refused as unsigned and no order ever becomes paid. (The deploy check in
# storefront/payments/checks.py says the same to `manage.py check --deploy` under other settings.)
_STRIPE_REQUIRED = ("STRIPE_SECRET_KEY", "STRIPE_PUBLISHABLE_KEY", "STRIPE_WEBHOOK_SECRET")
_missing_stripe = (
    [name for name in _STRIPE_REQUIRED if not globals()[name].strip()] if "stripe" in PAYMENT_GATEWAYS else []
)  # noqa: F405
if _missing_stripe:
    raise ImproperlyConfigured(  # noqa: F405
        f"Set {', '.join(_missing_stripe)} in the environment: the API keys from the Stripe dashboard and the signing "
        "secret (whsec_…) of the webhook endpoint https://<your host>/stripe/webhook/. Without them no payment can be "
        "taken or confirmed."
    )
