"""Checks on raw query parameters shared by both APIs, before any reaches the database."""

from django.utils.translation import gettext

from api.errors import ApiError, ErrorCode

# Primary keys and offsets are 32-bit integers in PostgreSQL; larger ones would be a database error.
MAX_INT = 2**31 - 1
# Wagtail's search backends nest one query node per word: ~150 words overflow Python's recursion limit.
MAX_SEARCH_WORDS = 20
MAX_SEARCH_LENGTH = 200
SEARCH_OPERATORS = ("and", "or")


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
                raise ApiError(
                    ErrorCode.INVALID, gettext("The parameter “%(name)s” must be a whole number.") % {"name": name}
                ) from None
            continue
        if not -MAX_INT <= number <= MAX_INT:
            raise ApiError(ErrorCode.INVALID, gettext("The parameter “%(name)s” is out of range.") % {"name": name})


def bound_search(request):
    """`?search_operator=` must be `and` or `or` (400); `?search=` keeps its first MAX_SEARCH_WORDS words.

    Wagtail reads `request.GET` itself, so the bounded query replaces it for the rest of the request.
    """
    operator = request.GET.get("search_operator")
    if operator is not None and operator not in SEARCH_OPERATORS:
        raise ApiError(
            ErrorCode.INVALID,
            gettext("The parameter “%(name)s” must be one of: %(choices)s.")
            % {"name": "search_operator", "choices": ", ".join(SEARCH_OPERATORS)},
        )
    query = request.GET.get("search")
    if query is None:
        return
    bounded = " ".join(query[:MAX_SEARCH_LENGTH].split()[:MAX_SEARCH_WORDS])
    if bounded != query:
        params = request._request.GET.copy()
        params["search"] = bounded
        params._mutable = False
        request._request.GET = params
