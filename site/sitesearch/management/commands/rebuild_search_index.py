from django.core.management.base import BaseCommand

from sitesearch.engines import get_engine
from sitesearch.indexing import rebuild_index


class Command(BaseCommand):
    help = "Rebuild the site search index (database or Elasticsearch, whichever is configured) from scratch."

    def handle(self, *args, **options):
        engine = get_engine()
        self.stdout.write(f"Rebuilding the {engine.name} search index…")

        def progress(done, total):
            width = 30
            filled = width * done // total if total else width
            self.stdout.write(f"[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")

        count = rebuild_index(progress=progress)
        self.stdout.write(self.style.SUCCESS(f"Indexed {count} objects."))
