import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import translation

from home.demo.content import seed_home
from storefront.demo import seed_delivery_rates, seed_storefront
from stories.demo import seed_stories
from tourism.demo import seed_tourism

# Each app appends its own idempotent seeder as it arrives; order matters (products, then places, then
# the stories that embed both).
SEEDERS = [seed_home, seed_storefront, seed_delivery_rates, seed_tourism, seed_stories]


class Command(BaseCommand):
    help = "Load Cao Bằng demo content in four languages, and an admin user. Safe to run again."

    def add_arguments(self, parser):
        parser.add_argument("--no-admin", action="store_true", help="Do not create or print the admin user.")

    def handle(self, *args, no_admin=False, **options):
        with transaction.atomic(), translation.override(settings.LANGUAGE_CODE):
            for seed in SEEDERS:
                seed(self.stdout)
        if not no_admin:
            username, password = ensure_demo_admin()
            self.stdout.write(
                self.style.SUCCESS(
                    f"Admin: /admin/ on the server (make run prints its address)  user: {username}  password: {password}"
                )
            )


def ensure_demo_admin(username="admin"):
    """A superuser whose password is kept in var/ (never in git), the same on every run."""
    password_file = settings.VAR_DIR / "demo-admin-password"
    if password_file.exists():
        password = password_file.read_text().strip()
    else:
        password = secrets.token_urlsafe(12)
        password_file.parent.mkdir(parents=True, exist_ok=True)
        password_file.write_text(password + "\n")
        password_file.chmod(0o600)
    user, _created = get_user_model().objects.get_or_create(
        username=username, defaults={"email": "admin@localhost", "is_staff": True, "is_superuser": True}
    )
    if not user.check_password(password):
        user.set_password(password)
        user.save()
    return username, password
