from django import template

from customers import accounts

register = template.Library()


@register.simple_tag(takes_context=True)
def save_address_offer(context):
    """{% save_address_offer as offer %}: the checkout's "save this address" box, or None for a guest.
    A form sent back with errors keeps what the buyer ticked."""
    request = context.get("request")
    offer = accounts.offer_to_save_address(user=getattr(request, "user", None))
    if offer is not None and request.method == "POST":
        offer["checked"] = bool(request.POST.get(accounts.SAVE_ADDRESS_FIELD))
    return offer
