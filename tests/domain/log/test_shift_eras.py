"""Shift patterns set from a date on: which duty date and shift a moment belongs to (issue 20)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from dutylog.domain.enums import Shift
from dutylog.domain.errors import ValidationError
from dutylog.domain.log.shifts import (
    PatternKind,
    ShiftTimes,
    eras_from_json,
    eras_to_json,
    make_era,
    with_era,
)

DAY_END = time(17, 30)
THREE = make_era(date(2026, 12, 1), PatternKind.THREE, [time(8), time(16), time(0)], DAY_END)
TIMES = ShiftTimes(eras=(THREE,))


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        ("2026-12-01 08:00", (date(2026, 12, 1), Shift.EARLY)),
        ("2026-12-01 15:59", (date(2026, 12, 1), Shift.EARLY)),
        ("2026-12-01 16:00", (date(2026, 12, 1), Shift.MIDDLE)),
        ("2026-12-01 23:59", (date(2026, 12, 1), Shift.MIDDLE)),
        # The 00:00-08:00 shift belongs to the previous day's duty date.
        ("2026-12-02 00:00", (date(2026, 12, 1), Shift.LATE)),
        ("2026-12-02 07:59", (date(2026, 12, 1), Shift.LATE)),
        ("2026-12-02 08:28", (date(2026, 12, 2), Shift.EARLY)),
        # Before the pattern's first day the office hours apply: a night shift from 17:30.
        ("2026-11-30 20:00", (date(2026, 11, 30), Shift.NIGHT)),
        ("2026-11-30 12:00", (date(2026, 11, 30), Shift.DAY)),
    ],
)
def test_locate_under_three_shifts(moment: str, expected: tuple[date, Shift]) -> None:
    assert TIMES.locate(datetime.fromisoformat(moment)) == expected


def test_bounds_follow_the_pattern_of_the_duty_date() -> None:
    assert TIMES.bounds(date(2026, 12, 1), Shift.LATE) == (datetime(2026, 12, 2, 0), datetime(2026, 12, 2, 8))
    assert TIMES.bounds(date(2026, 12, 1), Shift.FULL) == (datetime(2026, 12, 1, 8), datetime(2026, 12, 2, 8))
    # The last night before the change ends when the new pattern's early shift begins.
    assert TIMES.bounds(date(2026, 11, 30), Shift.NIGHT) == (
        datetime(2026, 11, 30, 17, 30),
        datetime(2026, 12, 1, 8, 0),
    )
    assert TIMES.bounds(date(2026, 11, 29), Shift.NIGHT)[1] == datetime(2026, 11, 30, 8, 30)
    assert TIMES.shifts_on(date(2026, 12, 1)) == (Shift.EARLY, Shift.MIDDLE, Shift.LATE)
    assert TIMES.shifts_on(date(2026, 11, 30)) is None


@example(moment=datetime(2026, 12, 1, 9, 0), first=date(2026, 12, 1), kind=PatternKind.THREE, start_hour=10)
@example(moment=datetime(2026, 12, 1, 8, 10), first=date(2026, 12, 1), kind=PatternKind.FULL, start_hour=8)
@given(
    moment=st.datetimes(min_value=datetime(2026, 11, 20), max_value=datetime(2027, 2, 1)),
    first=st.dates(min_value=date(2026, 11, 25), max_value=date(2027, 1, 10)),
    kind=st.sampled_from(list(PatternKind)),
    start_hour=st.integers(min_value=5, max_value=10),
)
def test_every_moment_lies_inside_the_shift_it_is_located_in(
    moment: datetime, first: date, kind: PatternKind, start_hour: int
) -> None:
    starts = [time(start_hour), time(start_hour + 8), time((start_hour + 16) % 24)][: kind.time_count]
    times = ShiftTimes(eras=(make_era(first, kind, starts, DAY_END),))
    duty_date, shift = times.locate(moment)
    start, end = times.bounds(duty_date, shift)
    assert start <= moment < end
    assert duty_date in (moment.date(), moment.date() - timedelta(days=1))
    # Consecutive shifts meet: the next one starts where this one ends (no gap, no overlap).
    later_date, later_shift = times.locate(end)
    assert times.bounds(later_date, later_shift)[0] == end


@pytest.mark.parametrize(
    ("kind", "starts"),
    [
        (PatternKind.THREE, [time(8), time(16)]),
        (PatternKind.THREE, [time(8), time(8, 30), time(0)]),
        (PatternKind.THREE, [time(8), time(16), time(9)]),
        (PatternKind.DAY_NIGHT, [time(8), time(8)]),
    ],
)
def test_bad_start_times_are_refused(kind: PatternKind, starts: list[time]) -> None:
    with pytest.raises(ValidationError):
        make_era(date(2026, 12, 1), kind, starts, DAY_END)


def test_history_is_kept_and_survives_the_setting() -> None:
    later = make_era(date(2027, 1, 1), PatternKind.DAY_NIGHT, [time(8, 30), time(17, 30)], DAY_END)
    eras = with_era(with_era((), later), THREE)
    assert [era.first for era in eras] == [date(2026, 12, 1), date(2027, 1, 1)]
    assert eras_from_json(eras_to_json(eras)) == eras
    assert eras_from_json([{"from": "bad"}, "x"]) == ()  # a damaged value is skipped
