from django.conf import settings
from django.core.management.base import BaseCommand

from customers.privacy import anonymise_expired_guest_data


class Command(BaseCommand):
    help = (
        "Anonymise guest orders older than PERSONAL_DATA_RETENTION_DAYS (cron, daily); "
        "orders still in progress wait for a later run."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="Override the retention period for this run.")

    def handle(self, *args, days=None, **options):
        done = anonymise_expired_guest_data(days=days)
        retention = settings.PERSONAL_DATA_RETENTION_DAYS if days is None else days
        self.stdout.write(f"{done} guest orders anonymised (older than {retention} days)")
