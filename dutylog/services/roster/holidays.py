"""The holiday calendar: filled from chinese_calendar for the years it knows, edited by the admin."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from dutylog.domain.accounts.audit import AuditAction
from dutylog.domain.accounts.permissions import Permission
from dutylog.domain.errors import ValidationError
from dutylog.domain.roster.calendar import DayKind, HolidayCalendar, HolidayDay, package_days, package_years
from dutylog.domain.validation import clean_text
from dutylog.services.context import OfficeContext
from dutylog.services.writes import writes

if TYPE_CHECKING:
    from dutylog.storage.database import Store


def fill_known_years(store: Store, years: Iterable[int]) -> None:
    """Copy the package's schedule for each year that the table does not have yet."""
    have = store.duty_calendar.holiday_years()
    known = package_years()
    for year in years:
        if year in have or year not in known:
            continue
        store.duty_calendar.put_holidays(package_days(year))
        store.duty_calendar.mark_year(year, "package")


def load_calendar(store: Store, first: date, last: date) -> HolidayCalendar:
    fill_known_years(store, range(first.year, last.year + 1))
    entries = store.duty_calendar.holidays_between(first, last)
    return HolidayCalendar(entries, store.duty_calendar.holiday_years())


def unknown_year_warning(year: int) -> str:
    return f"{year}年的法定节假日和调休安排尚未录入，已仅按周六、周日作为休息日排班；请在“节假日”中补录。"


class HolidayService:
    def __init__(self, office: OfficeContext) -> None:
        self.office = office

    def calendar(self, first: date, last: date) -> HolidayCalendar:
        with self.office.db.transaction() as store:
            return load_calendar(store, first, last)

    def days_of_year(self, year: int) -> list[HolidayDay]:
        with self.office.db.transaction() as store:
            fill_known_years(store, [year])
            return store.duty_calendar.holidays_of_year(year)

    def is_year_known(self, year: int) -> bool:
        with self.office.db.transaction() as store:
            fill_known_years(store, [year])
            return year in store.duty_calendar.holiday_years()

    @writes
    def set_day(self, day: date, kind: DayKind, name: str) -> HolidayDay:
        """Add or change one day (a holiday or a make-up workday) and mark its year as entered."""
        kind = DayKind(kind)
        if kind not in (DayKind.HOLIDAY, DayKind.MAKEUP):
            raise ValidationError("只能录入法定节假日或调休上班日。", code="bad_kind", field="kind")
        clean = clean_text(name, field="name", label="节日名称", max_length=50, multiline=False)
        entry = HolidayDay(day, kind, clean, "admin")
        self.office.require(Permission.ROSTER_MANAGE)
        with self.office.db.transaction() as store:
            fill_known_years(store, [day.year])
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
            name = clean_text(entry.name, field="name", label="节日名称", max_length=50, multiline=False)
            cleaned.append(HolidayDay(entry.day, entry.kind, name, "admin"))
        self.office.require(Permission.ROSTER_MANAGE)
        with self.office.db.transaction() as store:
            fill_known_years(store, {entry.day.year for entry in cleaned})
            store.duty_calendar.put_holidays(cleaned)
            for year in {entry.day.year for entry in cleaned}:
                store.duty_calendar.mark_year(year, "admin")
            self.office.audit.record(
                store, AuditAction.UPDATE, "holiday", "", after={"days": [entry.day for entry in cleaned]}
            )
        return len(cleaned)

    @writes
    def remove_day(self, day: date) -> bool:
        self.office.require(Permission.ROSTER_MANAGE)
        with self.office.db.transaction() as store:
            removed = store.duty_calendar.remove_holiday(day)
            if removed:
                self.office.audit.record(store, AuditAction.DELETE, "holiday", day.isoformat())
            return removed
