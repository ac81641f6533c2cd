from django.core.management.base import BaseCommand

from home.catalogues import compile_catalogues


class Command(BaseCommand):
    help = (
        "Compile locale/<lang>/LC_MESSAGES/*.po to .mo in pure Python. Replaces Django's command, "
        "which needs GNU msgfmt and walks every folder below the current one, the virtualenv included."
    )

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Recompile even up-to-date catalogues.")

    def handle(self, *args, force=False, **options):
        compiled = compile_catalogues(force=force)
        for po_path in compiled:
            self.stdout.write(f"compiled {po_path}")
        self.stdout.write(self.style.SUCCESS(f"{len(compiled)} catalogue(s) compiled, the rest up to date."))
