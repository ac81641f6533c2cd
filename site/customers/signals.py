"""allauth's signals: claim guest orders once an email is proven, count wrong codes as failed logins."""

from allauth.account import signals as account_signals
from django.contrib.auth.signals import user_login_failed
from django.dispatch import receiver

from customers.accounts import checkout_initial, checkout_placed, claim_guest_orders, profile_for
from storefront.views.checkout import CHECKOUT_PLACED, CHECKOUT_PREFILLS


@receiver(account_signals.user_logged_in)
def claim_on_login(sender, request, user, **kwargs):
    profile = profile_for(user=user)
    if not profile.language and getattr(request, "LANGUAGE_CODE", ""):
        profile.language = request.LANGUAGE_CODE
        profile.save(update_fields=["language"])
    claim_guest_orders(user=user)


@receiver(account_signals.email_confirmed)
def claim_on_confirmation(sender, request, email_address, **kwargs):
    claim_guest_orders(user=email_address.user)


@receiver(account_signals.login_code_rejected)
def count_wrong_code(sender, request, user, **kwargs):
    """A wrong sign-in code is a failed login for axes too: the same per-address limit as the admin's."""
    user_login_failed.send(sender=__name__, credentials={"username": user.get_username()}, request=request)


def connect():
    """Checkout starts with a signed-in customer's contact and default address, and keeps the
    address when they tick "Save this address to my account" (storefront's hooks)."""
    if checkout_initial not in CHECKOUT_PREFILLS:
        CHECKOUT_PREFILLS.append(checkout_initial)
    if checkout_placed not in CHECKOUT_PLACED:
        CHECKOUT_PLACED.append(checkout_placed)
