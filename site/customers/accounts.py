"""A customer's account: profile, saved addresses, their orders and bookings, claiming guest orders.

Plain functions with keyword arguments; the views and allauth's signals call them.
"""

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from customers.models import CustomerProfile, SavedAddress
from storefront.models import DeliveryMethod, Order, OrderStatus
from tourism import cancellations
from tourism.models import Booking, BookingStatus


def profile_for(*, user) -> CustomerProfile:
    profile, _created = CustomerProfile.objects.get_or_create(user=user)
    return profile


def verified_emails(*, user) -> list[str]:
    return [
        email.lower() for email in EmailAddress.objects.filter(user=user, verified=True).values_list("email", flat=True)
    ]


def claim_guest_orders(*, user) -> int:
    """Attach the guest orders bought with one of the user's *verified* emails; returns how many.

    Only verified: anyone may type an address into the sign-up form, but only its owner can read
    the code sent there. An order already attached to an account is never moved.
    """
    emails = verified_emails(user=user)
    if not emails:
        return 0
    claimed = 0
    with transaction.atomic():
        for email in emails:
            claimed += Order.objects.filter(user__isnull=True, email__iexact=email, anonymised_at__isnull=True).update(
                user=user
            )
    return claimed


def customer_orders(*, user):
    """The user's orders, newest first; abandoned checkouts (pending, cancelled unpaid) are left out."""
    return (
        Order.objects.filter(user=user)
        .exclude(status=OrderStatus.CANCELLED, paid_at__isnull=True)
        .exclude(status=OrderStatus.PENDING)
        .order_by("-created_at")
    )


def customer_bookings(*, orders, now=None):
    """(booking, quote) for each top-level booking of these orders; the quote says whether it can be cancelled online."""
    now = now or timezone.now()
    bookings = (
        Booking.objects.filter(order_line__order__in=orders, parent=None)
        .exclude(status__in=[BookingStatus.HELD, BookingStatus.EXPIRED])
        .select_related("order_line__order", "session__experience", "room__homestay", "departure__package")
        .order_by("-created_at")
    )
    return [(booking, cancellations.quote(booking=booking, now=now)) for booking in bookings]


def default_address(*, user) -> SavedAddress | None:
    return SavedAddress.objects.filter(user=user).order_by("-is_default", "-created_at").first()


def set_default_address(*, user, address: SavedAddress) -> None:
    """Make `address` (the user's own) the default; the constraint allows one default per user."""
    with transaction.atomic():
        SavedAddress.objects.filter(user=user, is_default=True).exclude(pk=address.pk).update(is_default=False)
        SavedAddress.objects.filter(user=user, pk=address.pk).update(is_default=True)


def save_address(*, user, address: SavedAddress, make_default: bool) -> SavedAddress:
    """Save a new or edited address; the first one a customer saves becomes the default."""
    with transaction.atomic():
        address.user = user
        first = not SavedAddress.objects.filter(user=user).exclude(pk=address.pk).exists()
        address.is_default = False
        address.save()
        if make_default or first:
            set_default_address(user=user, address=address)
            address.is_default = True
    return address


def delete_address(*, user, address: SavedAddress) -> None:
    """Delete; if it was the default, the newest remaining address takes its place."""
    with transaction.atomic():
        was_default = address.is_default
        SavedAddress.objects.filter(user=user, pk=address.pk).delete()
        if was_default:
            following = SavedAddress.objects.filter(user=user).order_by("-created_at").first()
            if following:
                set_default_address(user=user, address=following)


def set_marketing_consent(*, profile: CustomerProfile, consent: bool, now=None) -> None:
    if consent and profile.marketing_consent_at is None:
        profile.marketing_consent_at = now or timezone.now()
    elif not consent:
        profile.marketing_consent_at = None
    profile.marketing_consent = consent


def checkout_initial(*, user) -> dict:
    """What the checkout form starts with for a signed-in customer: contact and default address."""
    profile = CustomerProfile.objects.filter(user=user).first()
    address = default_address(user=user)
    initial = {"email": user.email}
    if profile:
        initial.update({key: value for key, value in (("name", profile.name), ("phone", profile.phone)) if value})
    if address:
        for field in ("address_kind", "street", "commune", "province", "country", "address_lines", "postcode"):
            initial[field] = getattr(address, field)
        initial.setdefault("name", address.name)
        if address.phone:
            initial.setdefault("phone", address.phone)
    return initial


SAVE_ADDRESS_FIELD = "save_address"  # the checkout's box (customers/includes/checkout_save_address.html)
ADDRESS_FIELDS = ("address_kind", "street", "commune", "province", "country", "address_lines", "postcode")


def _same_place(address, order) -> bool:
    def norm(value):
        return " ".join(str(value or "").split()).casefold()

    return all(norm(getattr(address, field)) == norm(getattr(order, field)) for field in ADDRESS_FIELDS)


def save_checkout_address(*, user, order) -> SavedAddress | None:
    """Keep the delivery address of `order` (the user's checkout) among their saved addresses,
    unless the same place is saved already (spaces and case aside); the first becomes the default.
    Returns the new address, or None when nothing was added."""
    if order.delivery_method != DeliveryMethod.DELIVERY or order.user_id != user.pk:
        return None
    with transaction.atomic():
        # The customer's row lock: two checkouts of one customer at once add the place once.
        get_user_model().objects.select_for_update().filter(pk=user.pk).first()
        if any(_same_place(address, order) for address in SavedAddress.objects.filter(user=user)):
            return None
        address = SavedAddress(name=order.name, phone=order.phone, **{f: getattr(order, f) for f in ADDRESS_FIELDS})
        return save_address(user=user, address=address, make_default=False)


def offer_to_save_address(*, user) -> dict | None:
    """The checkout's "Save this address to my account" box for `user`: ticked when they have no
    saved address yet; None for a visitor who is not signed in."""
    if user is None or not user.is_authenticated:
        return None
    return {"checked": not SavedAddress.objects.filter(user=user).exists()}


def checkout_placed(*, user, order, choices) -> None:
    """storefront's CHECKOUT_PLACED hook: save the address when the box was ticked."""
    if choices.get(SAVE_ADDRESS_FIELD):
        save_checkout_address(user=user, order=order)
