"""The language of an API response: `?lang=` (a code in core.languages), else Accept-Language, else Vietnamese.

Both the Wagtail API v2 and the commerce API read it here, so one parameter name serves both.
"""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext

from api.errors import ApiError, ErrorCode
from core.languages import codes as language_codes

PARAMETER = "lang"


class UnknownLanguage(Exception):
    pass


def requested_language(request):
    """The language code to answer in; raises UnknownLanguage for a `?lang=` the site does not speak."""
    raw = request.GET.get(PARAMETER)
    if raw is not None:
        code = raw.strip().lower().replace("_", "-")
        if code not in language_codes():
            raise UnknownLanguage(raw)
        return code
    header = request.META.get("HTTP_ACCEPT_LANGUAGE", "")
    for accepted, _quality in translation.trans_real.parse_accept_lang_header(header):
        try:
            return translation.get_supported_language_variant(accepted)
        except LookupError:
            continue
    return settings.LANGUAGE_CODE


def activate_for(request):
    """Activate the requested language (content through modeltranslation, messages through gettext)."""
    language = requested_language(request)
    translation.activate(language)
    request.LANGUAGE_CODE = language
    return language


def activate_or_400(request):
    """activate_for(), with an unknown language as the API's 400 `unknown_language` error."""
    try:
        return activate_for(request)
    except UnknownLanguage:
        raise ApiError(
            ErrorCode.UNKNOWN_LANGUAGE,
            gettext("Unknown language “%(lang)s”: use one of %(codes)s.")
            % {"lang": request.GET.get("lang", "")[:20], "codes": ", ".join(language_codes())},
        ) from None
