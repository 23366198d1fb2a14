"""What shapes the roster besides people: leave, the holiday table and special periods."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import delete, extract, select
from sqlalchemy.orm import Session, joinedload

from dutylog.domain.errors import NotFoundError
from dutylog.domain.roster.calendar import DayKind, HolidayDay
from dutylog.domain.roster.records import LeaveRecord, SpecialPeriodRecord
from dutylog.storage.models import HolidayEntry, HolidayYear, SpecialPeriod, StaffLeave


class DutyCalendarRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- leave ------------------------------------------------------------
    def add_leave(self, staff_id: int, first_day: date, last_day: date, reason: str) -> LeaveRecord:
        row = StaffLeave(staff_id=staff_id, first_day=first_day, last_day=last_day, reason=reason)
        self.session.add(row)
        self.session.flush()
        self.session.refresh(row, ["staff"])
        return LeaveRecord(row.id, row.staff_id, row.staff.name, row.first_day, row.last_day, row.reason)

    def remove_leave(self, leave_id: int) -> None:
        row = self.session.get(StaffLeave, leave_id)
        if row is None:
            raise NotFoundError(f"找不到编号为 {leave_id} 的请假记录。", code="no_leave")
        self.session.delete(row)

    def leave_overlapping(self, first: date, last: date, staff_id: int | None = None) -> list[LeaveRecord]:
        query = (
            select(StaffLeave)
            .options(joinedload(StaffLeave.staff))
            .where(StaffLeave.first_day <= last, StaffLeave.last_day >= first)
            .order_by(StaffLeave.first_day, StaffLeave.id)
        )
        if staff_id is not None:
            query = query.where(StaffLeave.staff_id == staff_id)
        return [
            LeaveRecord(row.id, row.staff_id, row.staff.name, row.first_day, row.last_day, row.reason)
            for row in self.session.scalars(query)
        ]

    # -- holidays ---------------------------------------------------------
    def holiday_years(self) -> set[int]:
        return set(self.session.scalars(select(HolidayYear.year)))

    def mark_year(self, year: int, source: str) -> None:
        if self.session.get(HolidayYear, year) is None:
            self.session.add(HolidayYear(year=year, source=source))
            self.session.flush()

    def holidays_between(self, first: date, last: date) -> list[HolidayDay]:
        rows = self.session.scalars(
            select(HolidayEntry).where(HolidayEntry.day.between(first, last)).order_by(HolidayEntry.day)
        )
        return [HolidayDay(row.day, DayKind(row.kind), row.name, row.source) for row in rows]

    def holidays_of_year(self, year: int) -> list[HolidayDay]:
        rows = self.session.scalars(
            select(HolidayEntry).where(extract("year", HolidayEntry.day) == year).order_by(HolidayEntry.day)
        )
        return [HolidayDay(row.day, DayKind(row.kind), row.name, row.source) for row in rows]

    def put_holidays(self, days: Iterable[HolidayDay]) -> None:
        for entry in days:
            row = self.session.get(HolidayEntry, entry.day)
            if row is None:
                self.session.add(
                    HolidayEntry(day=entry.day, kind=entry.kind.value, name=entry.name, source=entry.source)
                )
            else:
                row.kind, row.name, row.source = entry.kind.value, entry.name, entry.source
        self.session.flush()

    def remove_holiday(self, day: date) -> bool:
        result = self.session.execute(delete(HolidayEntry).where(HolidayEntry.day == day))
        return bool(getattr(result, "rowcount", 0))

    # -- special periods --------------------------------------------------
    def add_special_period(
        self, name: str, first_day: date, last_day: date, note: str
    ) -> SpecialPeriodRecord:
        row = SpecialPeriod(name=name, first_day=first_day, last_day=last_day, note=note)
        self.session.add(row)
        self.session.flush()
        return SpecialPeriodRecord(row.id, row.name, row.first_day, row.last_day, row.note)

    def remove_special_period(self, period_id: int) -> None:
        row = self.session.get(SpecialPeriod, period_id)
        if row is None:
            raise NotFoundError(f"找不到编号为 {period_id} 的特殊时期。", code="no_period")
        self.session.delete(row)

    def special_periods(self, first: date, last: date) -> list[SpecialPeriodRecord]:
        rows = self.session.scalars(
            select(SpecialPeriod)
            .where(SpecialPeriod.first_day <= last, SpecialPeriod.last_day >= first)
            .order_by(SpecialPeriod.first_day, SpecialPeriod.id)
        )
        return [SpecialPeriodRecord(row.id, row.name, row.first_day, row.last_day, row.note) for row in rows]
