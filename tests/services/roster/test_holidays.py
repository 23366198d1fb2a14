"""Holiday names are names: normalised, and refused with invisible or bidi characters."""

from __future__ import annotations

from datetime import date

import pytest

from dutylog.domain.errors import ValidationError
from dutylog.domain.roster.calendar import DayKind, HolidayDay
from dutylog.office import Office

DAY = date(2031, 10, 1)  # a year the package does not know: only the office's own entries


@pytest.mark.parametrize("typed", ["国庆\u202e节", "\u2067国庆节\u2069", "国\u200b庆节"])
def test_holiday_names_with_bidi_or_invisible_characters_are_refused(office: Office, typed: str) -> None:
    with pytest.raises(ValidationError) as info:
        office.holidays.set_day(DAY, DayKind.HOLIDAY, typed)
    assert info.value.code == "bad_characters"
    with pytest.raises(ValidationError):
        office.holidays.set_days([HolidayDay(DAY, DayKind.HOLIDAY, typed)])
    assert office.holidays.days_of_year(DAY.year) == []


def test_holiday_names_are_normalised(office: Office) -> None:
    entry = office.holidays.set_day(DAY, DayKind.HOLIDAY, " 国庆节（调休）　ＤＡＹ１ ")
    assert entry.name == "国庆节（调休） DAY1"
    assert [day.name for day in office.holidays.days_of_year(DAY.year)] == ["国庆节（调休） DAY1"]
