from django.core.management.base import BaseCommand

from storefront.inventory import release_expired_holds


class Command(BaseCommand):
    help = "Put the stock of expired checkout holds back on sale (checkout also does this lazily)."

    def handle(self, *args, **options):
        released = release_expired_holds()
        self.stdout.write(f"Released {released} expired hold(s).")
