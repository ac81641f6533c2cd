from django.core.management.base import BaseCommand

from storefront import season_alerts
from storefront.tasks import send_back_in_season_alerts_task


class Command(BaseCommand):
    help = "Email the back-in-season alerts whose product's season opened (daily from cron; see docs/seasons.md)."

    def add_arguments(self, parser):
        parser.add_argument("--now", action="store_true", help="Send here and now instead of enqueuing the task.")

    def handle(self, *args, **options):
        if options["now"]:
            sent, failed = season_alerts.send_due_alerts()
            self.stdout.write(f"{sent} back-in-season alerts sent, {failed} failed.")
        else:
            send_back_in_season_alerts_task.enqueue()
            self.stdout.write("Back-in-season alerts enqueued for the worker.")
