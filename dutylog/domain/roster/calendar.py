"""Chinese statutory holidays and make-up workdays (调休), as a calendar the roster reads.

The `chinese_calendar` package knows the State Council schedules for the years it
ships with; later years are entered by the administrator. A year with no data is
"unknown": the roster then treats only Saturdays and Sundays as rest days and says so.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache

from dutylog.domain.enums import LabelledEnum, _label


class DayKind(LabelledEnum):
    """What kind of day a date is for the roster."""

    WORKDAY = "workday"
    WEEKEND = "weekend"
    HOLIDAY = "holiday"
    MAKEUP = "makeup"

    @property
    def is_rest_day(self) -> bool:
        return self in (DayKind.WEEKEND, DayKind.HOLIDAY)


_label(
    DayKind,
    {
        "workday": ("工作日", "Workday"),
        "weekend": ("休息日", "Weekend"),
        "holiday": ("法定节假日", "Statutory holiday"),
        "makeup": ("调休上班", "Make-up workday"),
    },
)

HOLIDAY_NAMES_ZH = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节",
    "Anti-Fascist 70th Day": "抗战胜利70周年纪念日",
}


@dataclass(frozen=True)
class HolidayDay:
    """One entry of the holiday table: a day off (HOLIDAY) or a make-up workday (MAKEUP)."""

    day: date
    kind: DayKind
    name: str
    source: str = "package"  # "package" (chinese_calendar) or "admin"


def plain_kind(day: date) -> DayKind:
    """What ``day`` is when no schedule says otherwise."""
    return DayKind.WEEKEND if day.weekday() >= 5 else DayKind.WORKDAY


@cache
def package_years() -> range:
    """Years the installed chinese_calendar package has schedules for."""
    import chinese_calendar

    known = [day.year for day in chinese_calendar.holidays]
    return range(min(known), max(known) + 1)


@cache
def package_days(year: int) -> tuple[HolidayDay, ...]:
    """Holidays and make-up workdays of ``year`` from chinese_calendar ([] if it does not know it)."""
    import chinese_calendar

    if year not in package_years():
        return ()
    days: list[HolidayDay] = []
    for table, kind in (
        (chinese_calendar.holidays, DayKind.HOLIDAY),
        (chinese_calendar.workdays, DayKind.MAKEUP),
    ):
        for day, holiday in table.items():
            if day.year != year:
                continue
            if kind is DayKind.MAKEUP and day.weekday() < 5:
                continue  # the package lists every workday; only weekend workdays are 调休
            english = getattr(holiday, "value", str(holiday))
            days.append(HolidayDay(day, kind, HOLIDAY_NAMES_ZH.get(english, english)))
    return tuple(sorted(days, key=lambda entry: entry.day))


class HolidayCalendar:
    """Answers "what kind of day is this" from the holiday table."""

    def __init__(self, entries: Iterable[HolidayDay] = (), known_years: Iterable[int] = ()) -> None:
        self.entries = {entry.day: entry for entry in entries}
        self.known_years = set(known_years) | {day.year for day in self.entries}

    def kind(self, day: date) -> DayKind:
        entry = self.entries.get(day)
        return entry.kind if entry is not None else plain_kind(day)

    def name(self, day: date) -> str:
        entry = self.entries.get(day)
        return entry.name if entry else ""

    def is_rest_day(self, day: date) -> bool:
        return self.kind(day).is_rest_day

    def unknown_years(self, first: date, last: date) -> list[int]:
        return [year for year in range(first.year, last.year + 1) if year not in self.known_years]
