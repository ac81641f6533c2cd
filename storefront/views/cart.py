from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from security.same_site import same_site_only
from storefront import cart as carts
from storefront.checkout import cart_order_notice, pending_orders, price_cart_lines
from storefront.product_lines import SOURCE as PRODUCT_SOURCE
from storefront.vouchers import VoucherError, normalise_code, price_voucher

VOUCHER_SESSION_KEY = "voucher_code"  # the code the visitor applied; checkout prices it again


def _wants_json(request):
    return "application/json" in request.headers.get("Accept", "")


def _error(request, error, status=400):
    if _wants_json(request):
        return JsonResponse({"error": error.code, "message": error.message}, status=status)
    return _render_cart(request, error_message=error.message, status=status)


def _render_cart(request, *, error_message="", status=200):
    cart = carts.get_cart(request=request, create=False)
    lines = price_cart_lines(cart=cart) if cart else []
    ids = {(line.source, line.reference): line.pk for line in cart.lines.all()} if cart else {}
    rows = [{"line": line, "id": ids.get((line.source, line.reference))} for line in lines]
    context = {
        "rows": rows,
        "subtotal": sum(line.total_vnd for line in lines),
        "error_message": error_message,
        "notice": cart_order_notice(cart=cart) if cart else None,
        **voucher_preview(request, lines, cart=cart),
    }
    response = render(request, "storefront/cart_page.html", context, status=status)
    response["Cache-Control"] = "private, no-store"
    return response


def voucher_preview(request, lines, *, cart) -> dict:
    """The applied code priced on these lines: {"voucher": {code, discount_vnd}} or {"voucher_error"}."""
    code = request.session.get(VOUCHER_SESSION_KEY, "")
    if not code or not lines:
        return {"voucher_code": code, "voucher": None, "voucher_error": ""}
    try:
        voucher, discount, _shares = price_voucher(code=code, lines=lines, held_by=pending_orders(cart=cart))
    except VoucherError as error:
        return {"voucher_code": code, "voucher": None, "voucher_error": error.message}
    return {"voucher_code": code, "voucher": {"code": voucher.code, "discount_vnd": discount}, "voucher_error": ""}


@require_POST
def apply_voucher(request):
    """Apply (or with "remove", take off) a voucher code; kept in the session until checkout."""
    code = normalise_code(request.POST.get("code"))
    if "remove" in request.POST or not code:
        request.session.pop(VOUCHER_SESSION_KEY, None)
    else:
        request.session[VOUCHER_SESSION_KEY] = code
    return redirect("storefront:cart")


@never_cache
@require_GET
def cart_page(request):
    return _render_cart(request)


# CSRF-exempt so product pages carry no per-visitor token and stay cacheable whole; a POST from
# another site's page is refused by its Origin / Sec-Fetch-Site headers instead (same_site_only).
@csrf_exempt
@same_site_only
@require_POST
def add_to_cart(request):
    try:
        quantity = carts.parse_quantity(request.POST.get("quantity"))
        source = request.POST.get("source") or PRODUCT_SOURCE
        reference = request.POST.get("variant") or request.POST.get("reference") or ""
        cart = carts.get_cart(request=request, create=True)
        carts.set_quantity(cart=cart, source=source, reference=reference, quantity=quantity, add=True)
    except carts.CartError as error:
        return _error(request, error)
    if _wants_json(request):
        return JsonResponse({"count": carts.item_count(cart=cart)})
    return redirect("storefront:cart")


@require_POST
def update_cart_line(request, line_id):
    cart = carts.get_cart(request=request, create=False)
    line = cart.lines.filter(pk=line_id).first() if cart else None
    if line is None:
        return _error(
            request,
            carts.CartError(carts.CartErrorCode.UNKNOWN_ITEM, gettext("This item is not in your cart.")),
            status=404,
        )
    try:
        quantity = carts.parse_quantity(request.POST.get("quantity"))
        carts.set_quantity(cart=cart, source=line.source, reference=line.reference, quantity=quantity)
    except carts.CartError as error:
        return _error(request, error)
    return redirect("storefront:cart")


@require_POST
def remove_cart_line(request, line_id):
    cart = carts.get_cart(request=request, create=False)
    if cart is not None:
        carts.remove_line(cart=cart, line_id=line_id)
    return redirect("storefront:cart")


@require_GET
def cart_badge(request):
    """The header's item count, fetched by static/js/cart-badge.js so pages need no per-visitor data."""
    count = carts.item_count(cart=carts.get_cart(request=request, create=False))
    response = JsonResponse({"count": count, "label": gettext("Cart (%(count)s)") % {"count": count}})
    response["Cache-Control"] = "private, no-store"
    return response
