from django.core.management.base import BaseCommand

from reviews import invitations
from reviews.tasks import send_review_invitations_task


class Command(BaseCommand):
    help = "Invite buyers to review, once per order (daily from cron; see docs/reviews.md)."

    def add_arguments(self, parser):
        parser.add_argument("--now", action="store_true", help="Send here and now instead of enqueuing the task.")

    def handle(self, *args, **options):
        if options["now"]:
            sent, failed = invitations.send_due_invitations()
            self.stdout.write(f"{sent} review invitations sent, {failed} failed.")
        else:
            send_review_invitations_task.enqueue()
            self.stdout.write("Review invitations enqueued for the worker.")
