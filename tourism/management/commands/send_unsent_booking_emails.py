from django.core.management.base import BaseCommand
from django.utils import timezone

from tourism.notifications import send_unsent_confirmations


class Command(BaseCommand):
    help = "Send booking confirmations the mail server refused earlier (run every few minutes from cron)."

    def handle(self, *args, **options):
        sent, failed = send_unsent_confirmations(now=timezone.now())
        self.stdout.write(f"{sent} booking emails sent, {failed} still failing.")
