"""Back-in-season alerts: a visitor leaves an email on a closed season's product page; once the
season opens, a daily task emails them once, in the language they signed up in.

See docs/seasons.md for how the daily run is scheduled.
"""

import logging
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext

from storefront.models import BackInSeasonAlert, ProductPage
from storefront.seasons import opened_on, season_status

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class SignUp:
    alert: BackInSeasonAlert
    created: bool  # False: the same email already waits for this product (harmless)


class AlertRefused(Exception):
    """The product takes no alert (not for sale, or in season now); `message` is for the visitor."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def sign_up(*, product: ProductPage, email: str, language: str, user=None, today=None) -> SignUp:
    """Keep one waiting alert per product and email; signing up twice changes nothing.

    Only while the season is closed: an alert for a product on sale now would never be "back".
    """
    today = today or timezone.localdate()
    status = season_status(season_mask=product.season_mask, today=today)
    if status is None or status.sellable:
        raise AlertRefused(gettext("%(item)s is on sale now: no alert is needed.") % {"item": product.title})
    email = email.strip().lower()
    waiting = BackInSeasonAlert.objects.filter(product=product, email=email, notified_at__isnull=True)
    alert = waiting.first()
    if alert is not None:
        return SignUp(alert, created=False)
    try:
        with transaction.atomic():  # the partial unique constraint settles two sign-ups at once
            alert = BackInSeasonAlert.objects.create(
                product=product, email=email, language=language, user=user if user and user.pk else None
            )
    except IntegrityError:
        return SignUp(waiting.get(), created=False)
    return SignUp(alert, created=True)


def due_alerts(*, today) -> list[int]:
    """Ids of the waiting alerts whose product is live and in season on `today`."""
    waiting = (
        BackInSeasonAlert.objects.filter(notified_at__isnull=True, product__live=True)
        .values_list("pk", "product__season_mask")
        .order_by("pk")
    )
    return [pk for pk, mask in waiting if opened_on(season_mask=mask, today=today)]


def send_alert(*, alert_id: int, now=None) -> bool:
    """Email one alert, at most once ever.

    `notified_at` is claimed by a conditional UPDATE before sending: of any number of concurrent
    runs exactly one gets the row and sends. A mail error gives the claim back (the next daily run
    tries again) and is raised for the task to log and retry.
    """
    now = now or timezone.now()
    if not BackInSeasonAlert.objects.filter(pk=alert_id, notified_at__isnull=True).update(notified_at=now):
        return False
    alert = BackInSeasonAlert.objects.select_related("product").get(pk=alert_id)
    product = alert.product.specific
    try:
        with translation.override(alert.language):
            subject = gettext("%(item)s is back in season") % {"item": product.title}
            body = render_to_string(
                "storefront/emails/back_in_season.txt", {"product": product, "product_url": product_url(product)}
            )
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [alert.email])
    except Exception:
        logger.exception("Back-in-season alert %s could not be sent; it stays waiting", alert_id)
        _give_back(alert_id, now)
        raise
    return True


def _give_back(alert_id, claimed_at):
    try:
        with transaction.atomic():
            BackInSeasonAlert.objects.filter(pk=alert_id, notified_at=claimed_at).update(notified_at=None)
    except IntegrityError:  # the visitor signed up again meanwhile: that alert waits instead
        BackInSeasonAlert.objects.filter(pk=alert_id, notified_at=claimed_at).delete()


def send_due_alerts(*, today=None, now=None) -> tuple[int, int]:
    """Send every due alert; returns (sent, failed). Safe to run any number of times a day."""
    today = today or timezone.localdate()
    sent = failed = 0
    for alert_id in due_alerts(today=today):
        try:
            sent += send_alert(alert_id=alert_id, now=now)
        except Exception:  # logged in send_alert; the others still go out
            failed += 1
    return sent, failed


def product_url(product) -> str:
    """The product's absolute address in the active language (its translated slug and prefix)."""
    url = product.get_url() or ""
    if url.startswith("/"):
        url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + url
    return url
