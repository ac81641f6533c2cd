"""Checkout and order status: storefront.checkout's start_checkout and ensure_payment, as on the web."""

from django.utils import translation
from django.utils.translation import gettext
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import status
from rest_framework.response import Response

from api.errors import ApiError, ErrorCode
from api.schema import ERRORS_READ, ERRORS_WRITE, LANG_PARAMETER, UNAVAILABLE
from api.serializers import CheckoutRequestSerializer, CheckoutSerializer, OrderSerializer
from api.views.cart import TOKEN, find_cart
from api.views_base import ApiView, not_found
from core.payments import gateway
from storefront.checkout import (
    CURRENCY,
    CheckoutError,
    CheckoutErrorCode,
    ensure_payment,
    needs_delivery,
    price_cart_lines,
    start_checkout,
)
from storefront.forms import CheckoutForm
from storefront.models import Order
from storefront.vouchers import VoucherErrorCode
from tourism.models import Booking

ORDER_TOKEN = OpenApiParameter("token", str, OpenApiParameter.PATH, description="The order token returned by checkout.")
_STATUS = {
    CheckoutErrorCode.SOLD_OUT: status.HTTP_409_CONFLICT,
    CheckoutErrorCode.PAYMENT_UNAVAILABLE: status.HTTP_503_SERVICE_UNAVAILABLE,
    VoucherErrorCode.USED_UP: status.HTTP_409_CONFLICT,
    VoucherErrorCode.CUSTOMER_LIMIT: status.HTTP_409_CONFLICT,
}


def order_data(order):
    bookings = {
        booking.order_line_id: str(booking.status)
        for booking in Booking.objects.filter(order_line__order=order, parent=None).order_by("pk")
    }
    return {
        "token": order.token,
        "number": order.number,
        "status": order.status,
        "status_label": str(order.get_status_display()),
        "language": order.language,
        "subtotal_vnd": order.subtotal_vnd,
        "delivery_fee_vnd": order.delivery_fee_vnd,
        "discount_vnd": order.discount_vnd,
        "voucher_code": order.voucher_code,
        "total_vnd": order.total_vnd,
        "refunded_vnd": order.refunded_vnd,
        "currency": CURRENCY,
        "hold_expires_at": order.hold_expires_at,
        "created_at": order.created_at,
        "paid_at": order.paid_at,
        "lines": [
            {
                "kind": line.kind,
                "description": line.description,
                "label": line.label,
                "sku": line.sku,
                "unit_price_vnd": line.unit_price_vnd,
                "quantity": line.quantity,
                "total_vnd": line.total_vnd,
                "discount_vnd": line.discount_vnd,
                "booking_status": bookings.get(line.pk),
            }
            for line in order.lines.all()
        ],
    }


class CheckoutView(ApiView):
    per_client = True

    @extend_schema(
        tags=["checkout"],
        operation_id="checkout_start",
        parameters=[TOKEN, LANG_PARAMETER],
        request=CheckoutRequestSerializer,
        responses={201: CheckoutSerializer, **ERRORS_WRITE, 503: UNAVAILABLE},
        description="Price the cart on the server, hold its stock and places for a while, and create the Stripe "
        "PaymentIntent (VND). Confirm it with Stripe's SDK and the `client_secret`; the order becomes `paid` only from "
        "Stripe's webhook — poll the order. Repeating checkout for an unchanged cart returns the same order and intent. "
        "Errors: `empty_cart`, `no_delivery_rate` (400), `sold_out` (409), `payment_unavailable` (503).",
    )
    def post(self, request, token):
        cart = find_cart(token)
        data = self.validated_body(CheckoutRequestSerializer)
        form = CheckoutForm(  # the web form's delivery rules; a cart of bookings only needs no address
            {name: str(value) for name, value in data.items()},
            needs_delivery=needs_delivery(price_cart_lines(cart=cart)),
        )
        if not form.is_valid():
            raise ApiError(ErrorCode.INVALID, gettext("Some fields are not valid."), fields=_form_errors(form))
        try:
            order = start_checkout(cart=cart, details=form.details(language=translation.get_language()))
            payment = ensure_payment(order=order)
        except CheckoutError as error:
            raise ApiError(
                str(error.code), error.message, status_code=_STATUS.get(error.code, status.HTTP_400_BAD_REQUEST)
            ) from None
        return Response(
            {
                "order": order_data(order),
                # The gateway adds what its SDK needs (Stripe: payment_intent_id, client_secret, publishable_key).
                "payment": {
                    "provider": payment.provider,
                    "provider_payment_id": payment.provider_payment_id,
                    "amount": payment.amount,
                    "currency": payment.currency,
                    **gateway(payment.provider).checkout_data(payment),
                },
            },
            status=status.HTTP_201_CREATED,
        )


def _form_errors(form):
    return {name: [str(message) for message in messages] for name, messages in form.errors.items()}


class OrderView(ApiView):
    per_client = True

    @extend_schema(
        tags=["checkout"],
        operation_id="order_read",
        parameters=[ORDER_TOKEN, LANG_PARAMETER],
        responses={200: OrderSerializer, **ERRORS_READ},
        description="An order's status (pending → paid → packed → shipped, or cancelled/refunded) and its lines, "
        "with each booking's status.",
    )
    def get(self, request, token):
        order = Order.objects.filter(token=str(token)[:40]).prefetch_related("lines").first()
        if order is None:
            raise not_found()
        return Response(order_data(order))
