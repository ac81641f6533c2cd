import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from tourism.bookings import release_expired_holds
from tourism.line_source import forget_unused_requests


class Command(BaseCommand):
    # Not "release_expired_holds": storefront's command of that name comes first and would hide this one.
    help = (
        "Mark booking holds past their expiry as expired and forget stale booking requests (cron, every few minutes)."
    )

    def handle(self, *args, **options):
        now = timezone.now()
        expired = release_expired_holds(now=now)
        forgotten = forget_unused_requests(older_than=now - datetime.timedelta(days=2))
        self.stdout.write(f"{expired} holds expired; {forgotten} unused booking requests removed.")
