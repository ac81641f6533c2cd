from django import forms
from django.utils.translation import gettext_lazy as _

from core.terms import current_terms_version
from storefront.addresses import PROVINCES
from storefront.checkout import CheckoutDetails
from storefront.models import AddressKind, DeliveryMethod


class CheckoutForm(forms.Form):
    """Who and where. Deliberately no price, currency or total fields: the server computes those."""

    name = forms.CharField(label=_("Full name"), max_length=120)
    email = forms.EmailField(label=_("Email"))
    phone = forms.CharField(label=_("Phone"), max_length=40)
    delivery_method = forms.ChoiceField(
        label=_("Delivery"), choices=DeliveryMethod.choices, widget=forms.RadioSelect, initial=DeliveryMethod.DELIVERY
    )
    address_kind = forms.ChoiceField(
        label=_("Deliver to"), choices=AddressKind.choices, widget=forms.RadioSelect, initial=AddressKind.VIETNAM
    )
    street = forms.CharField(
        label=_("House number and street, or hamlet (thôn, xóm, bản)"), max_length=200, required=False
    )
    commune = forms.CharField(label=_("Commune or ward (xã, phường)"), max_length=120, required=False)
    province = forms.ChoiceField(
        label=_("Province or city"), choices=[("", "—")] + [(p, p) for p in PROVINCES], required=False
    )
    country = forms.CharField(label=_("Country"), max_length=80, required=False)
    address_lines = forms.CharField(label=_("Address"), widget=forms.Textarea(attrs={"rows": 3}), required=False)
    postcode = forms.CharField(label=_("Postcode"), max_length=20, required=False)
    # Required: the order records the version of the terms accepted (core.terms) and when.
    accept_terms = forms.BooleanField(
        label=_("I accept the terms of sale"),
        error_messages={"required": _("Please accept the terms of sale to place your order.")},
    )
    # Optional; checked and priced on the server at checkout (storefront.vouchers).
    voucher_code = forms.CharField(label=_("Voucher code"), max_length=40, required=False)

    ADDRESS_FIELDS = ("delivery_method", "address_kind", "street", "commune", "province", "country", "address_lines")

    def __init__(self, *args, needs_delivery=True, **kwargs):
        """`needs_delivery`: False for a cart of bookings only, which asks for contact details alone."""
        super().__init__(*args, **kwargs)
        self.needs_delivery = needs_delivery
        if needs_delivery:
            self.fields["delivery_method"].choices = [
                choice for choice in DeliveryMethod.choices if choice[0] != DeliveryMethod.NONE
            ]
        else:
            for name in (*self.ADDRESS_FIELDS, "postcode"):
                del self.fields[name]

    def clean(self):
        data = super().clean()
        if not self.needs_delivery or data.get("delivery_method") != DeliveryMethod.DELIVERY:
            return data
        if data.get("address_kind") == AddressKind.INTERNATIONAL:
            required = ["country", "address_lines"]
        else:
            required = ["street", "commune", "province"]
        for field in required:
            if not data.get(field):
                self.add_error(field, _("This field is required for delivery."))
        return data

    def details(self, *, language) -> CheckoutDetails:
        data = self.cleaned_data
        terms = {"terms_accepted": data["accept_terms"], "terms_version": current_terms_version()}
        if not self.needs_delivery:
            return CheckoutDetails(
                name=data["name"],
                email=data["email"],
                phone=data["phone"],
                language=language,
                delivery_method=DeliveryMethod.NONE,
                **terms,
                voucher_code=data.get("voucher_code", ""),
            )
        return CheckoutDetails(
            name=data["name"],
            email=data["email"],
            phone=data["phone"],
            language=language,
            **terms,
            delivery_method=data["delivery_method"],
            address_kind=data["address_kind"],
            street=data["street"],
            commune=data["commune"],
            province=data["province"],
            country=data["country"],
            address_lines=data["address_lines"],
            postcode=data["postcode"],
            voucher_code=data.get("voucher_code", ""),
        )


class RefundForm(forms.Form):
    amount_vnd = forms.IntegerField(label=_("Amount to refund (VND)"), min_value=1)
    reason = forms.CharField(label=_("Reason"), max_length=255, required=False)
    request_key = forms.CharField(widget=forms.HiddenInput)


class ShipForm(forms.Form):
    tracking_number = forms.CharField(label=_("Tracking number"), max_length=80)
