from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET

from storefront.money import DISPLAY_CURRENCY_COOKIE, parse_display_currency

ONE_YEAR = 365 * 24 * 3600


@require_GET
def set_display_currency(request):
    """Remember the currency for approximate prices, then go back to a page on this site only."""
    target = request.GET.get("next", "")
    if not (target.startswith("/") and url_has_allowed_host_and_scheme(target, allowed_hosts=None)):
        target = "/"
    response = HttpResponseRedirect(target)
    currency = parse_display_currency(request.GET.get("currency", ""))
    if currency is None:
        response.delete_cookie(DISPLAY_CURRENCY_COOKIE)
    else:
        response.set_cookie(
            DISPLAY_CURRENCY_COOKIE, currency.value, max_age=ONE_YEAR, samesite="Lax", secure=request.is_secure()
        )
    return response
