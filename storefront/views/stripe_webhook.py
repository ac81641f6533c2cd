import logging

from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from storefront.payments.webhooks import InvalidWebhook, process_event, verify_event

logger = logging.getLogger(__name__)


@csrf_exempt
@require_POST
def stripe_webhook(request):
    """Stripe's signed events. 400 writes nothing; 200 for an event handled now or before."""
    try:
        event = verify_event(payload=request.body, signature=request.headers.get("Stripe-Signature", ""))
    except InvalidWebhook as error:
        logger.warning("Rejected Stripe webhook: %s", error)
        return HttpResponseBadRequest("invalid signature")
    outcome = process_event(event)
    logger.info("Stripe event %s (%s): %s", event.id, event.type, outcome)
    return HttpResponse(outcome)
