import logging

from django.http import Http404
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from core.payments import InvalidWebhook, UnknownGateway, gateway
from storefront.payments.webhooks import process_event

logger = logging.getLogger(__name__)


@csrf_exempt
@require_http_methods(["GET", "POST"])  # some providers send their IPN as a GET; the gateway verifies either
def payment_webhook(request, provider):
    """A gateway's signed events (or IPN). A rejected request writes nothing; an event handled now or
    before gets the answer the provider expects (Stripe: 400 and 200)."""
    try:
        payment_gateway = gateway(provider)
    except UnknownGateway:
        raise Http404 from None
    try:
        event = payment_gateway.parse_webhook(body=request.body, headers=request.headers, query=request.GET)
    except InvalidWebhook as error:
        logger.warning("Rejected %s webhook: %s", provider, error)
        return payment_gateway.webhook_response(outcome=None)
    outcome = process_event(event)
    logger.info("%s event %s (%s): %s", provider, event.event_id, event.type, outcome)
    return payment_gateway.webhook_response(outcome=outcome)


@csrf_exempt
@require_POST
def stripe_webhook(request):
    """The address registered in Stripe's dashboard (/stripe/webhook/) before there were other gateways."""
    return payment_webhook(request, "stripe")
