"""The visitor's cart: found by session or user, kept in the database, quantities validated here."""

import re

from django.conf import settings
from django.db import models, transaction
from django.db.models import Sum
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from storefront.checkout import pending_orders, release_pending_orders
from storefront.line_sources import PricedLine, UnknownLine, get_line_source
from storefront.models import Cart, CartLine

SESSION_KEY = "cart_token"
_WHOLE_NUMBER = re.compile(r"\d{1,6}")


class CartErrorCode(models.TextChoices):
    INVALID_QUANTITY = "invalid_quantity", _("Invalid quantity")
    TOO_MANY = "too_many", _("Too many")
    NOT_ENOUGH_STOCK = "not_enough_stock", _("Not enough stock")
    UNKNOWN_ITEM = "unknown_item", _("Unknown item")
    OUT_OF_SEASON = "out_of_season", _("Out of season")


class CartError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
        self.message = message


def parse_quantity(raw) -> int:
    """A quantity typed by a visitor → int, or CartError with a sentence for them.

    Only plain digits are accepted ("1.5", "-1", "1e3" and "abc" are not quantities); anything
    above the per-line cap, however long, is "too many", never an overflow.
    """
    text = str(raw if raw is not None else "").strip()
    limit = settings.CART_MAX_LINE_QUANTITY
    if text.isdigit() and not _WHOLE_NUMBER.fullmatch(text):
        raise CartError(
            CartErrorCode.TOO_MANY, gettext("You can order at most %(limit)s of one item.") % {"limit": limit}
        )
    if not _WHOLE_NUMBER.fullmatch(text) or int(text) < 1:
        raise CartError(CartErrorCode.INVALID_QUANTITY, gettext("Enter a whole number of at least 1."))
    quantity = int(text)
    if quantity > limit:
        raise CartError(
            CartErrorCode.TOO_MANY, gettext("You can order at most %(limit)s of one item.") % {"limit": limit}
        )
    return quantity


def get_cart(*, request, create: bool) -> Cart | None:
    """The visitor's cart: the user's when logged in (adopting a cart made before logging in), else the session's."""
    user = request.user if request.user.is_authenticated else None
    token = request.session.get(SESSION_KEY)
    cart = None
    if user is not None:
        cart = Cart.objects.filter(user=user).first()
    if cart is None and token:
        cart = Cart.objects.filter(token=token).first()
        if cart is not None and user is not None and cart.user_id is None:
            cart.user = user
            cart.save(update_fields=["user"])
    if cart is None and create:
        cart = Cart.objects.create(user=user)
    if cart is not None and token != str(cart.token):
        request.session[SESSION_KEY] = str(cart.token)
    return cart


def set_quantity(*, cart: Cart, source: str, reference: str, quantity: int, add: bool = False) -> PricedLine:
    """Set (or, with add=True, increase) a line's quantity, checking the cap and what is available."""
    try:
        line_source = get_line_source(source)
    except UnknownLine:
        raise CartError(CartErrorCode.UNKNOWN_ITEM, gettext("This item is not for sale.")) from None
    line = CartLine.objects.filter(cart=cart, source=source, reference=reference).first()
    wanted = quantity + (line.quantity if (add and line) else 0)
    limit = settings.CART_MAX_LINE_QUANTITY
    if wanted > limit:
        raise CartError(
            CartErrorCode.TOO_MANY, gettext("You can order at most %(limit)s of one item.") % {"limit": limit}
        )
    priced = line_source.price_lines(
        lines=[CartLine(source=source, reference=reference, quantity=wanted)], holders=pending_orders(cart=cart)
    )
    if not priced:
        raise CartError(CartErrorCode.UNKNOWN_ITEM, gettext("This item is not for sale."))
    item = priced[0]
    if item.unavailable_message:  # a closed season: not for sale however much stock there is
        raise CartError(CartErrorCode.OUT_OF_SEASON, item.unavailable_message)
    if item.available < wanted:
        if item.available <= 0:
            message = gettext("Sorry, %(item)s is sold out.") % {"item": item.description}
        else:
            message = gettext("Only %(count)s of %(item)s are left.") % {
                "count": item.available,
                "item": item.description,
            }
        raise CartError(CartErrorCode.NOT_ENOUGH_STOCK, message)
    with transaction.atomic():  # under the cart lock the release takes: a checkout sees the cart before or after
        if line is None or line.quantity != wanted:
            release_pending_orders(cart=cart)  # a changed cart is no longer what its pending order sells
        CartLine.objects.update_or_create(cart=cart, source=source, reference=reference, defaults={"quantity": wanted})
        cart.save(update_fields=["updated_at"])
    return item


def remove_line(*, cart: Cart, line_id: int) -> None:
    with transaction.atomic():
        if CartLine.objects.filter(cart=cart, pk=line_id).exists():
            release_pending_orders(cart=cart)
        CartLine.objects.filter(cart=cart, pk=line_id).delete()


def item_count(*, cart: Cart | None) -> int:
    if cart is None:
        return 0
    return cart.lines.aggregate(count=Sum("quantity"))["count"] or 0
