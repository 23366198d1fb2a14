"""Working-day arithmetic on the office calendar (法定节假日 and 调休 as the roster uses them).

Public rules give units their time limits in working days, counted from the day after
the assignment: a matter assigned on 30 September with 3 working days is due on the
third working day after the National Day holiday, which may be a make-up Saturday.
"""

from __future__ import annotations

from datetime import date, timedelta

from dutylog.domain.roster.calendar import HolidayCalendar

# The longest time limit anyone gives (working days); also bounds the calendar read.
MAX_WORKDAYS = 120


def calendar_span(start: date, workdays: int) -> tuple[date, date]:
    """The dates a calendar must cover to count ``workdays`` from ``start``.

    Rest days never run longer than the Spring Festival week plus its weekends, so two
    calendar weeks per five working days, plus a month, always suffice.
    """
    return start, start + timedelta(days=workdays * 3 + 31)


def add_workdays(calendar: HolidayCalendar, start: date, workdays: int) -> date:
    """The ``workdays``-th working day after ``start`` (``start`` itself is not counted)."""
    day, counted = start, 0
    while counted < workdays:
        day += timedelta(days=1)
        if not calendar.is_rest_day(day):
            counted += 1
    return day


def workdays_late(calendar: HolidayCalendar, due: date, on: date) -> int:
    """Working days from ``due`` to ``on``: positive when late, negative for days left, 0 on the day."""
    if on == due:
        return 0
    first, last, sign = (due, on, 1) if on > due else (on, due, -1)
    count, day = 0, first
    while day < last:
        day += timedelta(days=1)
        if not calendar.is_rest_day(day):
            count += 1
    return sign * count
