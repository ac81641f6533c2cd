"""`manage.py tasks`: what the background worker has done, is doing and will retry (core/tasks.py)."""

from django.core.management.base import BaseCommand
from django.db.models import Count
from django.utils import timezone
from django_tasks_db.models import DBTaskResult, get_date_max

from core.tasks import ATTEMPT

STATUSES = ("READY", "RUNNING", "FAILED", "SUCCESSFUL")


class Command(BaseCommand):
    help = "Background tasks: counts by status, then the latest (READY ones waiting for a retry show when)."

    def add_arguments(self, parser):
        parser.add_argument("--status", choices=STATUSES, help="Only tasks with this status, e.g. FAILED.")
        parser.add_argument("--limit", type=int, default=20)
        parser.add_argument("--errors", action="store_true", help="Print each failed task's traceback.")

    def handle(self, *args, status=None, limit=20, errors=False, **options):
        counts = dict(DBTaskResult.objects.values_list("status").annotate(n=Count("id")).order_by())
        self.stdout.write("  ".join(f"{name.lower()} {counts.get(name, 0)}" for name in STATUSES))
        results = DBTaskResult.objects.order_by("-enqueued_at")
        if status:
            results = results.filter(status=status)
        now, never = timezone.now(), get_date_max()
        for result in results[:limit]:
            kwargs = dict(result.args_kwargs.get("kwargs", {}))
            attempt = kwargs.pop(ATTEMPT, 1)
            line = (
                f"{timezone.localtime(result.enqueued_at):%Y-%m-%d %H:%M:%S}  {result.status:<10}  "
                f"{result.task_path.rsplit('.', 1)[-1]}  {kwargs}  attempt {attempt}"
            )
            if result.status == "READY" and result.run_after != never and result.run_after > now:
                line += f"  runs after {timezone.localtime(result.run_after):%H:%M:%S}"
            if result.status == "FAILED":
                line += f"  {result.exception_class_path}"
            self.stdout.write(line)
            if errors and result.traceback:
                self.stdout.write(result.traceback)
