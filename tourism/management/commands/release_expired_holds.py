from django.core.management.base import BaseCommand
from django.utils import timezone

from tourism.bookings import release_expired_holds


class Command(BaseCommand):
    help = "Mark booking holds past their expiry as expired (run every few minutes from cron)."

    def handle(self, *args, **options):
        self.stdout.write(f"{release_expired_holds(now=timezone.now())} holds expired.")
