from django.core.management.base import BaseCommand

from storefront.inventory import release_expired_holds
from storefront.vouchers import release_all_lapsed


class Command(BaseCommand):
    help = (
        "Put the stock of expired checkout holds back on sale, and give back the voucher uses of orders that "
        "will not be paid (checkout also does both lazily)."
    )

    def handle(self, *args, **options):
        released = release_expired_holds()
        uses = release_all_lapsed()
        self.stdout.write(f"Released {released} expired hold(s) and {uses} voucher use(s).")
