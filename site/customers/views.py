"""The customer's own pages under /<lang>/account/: never cached, never anyone else's data."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from customers import accounts
from customers.forms import ContactForm, SavedAddressForm
from customers.models import SavedAddress


def _private(response):
    response["Cache-Control"] = "private, no-store"
    return response


@never_cache
@login_required
def overview(request):
    accounts.claim_guest_orders(user=request.user)  # an email verified since the last sign-in
    orders = list(accounts.customer_orders(user=request.user).prefetch_related("lines"))
    context = {
        "orders": orders,
        "bookings": accounts.customer_bookings(orders=orders),
        "default_address": accounts.default_address(user=request.user),
        "profile": accounts.profile_for(user=request.user),
    }
    return _private(render(request, "customers/overview.html", context))


@never_cache
@login_required
def addresses(request):
    context = {"addresses": SavedAddress.objects.filter(user=request.user)}
    return _private(render(request, "customers/addresses.html", context))


@never_cache
@login_required
def address_edit(request, address_id=None):
    address = (
        get_object_or_404(SavedAddress, pk=address_id, user=request.user)
        if address_id
        else SavedAddress(user=request.user)
    )
    form = SavedAddressForm(request.POST or None, instance=address, initial={"make_default": address.is_default})
    if request.method == "POST" and form.is_valid():
        accounts.save_address(
            user=request.user, address=form.save(commit=False), make_default=form.cleaned_data["make_default"]
        )
        messages.success(request, _("Address saved."))
        return redirect("customers:addresses")
    status = 400 if request.method == "POST" else 200
    return _private(render(request, "customers/address_form.html", {"form": form, "address": address}, status=status))


@require_POST
@login_required
def address_delete(request, address_id):
    address = get_object_or_404(SavedAddress, pk=address_id, user=request.user)
    accounts.delete_address(user=request.user, address=address)
    messages.success(request, _("Address deleted."))
    return redirect("customers:addresses")


@require_POST
@login_required
def address_default(request, address_id):
    address = get_object_or_404(SavedAddress, pk=address_id, user=request.user)
    accounts.set_default_address(user=request.user, address=address)
    return redirect("customers:addresses")


@never_cache
@login_required
def details(request):
    profile = accounts.profile_for(user=request.user)
    form = ContactForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        profile = form.save(commit=False)
        accounts.set_marketing_consent(profile=profile, consent=form.cleaned_data["marketing_consent"])
        profile.save()
        messages.success(request, _("Your details are saved."))
        return redirect("customers:details")
    status = 400 if request.method == "POST" else 200
    return _private(render(request, "customers/details.html", {"form": form}, status=status))
