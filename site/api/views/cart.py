"""Carts addressed by their token (a UUID4: 122 random bits), for clients without cookies.

Every change goes through storefront.cart and tourism.booking_requests, the web cart's own rules.
"""

import uuid

from django.utils import timezone, translation
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import status
from rest_framework.response import Response

from api.errors import ApiError, ErrorCode
from api.schema import ERRORS_READ, ERRORS_WRITE, LANG_PARAMETER
from api.serializers import (
    AddBookingSerializer,
    AddProductSerializer,
    CartSerializer,
    CartWithVoucherSerializer,
    SetQuantitySerializer,
    VoucherRequestSerializer,
)
from api.views_base import ApiView, not_found
from storefront import cart as carts
from storefront.checkout import cart_order_notice, pending_orders, price_cart_lines
from storefront.models import Cart
from storefront.product_lines import SOURCE as PRODUCT_SOURCE
from storefront.vouchers import VoucherError, price_voucher
from tourism.booking_requests import BookingRequestError, add_booking_to_cart
from tourism.bookings import BookingError
from tourism.models import BookingErrorCode

TOKEN = OpenApiParameter(
    "token", str, OpenApiParameter.PATH, description="The cart token returned on creation (a UUID)."
)
LINE = OpenApiParameter("line_id", int, OpenApiParameter.PATH, description="A line id from the cart.")


def find_cart(token):
    try:
        token = uuid.UUID(str(token))
    except ValueError:
        raise not_found() from None
    cart = Cart.objects.filter(token=token).first()
    if cart is None:
        raise not_found()
    return cart


def cart_data(cart):
    lines = price_cart_lines(cart=cart)
    ids = {(line.source, line.reference): line.pk for line in cart.lines.all()}
    return {
        "token": str(cart.token),
        "lines": [
            {
                "id": ids[(line.source, line.reference)],
                "source": line.source,
                "reference": line.reference,
                "kind": str(line.kind),
                "description": line.description,
                "label": line.label,
                "unit_price_vnd": line.unit_price_vnd,
                "quantity": line.quantity,
                "total_vnd": line.total_vnd,
                "available": line.available,
                "url": line.url,
            }
            for line in lines
        ],
        "item_count": sum(line.quantity for line in lines),
        "subtotal_vnd": sum(line.total_vnd for line in lines),
        "order": _order_notice(cart),
    }


def _order_notice(cart):
    notice = cart_order_notice(cart=cart)
    if notice is None:
        return None
    order = notice.order
    return {
        "state": notice.kind,
        "token": str(order.token),
        "number": order.number,
        "hold_expires_at": order.hold_expires_at,
    }


def cart_error(error):
    conflict = error.code in (carts.CartErrorCode.NOT_ENOUGH_STOCK, carts.CartErrorCode.OUT_OF_SEASON)
    return ApiError(
        str(error.code),
        error.message,
        status_code=status.HTTP_409_CONFLICT if conflict else status.HTTP_400_BAD_REQUEST,
    )


class CartsView(ApiView):
    per_client = True

    @extend_schema(
        tags=["cart"],
        operation_id="cart_create",
        parameters=[LANG_PARAMETER],
        request=None,
        responses={201: CartSerializer, **ERRORS_WRITE},
        description="A new, empty cart. Keep its `token`: it is the only way back to the cart.",
    )
    def post(self, request):
        return Response(cart_data(Cart.objects.create()), status=status.HTTP_201_CREATED)


class CartView(ApiView):
    per_client = True

    @extend_schema(
        tags=["cart"],
        operation_id="cart_read",
        parameters=[TOKEN, LANG_PARAMETER],
        responses={200: CartSerializer, **ERRORS_READ},
        description="The cart with every line priced now; lines no longer for sale are left out.",
    )
    def get(self, request, token):
        return Response(cart_data(find_cart(token)))


class CartProductsView(ApiView):
    per_client = True

    @extend_schema(
        tags=["cart"],
        operation_id="cart_add_product",
        parameters=[TOKEN, LANG_PARAMETER],
        request=AddProductSerializer,
        responses={201: CartSerializer, **ERRORS_WRITE},
        description="Add a product variant; 409 `not_enough_stock` when fewer are left than the cart would hold, "
        "409 `out_of_season` when the product's season is closed today (whatever the stock).",
    )
    def post(self, request, token):
        cart = find_cart(token)
        data = self.validated_body(AddProductSerializer)
        try:
            carts.set_quantity(
                cart=cart, source=PRODUCT_SOURCE, reference=str(data["variant"]), quantity=data["quantity"], add=True
            )
        except carts.CartError as error:
            raise cart_error(error) from None
        return Response(cart_data(cart), status=status.HTTP_201_CREATED)


class CartBookingsView(ApiView):
    per_client = True

    @extend_schema(
        tags=["cart"],
        operation_id="cart_add_booking",
        parameters=[TOKEN, LANG_PARAMETER],
        request=AddBookingSerializer,
        responses={201: CartSerializer, **ERRORS_WRITE},
        description="Add an experience session (`session`, `people`), a homestay room (`room`, `check_in`, `check_out`, "
        "`people` = guests) or a package departure (`departure`, `people`). Group size, dates and places are checked "
        "now; places are held only at checkout.",
    )
    def post(self, request, token):
        cart = find_cart(token)
        data = self.validated_body(AddBookingSerializer)
        try:
            add_booking_to_cart(
                cart_for=lambda create: cart, data=data, language=translation.get_language(), now=timezone.now()
            )
        except BookingRequestError as error:
            raise ApiError(ErrorCode.INVALID, error.message) from None
        except BookingError as error:
            if error.code == BookingErrorCode.SOLD_OUT:
                raise ApiError(ErrorCode.SOLD_OUT, error.message, status_code=status.HTTP_409_CONFLICT) from None
            raise ApiError(ErrorCode.INVALID, error.message) from None
        except carts.CartError as error:
            raise cart_error(error) from None
        return Response(cart_data(cart), status=status.HTTP_201_CREATED)


class CartLineView(ApiView):
    per_client = True

    def _line(self, token, line_id):
        cart = find_cart(token)
        line = cart.lines.filter(pk=line_id).first()
        if line is None:
            raise not_found()
        return cart, line

    @extend_schema(
        tags=["cart"],
        operation_id="cart_set_quantity",
        parameters=[TOKEN, LINE, LANG_PARAMETER],
        request=SetQuantitySerializer,
        responses={200: CartSerializer, **ERRORS_WRITE},
    )
    def patch(self, request, token, line_id):
        cart, line = self._line(token, line_id)
        data = self.validated_body(SetQuantitySerializer)
        try:
            carts.set_quantity(cart=cart, source=line.source, reference=line.reference, quantity=data["quantity"])
        except carts.CartError as error:
            raise cart_error(error) from None
        return Response(cart_data(cart))

    @extend_schema(
        tags=["cart"],
        operation_id="cart_remove_line",
        parameters=[TOKEN, LINE, LANG_PARAMETER],
        request=None,
        responses={200: CartSerializer, **ERRORS_WRITE},
    )
    def delete(self, request, token, line_id):
        cart, line = self._line(token, line_id)
        carts.remove_line(cart=cart, line_id=line.pk)
        return Response(cart_data(cart))


class CartVoucherView(ApiView):
    per_client = True

    @extend_schema(
        tags=["cart"],
        operation_id="cart_apply_voucher",
        parameters=[TOKEN, LANG_PARAMETER],
        request=VoucherRequestSerializer,
        responses={200: CartWithVoucherSerializer, **ERRORS_WRITE},
        description="Check a voucher code against the cart and price it (nothing is stored or taken: send the code "
        "again as `voucher_code` at checkout, where its use is taken; to remove it, leave it out). Errors: "
        "`voucher_unknown`, `voucher_not_started`, `voucher_expired`, `voucher_not_eligible` (400), "
        "`voucher_used_up` (409).",
    )
    def post(self, request, token):
        cart = find_cart(token)
        data = self.validated_body(VoucherRequestSerializer)
        lines = price_cart_lines(cart=cart)
        try:
            voucher, discount, shares = price_voucher(code=data["code"], lines=lines, held_by=pending_orders(cart=cart))
        except VoucherError as error:
            conflict = error.code == "voucher_used_up"
            raise ApiError(
                str(error.code),
                error.message,
                status_code=status.HTTP_409_CONFLICT if conflict else status.HTTP_400_BAD_REQUEST,
            ) from None
        return Response(
            {
                **cart_data(cart),
                "voucher": {"code": voucher.code, "discount_vnd": discount, "line_discounts_vnd": shares},
            }
        )
