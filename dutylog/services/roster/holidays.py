"""The holiday calendar: chinese_calendar's schedules combined with the administrator's entries.

The package's days are never copied into the database: a read combines them with the
rows the administrator entered (which win), so reading a calendar changes nothing.
Removing a day the package knows stores a plain-day row that overrides it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from dutylog.domain.accounts.audit import AuditAction
from dutylog.domain.accounts.permissions import Permission
from dutylog.domain.errors import ValidationError
from dutylog.domain.roster.calendar import (
    DayKind,
    HolidayCalendar,
    HolidayDay,
    package_days,
    package_years,
    plain_kind,
)
from dutylog.domain.validation import clean_name
from dutylog.services.context import OfficeContext
from dutylog.services.writes import writes

if TYPE_CHECKING:
    from dutylog.storage.database import Store

# A holiday's name is a name (`clean_name`): shown in the roster beside the day, it must
# not hide or reorder characters.
HOLIDAY_NAME_MAX = 50


def combined_days(store: Store, first: date, last: date) -> dict[date, HolidayDay]:
    """Every entry between ``first`` and ``last``: the package's days, then the office's rows over them."""
    days = {
        entry.day: entry
        for year in range(first.year, last.year + 1)
        for entry in package_days(year)
        if first <= entry.day <= last
    }
    days.update((entry.day, entry) for entry in store.duty_calendar.holidays_between(first, last))
    return days


def known_years(store: Store) -> set[int]:
    return set(package_years()) | store.duty_calendar.holiday_years()


def load_calendar(store: Store, first: date, last: date) -> HolidayCalendar:
    return HolidayCalendar(combined_days(store, first, last).values(), known_years(store))


def is_workday(store: Store, day: date) -> bool:
    """The office calendar's answer (the package's days with the administrator's entries over them)."""
    return not load_calendar(store, day, day).is_rest_day(day)


def unknown_year_warning(year: int) -> str:
    return f"{year}年的法定节假日和调休安排尚未录入，已仅按周六、周日作为休息日排班；请在“节假日”中补录。"


class HolidayService:
    def __init__(self, office: OfficeContext) -> None:
        self.office = office

    def calendar(self, first: date, last: date) -> HolidayCalendar:
        with self.office.db.transaction(read_only=True) as store:
            return load_calendar(store, first, last)

    def days_of_year(self, year: int) -> list[HolidayDay]:
        """The holidays and make-up workdays of ``year`` (a removed package day is not listed)."""
        with self.office.db.transaction(read_only=True) as store:
            days = combined_days(store, date(year, 1, 1), date(year, 12, 31))
        return [days[day] for day in sorted(days) if days[day].kind in (DayKind.HOLIDAY, DayKind.MAKEUP)]

    def is_year_known(self, year: int) -> bool:
        with self.office.db.transaction(read_only=True) as store:
            return year in known_years(store)

    @writes
    def set_day(self, day: date, kind: DayKind, name: str) -> HolidayDay:
        """Add or change one day (a holiday or a make-up workday) and mark its year as entered."""
        kind = DayKind(kind)
        if kind not in (DayKind.HOLIDAY, DayKind.MAKEUP):
            raise ValidationError("只能录入法定节假日或调休上班日。", code="bad_kind", field="kind")
        clean = clean_name(name, field="name", label="节日名称", max_length=HOLIDAY_NAME_MAX)
        entry = HolidayDay(day, kind, clean, "admin")
        self.office.require(Permission.ROSTER_MANAGE)
        with self.office.db.transaction() as store:
            store.duty_calendar.put_holidays([entry])
            store.duty_calendar.mark_year(day.year, "admin")
            self.office.audit.record(store, AuditAction.UPDATE, "holiday", day.isoformat(), after=entry)
        return entry

    @writes
    def set_days(self, entries: Iterable[HolidayDay]) -> int:
        """Enter several days at once (all or nothing)."""
        cleaned = []
        for entry in entries:
            if entry.kind not in (DayKind.HOLIDAY, DayKind.MAKEUP):
                raise ValidationError("只能录入法定节假日或调休上班日。", code="bad_kind", field="kind")
            name = clean_name(entry.name, field="name", label="节日名称", max_length=HOLIDAY_NAME_MAX)
            cleaned.append(HolidayDay(entry.day, entry.kind, name, "admin"))
        self.office.require(Permission.ROSTER_MANAGE)
        with self.office.db.transaction() as store:
            store.duty_calendar.put_holidays(cleaned)
            for year in {entry.day.year for entry in cleaned}:
                store.duty_calendar.mark_year(year, "admin")
            self.office.audit.record(
                store, AuditAction.UPDATE, "holiday", "", after={"days": [entry.day for entry in cleaned]}
            )
        return len(cleaned)

    @writes
    def remove_day(self, day: date) -> bool:
        """Make ``day`` an ordinary day again; a day the package lists is overridden, not deleted."""
        self.office.require(Permission.ROSTER_MANAGE)
        with self.office.db.transaction() as store:
            current = combined_days(store, day, day).get(day)
            if current is None or current.kind not in (DayKind.HOLIDAY, DayKind.MAKEUP):
                return False
            if any(entry.day == day for entry in package_days(day.year)):
                store.duty_calendar.put_holidays([HolidayDay(day, plain_kind(day), "", "admin")])
            else:
                store.duty_calendar.remove_holiday(day)
            self.office.audit.record(store, AuditAction.DELETE, "holiday", day.isoformat(), before=current)
            return True
