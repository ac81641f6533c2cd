"""Pieces of the OpenAPI description shared by the endpoints: the language parameter and errors."""

from drf_spectacular.utils import OpenApiParameter, OpenApiResponse
from rest_framework import serializers

from api.errors import ErrorCode
from core import languages


class _LanguageParameter(OpenApiParameter):
    """The `lang` parameter, whose enum is read from core.languages each time the schema is built."""

    @property
    def enum(self):
        return languages.codes()

    @enum.setter
    def enum(self, value):  # OpenApiParameter.__init__ assigns it; the table decides
        pass


LANG_PARAMETER = _LanguageParameter(
    "lang",
    str,
    description="Language of content and messages. Without it, Accept-Language decides, else Vietnamese. "
    "An unknown language is a 400 (`unknown_language`). Missing translations fall back to English, then Vietnamese.",
)


class ErrorDetailSerializer(serializers.Serializer):
    code = serializers.ChoiceField(choices=ErrorCode.choices, help_text="Stable, for programs to branch on.")
    message = serializers.CharField(help_text="For people, in the requested language.")
    fields = serializers.JSONField(required=False, help_text="Validation errors: field name → messages.")


class ErrorSerializer(serializers.Serializer):
    error = ErrorDetailSerializer()


def _error(description):
    return OpenApiResponse(ErrorSerializer, description=description)


BAD_REQUEST = _error("Invalid parameters or body (`invalid`, `unknown_language`, `parse_error`, …).")
NOT_FOUND = _error("Not found (`not_found`): unknown id or token, or not live and public.")
CONFLICT = _error("Sold out or not enough left (`sold_out`, `not_enough_stock`).")
THROTTLED = _error("Too many writes from this address (`throttled`); see Retry-After.")
UNAVAILABLE = _error("The payment service is unreachable (`payment_unavailable`); try again.")
UNSUPPORTED = _error("The body is not JSON (`unsupported_media_type`).")
NOT_ACCEPTABLE = _error("The client does not accept JSON (`not_acceptable`).")

ERRORS_READ = {400: BAD_REQUEST, 404: NOT_FOUND, 406: NOT_ACCEPTABLE}
ERRORS_WRITE = {400: BAD_REQUEST, 404: NOT_FOUND, 406: NOT_ACCEPTABLE, 409: CONFLICT, 415: UNSUPPORTED, 429: THROTTLED}


def only_api_paths(endpoints, **kwargs):
    """SPECTACULAR_SETTINGS["PREPROCESSING_HOOKS"]: describe /api/ only (not Wagtail's admin API)."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/")]
