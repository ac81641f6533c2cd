from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from security.client_ip import client_ip
from security.lockout import lockout_response
from security.same_site import same_site_only
from storefront import season_alerts
from storefront.models import ProductPage

# Sign-ups per client address per hour: enough for a family at one address, not for a script
# filling the table with strangers' emails.
SIGN_UPS_PER_HOUR = 20


def _wants_json(request):
    return "application/json" in request.headers.get("Accept", "")


def _over_limit(request):
    key = f"season-alert-sign-ups:{client_ip(request)}"
    cache.add(key, 0, timeout=3600)
    try:
        return cache.incr(key) > SIGN_UPS_PER_HOUR
    except ValueError:  # expired between add and incr
        return False


def _answer(request, *, status, message, product=None, back_in=None):
    if _wants_json(request):
        return JsonResponse({"ok": status == 200, "message": message}, status=status)
    response = render(
        request,
        "storefront/season_alert_done.html",
        {"message": message, "product": product, "ok": status == 200},
        status=status,
    )
    response["Cache-Control"] = "private, no-store"
    return response


# CSRF-exempt like the cart's add: the product page carries no per-visitor token so it stays cached
# whole; a POST from another site's page is refused by same_site_only.
@csrf_exempt
@same_site_only
@require_POST
def season_alert_sign_up(request):
    if _over_limit(request):
        return lockout_response(request)
    product_id = request.POST.get("product", "")
    product = ProductPage.objects.live().public().filter(pk=product_id).first() if product_id.isdigit() else None
    if product is None:
        return _answer(request, status=404, message=gettext("This product is not for sale."))
    email = (request.POST.get("email") or "").strip()
    try:
        validate_email(email)
    except ValidationError:
        return _answer(request, status=400, message=gettext("Enter a valid email address."), product=product)
    user = request.user if request.user.is_authenticated else None
    try:
        season_alerts.sign_up(product=product, email=email, language=translation.get_language(), user=user)
    except season_alerts.AlertRefused as refused:
        return _answer(request, status=400, message=refused.message, product=product)
    # The same sentence whether or not this email had already signed up: it says nothing about others.
    message = gettext("Thank you. We will email you when %(item)s is back in season.") % {"item": product.title}
    return _answer(request, status=200, message=message, product=product)


@never_cache
@require_GET
def season_alert_email(request):
    """The signed-in visitor's email for the alert form (season-alert.js); "" for anyone else."""
    email = request.user.email if request.user.is_authenticated else ""
    response = JsonResponse({"email": email})
    response["Cache-Control"] = "private, no-store"
    return response
