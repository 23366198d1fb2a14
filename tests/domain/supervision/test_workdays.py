"""Working days on the office calendar: the deadline of an assignment and how late it is."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from dutylog.domain.roster.calendar import DayKind, HolidayCalendar, HolidayDay, package_days
from dutylog.domain.supervision.workdays import MAX_WORKDAYS, add_workdays, calendar_span, workdays_late


def national_day_2025() -> HolidayCalendar:
    return HolidayCalendar(package_days(2025), [2025])


def test_three_working_days_from_the_eve_of_national_day_end_on_the_makeup_saturday() -> None:
    calendar = national_day_2025()
    # 1-8 October are off; Saturday 11 October is a make-up workday (调休上班).
    assert add_workdays(calendar, date(2025, 9, 30), 3) == date(2025, 10, 11)


def test_lateness_counts_working_days_and_days_left_are_negative() -> None:
    calendar = national_day_2025()
    due = date(2025, 10, 11)
    assert workdays_late(calendar, due, date(2025, 10, 13)) == 1  # Sunday 12th is a rest day
    assert workdays_late(calendar, due, due) == 0
    assert workdays_late(calendar, due, date(2025, 10, 9)) == -2
    assert workdays_late(calendar, due, date(2025, 10, 12)) == 0  # a rest day past the deadline


def test_an_admin_entered_makeup_day_counts_as_a_working_day() -> None:
    saturday = date(2031, 3, 1)
    plain = HolidayCalendar([], [2031])
    entered = HolidayCalendar([HolidayDay(saturday, DayKind.MAKEUP, "调休", source="admin")], [2031])
    friday = date(2031, 2, 28)
    assert add_workdays(plain, friday, 1) == date(2031, 3, 3)
    assert add_workdays(entered, friday, 1) == saturday


@given(
    start=st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)),
    workdays=st.integers(min_value=1, max_value=MAX_WORKDAYS),
)
def test_the_deadline_is_a_working_day_exactly_that_many_working_days_later(
    start: date, workdays: int
) -> None:
    first, last = calendar_span(start, workdays)
    calendar = HolidayCalendar(
        [day for year in range(first.year, last.year + 1) for day in package_days(year)], range(2020, 2032)
    )
    due = add_workdays(calendar, start, workdays)
    assert first < due <= last
    assert not calendar.is_rest_day(due)
    assert workdays_late(calendar, start, due) == workdays
    assert workdays_late(calendar, due, start) == -workdays
    assert workdays_late(calendar, due, due + timedelta(days=1)) in (0, 1)
