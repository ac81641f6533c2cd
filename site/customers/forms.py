from allauth.account.adapter import get_adapter
from allauth.account.forms import RequestLoginCodeForm as AllauthRequestLoginCodeForm
from allauth.account.models import EmailAddress
from allauth.account.utils import filter_users_by_email
from allauth.core import context
from django import forms
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from core.locks import lock_name
from customers.models import CustomerProfile, SavedAddress
from storefront.addresses import PROVINCES
from storefront.models import AddressKind


class RequestLoginCodeForm(AllauthRequestLoginCodeForm):
    """allauth's "email me a code", which also opens an account for an email it does not know.

    A guest who bought with this email gets the code; entering it verifies the email (only then
    are their orders claimed, customers.accounts). Rate limits were consumed by the parent first.
    """

    def clean_email(self):
        email = super().clean_email()
        if email and self._user is None:
            self._user = _passwordless_user(email=email)
        return email


def _passwordless_user(*, email):
    """The account for `email`, opened now unless another request has just opened it: two code
    requests for one new email at once must make one account, and no row exists yet to lock."""
    adapter = get_adapter()
    request = context.request
    with transaction.atomic():
        lock_name(f"customers.account:{email.strip().lower()}")
        existing = filter_users_by_email(email, is_active=True, prefer_verified=True)
        if existing:
            return existing[0]
        user = adapter.new_user(request)
        user.email = email
        adapter.populate_username(request, user)
        user.set_unusable_password()
        user.save()
        EmailAddress.objects.create(user=user, email=email.lower(), primary=True, verified=False)
        CustomerProfile.objects.create(user=user, language=getattr(request, "LANGUAGE_CODE", "") or "")
    return user


class SavedAddressForm(forms.ModelForm):
    province = forms.ChoiceField(
        label=_("Province or city"), choices=[("", "—")] + [(p, p) for p in PROVINCES], required=False
    )
    make_default = forms.BooleanField(label=_("Use as my default address"), required=False)

    class Meta:
        model = SavedAddress
        fields = [
            "name",
            "phone",
            "address_kind",
            "street",
            "commune",
            "province",
            "country",
            "address_lines",
            "postcode",
        ]
        labels = {
            "name": _("Full name"),
            "phone": _("Phone"),
            "address_kind": _("Deliver to"),
            "street": _("House number and street, or hamlet (thôn, xóm, bản)"),
            "commune": _("Commune or ward (xã, phường)"),
            "country": _("Country"),
            "address_lines": _("Address"),
            "postcode": _("Postcode"),
        }
        widgets = {"address_kind": forms.RadioSelect, "address_lines": forms.Textarea(attrs={"rows": 3})}

    def clean(self):
        data = super().clean()
        if data.get("address_kind") == AddressKind.INTERNATIONAL:
            required = ["country", "address_lines"]
        else:
            required = ["street", "commune", "province"]
        for field in required:
            if not data.get(field):
                self.add_error(field, _("This field is required for delivery."))
        return data


class ContactForm(forms.ModelForm):
    class Meta:
        model = CustomerProfile
        fields = ["name", "phone", "language", "marketing_consent"]
        labels = {
            "name": _("Full name"),
            "phone": _("Phone"),
            "language": _("Language for emails"),
            "marketing_consent": _("Email me news and offers from Cao Bằng Highlands (you can stop at any time)"),
        }
