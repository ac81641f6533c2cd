import datetime

from django.core.management.base import BaseCommand, CommandError

from tourism.models import ExperiencePage
from tourism.sessions import generate_sessions

WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


class Command(BaseCommand):
    help = "Create experience sessions from a rule, e.g. --weekdays tue,thu,sat --time 08:00 --months 11,12,1,2,3."

    def add_arguments(self, parser):
        parser.add_argument("experience_id", type=int)
        parser.add_argument("--weekdays", required=True)
        parser.add_argument("--time", required=True)
        parser.add_argument("--months", default="1,2,3,4,5,6,7,8,9,10,11,12")
        parser.add_argument("--from", dest="start", required=True, type=datetime.date.fromisoformat)
        parser.add_argument("--to", dest="end", required=True, type=datetime.date.fromisoformat)
        parser.add_argument("--capacity", type=int)

    def handle(self, experience_id, weekdays, time, months, start, end, capacity, **options):
        experience = ExperiencePage.objects.filter(pk=experience_id).first()
        if experience is None:
            raise CommandError(f"No experience with id {experience_id}.")
        try:
            days = [WEEKDAYS[name.strip().lower()[:3]] for name in weekdays.split(",")]
        except KeyError as error:
            raise CommandError(f"Unknown weekday {error}.") from error
        created = generate_sessions(
            experience=experience,
            weekdays=days,
            start_time=datetime.time.fromisoformat(time),
            months=[int(m) for m in months.split(",")],
            start_date=start,
            end_date=end,
            capacity=capacity or experience.max_group,
        )
        self.stdout.write(f"{len(created)} sessions created.")
