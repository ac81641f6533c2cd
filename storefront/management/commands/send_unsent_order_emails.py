from django.core.management.base import BaseCommand
from django.utils import timezone

from storefront.emails import send_unsent_emails


class Command(BaseCommand):
    help = "Send order emails whose background task gave up (run every half hour from cron)."

    def handle(self, *args, **options):
        sent, failed = send_unsent_emails(now=timezone.now())
        self.stdout.write(f"{sent} order emails sent, {failed} still failing.")
