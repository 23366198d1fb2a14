from __future__ import annotations

from datetime import date, datetime, time

import pytest

from dutylog.domain.enums import Shift
from dutylog.domain.log.shifts import ShiftTimes


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (datetime(2026, 11, 17, 8, 30), (date(2026, 11, 17), Shift.DAY)),
        (datetime(2026, 11, 17, 17, 29), (date(2026, 11, 17), Shift.DAY)),
        (datetime(2026, 11, 17, 17, 30), (date(2026, 11, 17), Shift.NIGHT)),
        (datetime(2026, 11, 17, 23, 59), (date(2026, 11, 17), Shift.NIGHT)),
        # After midnight the night shift still belongs to the previous duty day.
        (datetime(2026, 11, 18, 3, 0), (date(2026, 11, 17), Shift.NIGHT)),
        (datetime(2026, 11, 18, 8, 29), (date(2026, 11, 17), Shift.NIGHT)),
    ],
)
def test_locate(moment: datetime, expected: tuple[date, Shift]) -> None:
    assert ShiftTimes().locate(moment) == expected


def test_bounds_of_a_night_shift_cross_midnight() -> None:
    start, end = ShiftTimes(time(9, 0), time(18, 0)).bounds(date(2026, 1, 31), Shift.NIGHT)
    assert start == datetime(2026, 1, 31, 18, 0)
    assert end == datetime(2026, 2, 1, 9, 0)
