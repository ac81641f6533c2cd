"""Checks on raw query parameters shared by both APIs, before any reaches the database."""
from django.utils.translation import gettext

from api.errors import ApiError, ErrorCode

# Primary keys and offsets are 32-bit integers in PostgreSQL; larger ones would be a database error.
MAX_INT = 2**31 - 1


def check_query(request, *, integers=(), strict_integers=()):
    """400 for a NUL character anywhere (PostgreSQL refuses them) or an integer parameter out of range.

    `strict_integers` must be integers (a 400 otherwise); other `integers` are left to the view when
    they do not parse (Wagtail's filters answer 400 for those themselves).
    """
    for key, values in request.GET.lists():
        if "\x00" in key or any("\x00" in value for value in values):
            raise ApiError(ErrorCode.INVALID, gettext("Query parameters cannot contain NUL characters."))
    for name in integers:
        value = request.GET.get(name)
        if value is None or value == "root":
            continue
        try:
            number = int(value)
        except ValueError:
            if name in strict_integers:
                raise ApiError(ErrorCode.INVALID, gettext("The parameter “%(name)s” must be a whole number.") % {"name": name}) from None
            continue
        if not -MAX_INT <= number <= MAX_INT:
            raise ApiError(ErrorCode.INVALID, gettext("The parameter “%(name)s” is out of range.") % {"name": name})
