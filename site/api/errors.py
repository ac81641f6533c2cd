"""Every API error as `{"error": {"code": "<stable code>", "message": "<in the requested language>"}}`.

Codes are stable for clients to branch on; messages are for people and follow `?lang=`.
Validation errors add `"fields": {name: [messages]}`.
"""

from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import Http404, JsonResponse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views import defaults
from rest_framework import exceptions, status
from rest_framework.response import Response

from security.errors import error_body


class ErrorCode(models.TextChoices):
    INVALID = "invalid", _("Invalid request")
    UNKNOWN_LANGUAGE = "unknown_language", _("Unknown language")
    PARSE_ERROR = "parse_error", _("Malformed request")
    NOT_FOUND = "not_found", _("Not found")
    METHOD_NOT_ALLOWED = "method_not_allowed", _("Method not allowed")
    NOT_ACCEPTABLE = "not_acceptable", _("Not acceptable")
    UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type", _("Unsupported media type")
    THROTTLED = "throttled", _("Too many requests")
    # From the cart and checkout services (storefront.cart.CartErrorCode, storefront.checkout.CheckoutErrorCode).
    INVALID_QUANTITY = "invalid_quantity", _("Invalid quantity")
    TOO_MANY = "too_many", _("Too many")
    NOT_ENOUGH_STOCK = "not_enough_stock", _("Not enough stock")
    UNKNOWN_ITEM = "unknown_item", _("Unknown item")
    OUT_OF_SEASON = "out_of_season", _("Out of season")
    EMPTY_CART = "empty_cart", _("Empty cart")
    SOLD_OUT = "sold_out", _("Sold out")
    NO_DELIVERY_RATE = "no_delivery_rate", _("No delivery rate")
    PAYMENT_UNAVAILABLE = "payment_unavailable", _("Payment service unavailable")
    # From storefront.vouchers.VoucherErrorCode.
    VOUCHER_UNKNOWN = "voucher_unknown", _("Unknown voucher code")
    VOUCHER_NOT_STARTED = "voucher_not_started", _("Voucher not valid yet")
    VOUCHER_EXPIRED = "voucher_expired", _("Voucher expired")
    VOUCHER_NOT_ELIGIBLE = "voucher_not_eligible", _("Voucher does not apply")
    VOUCHER_USED_UP = "voucher_used_up", _("Voucher used up")
    VOUCHER_CUSTOMER_LIMIT = "voucher_customer_limit", _("Voucher already used by this customer")
    BUSY = "busy", _("Busy")  # a database lock waited too long (security.busy)
    SERVER_ERROR = "server_error", _("Server error")


class ApiError(exceptions.APIException):
    """An error with a stable code, a translated message and an HTTP status."""

    def __init__(self, code, message, status_code=status.HTTP_400_BAD_REQUEST, fields=None):
        super().__init__(detail=str(message), code=str(code))
        self.code = str(code)
        self.message = str(message)
        self.status_code = status_code
        self.fields = fields


def server_error(request):
    """handler500: JSON under /api/ (clients parse every answer), the four-language page elsewhere."""
    if request.path.startswith("/api/"):
        message = gettext("Something went wrong on our side. Please try again later.")
        return JsonResponse(error_body(ErrorCode.SERVER_ERROR, message), status=500)
    return defaults.server_error(request)


def page_not_found(request, exception=None):
    """handler404: JSON under /api/ (e.g. a path no API route can match), the site's page elsewhere."""
    if request.path.startswith("/api/"):
        return JsonResponse(error_body(ErrorCode.NOT_FOUND, gettext("Nothing was found at this address.")), status=404)
    return defaults.page_not_found(request, exception)


def _from_drf(exc):
    """(code, message, fields) for DRF's own exceptions, the message in the active language."""
    if isinstance(exc, exceptions.ValidationError):
        return ErrorCode.INVALID, gettext("Some fields are not valid."), _field_messages(exc.detail)
    if isinstance(exc, exceptions.Throttled):
        return (
            ErrorCode.THROTTLED,
            gettext("Too many requests. Try again in %(seconds)s seconds.") % {"seconds": exc.wait or 1},
            None,
        )
    if isinstance(exc, exceptions.NotFound):
        return ErrorCode.NOT_FOUND, gettext("Nothing was found at this address."), None
    if isinstance(exc, exceptions.MethodNotAllowed):
        return ErrorCode.METHOD_NOT_ALLOWED, gettext("This method is not allowed here."), None
    if isinstance(exc, exceptions.ParseError):
        return ErrorCode.PARSE_ERROR, gettext("The request body is not valid JSON."), None
    if isinstance(exc, exceptions.UnsupportedMediaType):
        return ErrorCode.UNSUPPORTED_MEDIA_TYPE, gettext("Send the request body as application/json."), None
    if isinstance(exc, exceptions.NotAcceptable):
        return ErrorCode.NOT_ACCEPTABLE, gettext("This API answers in JSON only."), None
    return ErrorCode.INVALID, gettext("The request is not valid."), None


def _field_messages(detail):
    if isinstance(detail, dict):
        return {str(name): _field_messages(value) for name, value in detail.items()}
    if isinstance(detail, list):
        flat = [_field_messages(item) for item in detail]
        return [item for item in flat if item != []]
    return str(detail)


def exception_handler(exc, context):
    """REST_FRAMEWORK["EXCEPTION_HANDLER"]: DRF's exceptions and ours → the one error shape."""
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied()
    if not isinstance(exc, exceptions.APIException):
        return None  # a bug: Django's 500 handling and logging take over
    if isinstance(exc, ApiError):
        code, message, fields = exc.code, exc.message, exc.fields
    else:
        code, message, fields = _from_drf(exc)
    headers = {}
    if getattr(exc, "wait", None):
        headers["Retry-After"] = str(int(exc.wait))
    return Response(error_body(code, message, fields), status=exc.status_code, headers=headers)
