"""Experience sessions from a rule, e.g. "Tue, Thu, Sat 8:00 from November to March"."""

import datetime

from django.utils import timezone

from tourism.models import ExperienceSession


def generate_sessions(*, experience, weekdays, start_time, months, start_date, end_date, capacity):
    """Create a session on each matching day from start_date to end_date (inclusive); returns the new ones.

    weekdays: 0 = Monday … 6 = Sunday; months: 1–12 (a seasonal craft lists only its months).
    Days that already have a session at that time are skipped, so the rule can be run again.
    """
    weekdays, months = set(weekdays), set(months)
    wanted = []
    day = start_date
    while day <= end_date:
        if day.weekday() in weekdays and day.month in months:
            wanted.append(timezone.make_aware(datetime.datetime.combine(day, start_time)))
        day += datetime.timedelta(days=1)
    existing = set(
        ExperienceSession.objects.filter(experience=experience, starts_at__in=wanted).values_list(
            "starts_at", flat=True
        )
    )
    return ExperienceSession.objects.bulk_create(
        [
            ExperienceSession(experience=experience, starts_at=start, capacity=capacity)
            for start in wanted
            if start not in existing
        ]
    )
