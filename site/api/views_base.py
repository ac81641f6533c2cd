from django.utils.translation import gettext
from rest_framework.views import APIView

from api import languages
from api.errors import ApiError, ErrorCode
from api.params import MAX_INT, check_query
from api.throttles import WriteRateThrottle


class ApiView(APIView):
    """Every commerce endpoint: `?lang=`, NUL-free parameters, throttled writes, one error shape.

    `per_client` views (carts, checkout, orders) answer `Cache-Control: private, no-store`, so no
    shared cache ever keeps one client's cart or order for another.
    """

    throttle_classes = [WriteRateThrottle]
    per_client = False

    def initial(self, request, *args, **kwargs):
        check_query(request)
        languages.activate_or_400(request)
        if any(isinstance(value, int) and not 0 < value <= MAX_INT for value in kwargs.values()):
            raise not_found()  # a path id beyond the database's integers
        if any(isinstance(value, str) and "\x00" in value for value in kwargs.values()):
            raise not_found()  # a NUL in a path token: PostgreSQL refuses it in any text comparison
        super().initial(request, *args, **kwargs)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if self.per_client:
            response["Cache-Control"] = "private, no-store"
        return response

    def validated_query(self, serializer_class):
        serializer = serializer_class(data=self.request.query_params)
        serializer.is_valid(raise_exception=True)
        return serializer.validated_data

    def validated_body(self, serializer_class):
        if not isinstance(self.request.data, dict):
            raise ApiError(ErrorCode.INVALID, gettext("The request body must be a JSON object."))
        serializer = serializer_class(data=self.request.data)
        serializer.is_valid(raise_exception=True)
        return serializer.validated_data


def not_found(message=None):
    return ApiError(ErrorCode.NOT_FOUND, message or gettext("Nothing was found at this address."), status_code=404)
