"""The experience page's month calendar: months of days marked open / full / none, and the sessions to book.

Labels are made here, not by template filters (docs/performance.md). Weekday names are the
calendar's own two-letter msgids: Django's "Mon" has no Lao translation, and gettext falls back to
Vietnamese for it, so a Lao page showed Vietnamese weekdays. Month names come from Django's date
formats ("F": the catalogues translate "January" in every language).
"""

import calendar as stdlib_calendar
import datetime
import functools
from dataclasses import dataclass, field

from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext, gettext_noop, ngettext

from tourism.availability import homestay_calendar, seats_left_by_session, seats_left_label

# Monday first: how calendars are printed in Vietnam, Laos and China.
WEEKDAYS = (
    gettext_noop("Mo"),
    gettext_noop("Tu"),
    gettext_noop("We"),
    gettext_noop("Th"),
    gettext_noop("Fr"),
    gettext_noop("Sa"),
    gettext_noop("Su"),
)
MAX_MONTHS = 6  # the months shown: up to the last session, at most this many
MIN_MONTHS = 2


@dataclass(frozen=True)
class SessionChoice:
    pk: int
    date: datetime.date  # local (Cao Bằng) date
    starts: int  # epoch seconds, for the script to grey out a session that has started since the page was cached
    time: str  # local start, "09:30"
    seats_left: int
    label: str  # "3 seats left" or "full"
    option: str  # the booking form's option: "8/12/2026 09:30 · 3 seats left"


@dataclass
class Day:
    date: datetime.date
    state: str  # "past", "none", "full" or "open"
    label: str = ""  # the full date, for days with sessions
    sessions: list = field(default_factory=list)


@dataclass
class Month:
    first: datetime.date
    title: str  # "December 2026", in the page's language
    weeks: list  # [[Day or None] * 7]


@dataclass
class MonthCalendar:
    today: datetime.date
    weekdays: list
    months: list
    sessions: list  # every bookable SessionChoice shown, in start order
    next_free: SessionChoice | None  # the first session with places for the smallest group
    utc_offset: int  # minutes: the script finds today's Cao Bằng date from it (a cached page may be yesterday's)


@dataclass
class StayCalendar:
    today: datetime.date
    weekdays: list
    months: list  # each night "open" (a room free), "full" or "past"
    rooms: list  # [(room, "2026-12-10 2026-12-11": the nights it is taken)]
    next_free: datetime.date | None  # the first night with a free room
    utc_offset: int
    nights_one: str  # "%(count)s night", for the script's "3 nights"
    nights_many: str


@functools.lru_cache(maxsize=8192)
def _formatted(language, value, zone, format_name):
    return date_format(value, format_name)  # `zone`: in the key, since equal instants compare equal


def formatted(value, format_name):
    """date_format(), remembered per language: the same days and sessions are labelled on every
    uncached page, and formatting them was most of the calendar's time."""
    return _formatted(translation.get_language(), value, str(getattr(value, "tzinfo", "")), format_name)


def weekday_names():
    return [gettext(name) for name in WEEKDAYS]


def _add_months(day, months):
    index = day.year * 12 + day.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


def month_grid(first):
    """[[date or None] * 7] for the month starting `first`, Monday first."""
    weeks = stdlib_calendar.Calendar(firstweekday=0).monthdayscalendar(first.year, first.month)
    return [[first.replace(day=n) if n else None for n in week] for week in weeks]


def session_choices(*, experience, first, last, now):
    """The experience's sessions not yet started, from `first` to before `last` (local dates)."""
    sessions = experience.sessions.filter(
        starts_at__gt=now, starts_at__date__gte=first, starts_at__date__lt=last
    ).order_by("starts_at", "pk")
    labels = {}  # seats left → label
    choices = []
    for session, left in seats_left_by_session(sessions=sessions, now=now):
        local = timezone.localtime(session.starts_at)
        if left not in labels:
            labels[left] = seats_left_label(left)
        when = formatted(local, "SHORT_DATETIME_FORMAT")
        choices.append(
            SessionChoice(
                session.pk,
                local.date(),
                int(session.starts_at.timestamp()),
                f"{local:%H:%M}",
                left,
                labels[left],
                f"{when} · {labels[left]}",
            )
        )
    return choices


def month_calendar(*, experience, today, now, months=None, group=None):
    """The months from today's, each day open (a session with places for `group`), full or none.

    `months`: how many; by default up to the month of the last session (at least two, at most six)."""
    group = group or experience.min_group
    first = today.replace(day=1)
    last = _add_months(first, months or MAX_MONTHS)
    choices = session_choices(experience=experience, first=today, last=last, now=now)
    shown = months
    if shown is None:
        final = choices[-1].date if choices else first
        shown = min(MAX_MONTHS, max(MIN_MONTHS, (final.year - first.year) * 12 + final.month - first.month + 1))
    by_day = {}
    for choice in choices:
        by_day.setdefault(choice.date, []).append(choice)
    result = []
    for n in range(shown):
        month = _add_months(first, n)
        weeks = [
            [_day(date, today, by_day.get(date, []), group) if date else None for date in week]
            for week in month_grid(month)
        ]
        result.append(Month(month, formatted(month, "YEAR_MONTH_FORMAT"), weeks))
    next_free = next((choice for choice in choices if choice.seats_left >= group), None)
    offset = timezone.localtime(now).utcoffset()
    return MonthCalendar(today, weekday_names(), result, choices, next_free, int(offset.total_seconds() // 60))


def _day(date, today, sessions, group):
    if date < today:
        return Day(date, "past")
    if not sessions:
        return Day(date, "none")
    state = "open" if any(s.seats_left >= group for s in sessions) else "full"
    return Day(date, state, formatted(date, "DATE_FORMAT"), sessions)


def stay_calendar(*, homestay, today, now, months=3):
    """A homestay's nights from today to the end of the `months`-th month: open when a room is free."""
    first = today.replace(day=1)
    last = _add_months(first, months)
    grid = homestay_calendar(homestay=homestay, start=today, days=(last - today).days, now=now)
    free = {night for _room, nights in grid["rooms"] for night, is_free in nights if is_free}
    rooms = [
        (room, " ".join(night.isoformat() for night, is_free in nights if not is_free))
        for room, nights in grid["rooms"]
    ]
    result = []
    for n in range(months):
        month = _add_months(first, n)
        weeks = [[(_night(date, today, free) if date else None) for date in week] for week in month_grid(month)]
        result.append(Month(month, formatted(month, "YEAR_MONTH_FORMAT"), weeks))
    offset = timezone.localtime(now).utcoffset()
    return StayCalendar(
        today,
        weekday_names(),
        result,
        rooms,
        min(free, default=None),
        int(offset.total_seconds() // 60),
        ngettext("%(count)s night", "%(count)s nights", 1),
        ngettext("%(count)s night", "%(count)s nights", 2),
    )


def _night(date, today, free):
    if date < today:
        return Day(date, "past")
    return Day(date, "open" if date in free else "full")
