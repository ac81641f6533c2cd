import json

from django.conf import settings
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from core.payments import gateway
from core.terms import terms_url
from storefront import cart as carts
from storefront.checkout import (
    CheckoutError,
    CheckoutErrorCode,
    ensure_payment,
    needs_delivery,
    price_cart_lines,
    start_checkout,
)
from storefront.forms import CheckoutForm
from storefront.models import Order, OrderStatus
from storefront.payments import stripe_client
from storefront.views.cart import VOUCHER_SESSION_KEY, voucher_preview
from storefront.vouchers import normalise_code

# Apps above storefront add what they know of a signed-in buyer (customers: contact and default
# address): each is called as prefill(user=...) and returns the form's initial values.
CHECKOUT_PREFILLS = []
# …and keep what the buyer asked them to once the order is started (customers: "Save this address
# to my account", a box its own section adds to the form): each is called as
# placed(user=..., order=..., choices=request.POST).
CHECKOUT_PLACED = []


def _checkout_initial(request):
    initial = {}
    if request.user.is_authenticated:
        for prefill in CHECKOUT_PREFILLS:
            initial.update(prefill(user=request.user))
    return initial


@never_cache
def checkout_page(request):
    cart = carts.get_cart(request=request, create=False)
    lines = price_cart_lines(cart=cart) if cart else []
    if not lines:
        return redirect("storefront:cart")
    form = CheckoutForm(
        request.POST or None,
        needs_delivery=needs_delivery(lines),
        initial={**_checkout_initial(request), "voucher_code": request.session.get(VOUCHER_SESSION_KEY, "")},
    )
    context = {"form": form, "lines": lines, "subtotal": sum(line.total_vnd for line in lines), "error_message": ""}
    context["terms_url"] = terms_url(request)
    if request.method == "POST" and form.is_valid():
        request.session[VOUCHER_SESSION_KEY] = normalise_code(form.cleaned_data["voucher_code"])
    context.update(voucher_preview(request, lines, cart=cart))
    if request.method == "POST" and form.is_valid():
        user = request.user if request.user.is_authenticated else None
        try:
            order = start_checkout(cart=cart, details=form.details(language=translation.get_language()), user=user)
            ensure_payment(order=order)
            if user is not None:
                for placed in CHECKOUT_PLACED:
                    placed(user=user, order=order, choices=request.POST)
        except CheckoutError as error:
            context["error_message"] = error.message
            status = 503 if error.code == CheckoutErrorCode.PAYMENT_UNAVAILABLE else 400
            return render(request, "storefront/checkout_page.html", context, status=status)
        return redirect("storefront:pay", token=order.token)
    return render(request, "storefront/checkout_page.html", context, status=400 if request.method == "POST" else 200)


@never_cache
def pay_page(request, token):
    order = get_object_or_404(Order, token=token)
    if order.status != OrderStatus.PENDING:
        return redirect("storefront:order", token=token)
    context = {"order": order, "lines": order.lines.all(), "error_message": ""}
    try:
        payment = ensure_payment(order=order)
    except CheckoutError as error:
        context["error_message"] = error.message
        return render(request, "storefront/pay_page.html", context, status=503)
    # The gateway's own form (its template and what it needs) is included in the page.
    payment_gateway = gateway(order.payment_provider)
    context.update(payment_gateway.pay_context(payment), payment=payment, payment_template=payment_gateway.pay_template)
    return render(request, "storefront/pay_page.html", context)


@require_POST
def offline_demo_card(request, token):
    """Demo with localstripe only (STRIPE_OFFLINE_DEMO): see stripe_client.confirm_with_test_card."""
    if not settings.STRIPE_OFFLINE_DEMO:
        raise Http404
    order = get_object_or_404(
        Order,
        token=token,
        status=OrderStatus.PENDING,
        payment_provider="stripe",
        provider_payment_id__isnull=False,
    )
    data = json.loads(request.body or b"{}")
    card = {key: str(data.get(key, "")) for key in ("number", "exp_month", "exp_year", "cvc")}
    try:
        intent = stripe_client.confirm_with_test_card(payment_intent_id=order.provider_payment_id, card=card)
    except stripe_client.PaymentGatewayError as error:
        return JsonResponse({"error": str(error)}, status=402)
    return JsonResponse({"status": intent.status})


@never_cache
def order_page(request, token):
    order = Order.objects.filter(token=token).prefetch_related("lines", "status_changes").first()
    if order is None:
        raise Http404
    return render(
        request, "storefront/order_page.html", {"order": order, "waiting": order.status == OrderStatus.PENDING}
    )
