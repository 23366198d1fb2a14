"""Duty slots (who is on which shift of which day) and the change log."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session, joinedload

from dutylog.domain.enums import DutyRole, Shift
from dutylog.domain.errors import NotFoundError
from dutylog.domain.roster.duty import DutyAssignment
from dutylog.domain.roster.records import ChangeKind, DutyChangeRecord
from dutylog.storage.models import DutyChange, DutySlot, Staff
from dutylog.storage.records import to_record


def assignment_record(row: DutySlot) -> DutyAssignment:
    return to_record(DutyAssignment, row, staff_name=row.staff.name, phone=row.staff.phone)


class RosterRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    def assign(
        self,
        *,
        duty_date: date,
        shift: Shift,
        role: DutyRole,
        staff_id: int,
        created_at: datetime,
        note: str = "",
        origin: str = "manual",
    ) -> DutyAssignment:
        row = DutySlot(
            duty_date=duty_date,
            shift=shift.value,
            role=role.value,
            staff_id=staff_id,
            note=note,
            created_at=created_at,
            origin=origin,
        )
        self.session.add(row)
        self.session.flush()
        self.session.refresh(row, ["staff"])
        return assignment_record(row)

    def add_many(self, rows: Sequence[dict[str, object]]) -> None:
        """Bulk insert of generated slots (Core insert: the fast path)."""
        if rows:
            self.session.execute(insert(DutySlot), list(rows))

    def get(self, slot_id: int) -> DutyAssignment:
        row = self.session.get(DutySlot, slot_id)
        if row is None:
            raise NotFoundError(f"找不到编号为 {slot_id} 的值班安排。", code="no_slot")
        return assignment_record(row)

    def set_person(self, slot_id: int, staff_id: int, origin: str = "change") -> DutyAssignment:
        row = self.session.get(DutySlot, slot_id)
        if row is None:
            raise NotFoundError(f"找不到编号为 {slot_id} 的值班安排。", code="no_slot")
        row.staff_id = staff_id
        row.origin = origin
        self.session.flush()
        self.session.refresh(row, ["staff"])
        return assignment_record(row)

    def delete_generated(self, first: date, last: date) -> int:
        result = self.session.execute(
            delete(DutySlot).where(DutySlot.duty_date.between(first, last), DutySlot.origin == "generated")
        )
        return int(getattr(result, "rowcount", 0) or 0)

    def on(self, duty_date: date, shifts: Iterable[Shift] | None = None) -> list[DutyAssignment]:
        query = (
            select(DutySlot)
            .options(joinedload(DutySlot.staff))
            .where(DutySlot.duty_date == duty_date)
            .order_by(DutySlot.shift, DutySlot.role, DutySlot.id)
        )
        if shifts is not None:
            query = query.where(DutySlot.shift.in_([shift.value for shift in shifts]))
        return [assignment_record(row) for row in self.session.scalars(query)]

    def between(self, first: date, last: date, staff_id: int | None = None) -> list[DutyAssignment]:
        query = (
            select(DutySlot)
            .options(joinedload(DutySlot.staff))
            .where(DutySlot.duty_date.between(first, last))
            .order_by(DutySlot.duty_date, DutySlot.shift, DutySlot.role, DutySlot.id)
        )
        if staff_id is not None:
            query = query.where(DutySlot.staff_id == staff_id)
        return [assignment_record(row) for row in self.session.scalars(query)]

    def last_duty_dates(self, before: date) -> dict[int, tuple[date, str]]:
        """Each person's latest duty (date, shift) before ``before``."""
        latest = (
            select(DutySlot.staff_id, func.max(DutySlot.duty_date).label("last"))
            .where(DutySlot.duty_date < before)
            .group_by(DutySlot.staff_id)
            .subquery()
        )
        query = select(DutySlot.staff_id, DutySlot.duty_date, DutySlot.shift).join(
            latest, (DutySlot.staff_id == latest.c.staff_id) & (DutySlot.duty_date == latest.c.last)
        )
        answer: dict[int, tuple[date, str]] = {}
        for staff_id, duty_date, shift in self.session.execute(query):
            # A night shift ends later than a day shift on the same date.
            if staff_id not in answer or shift == Shift.NIGHT.value or shift == Shift.FULL.value:
                answer[staff_id] = (duty_date, shift)
        return answer

    # -- change log -------------------------------------------------------
    def add_change(
        self,
        *,
        kind: ChangeKind,
        duty_date: date,
        shift: Shift,
        role: DutyRole,
        original_staff_id: int | None,
        new_staff_id: int | None,
        reason: str,
        made_by: str,
        made_at: datetime,
        group_id: int | None = None,
    ) -> int:
        row = DutyChange(
            kind=kind.value,
            duty_date=duty_date,
            shift=shift.value,
            role=role.value,
            original_staff_id=original_staff_id,
            new_staff_id=new_staff_id,
            reason=reason,
            made_by=made_by,
            made_at=made_at,
            group_id=group_id,
        )
        self.session.add(row)
        self.session.flush()
        return row.id

    def changes(self, first: date, last: date) -> list[DutyChangeRecord]:
        names = {pid: name for pid, name in self.session.execute(select(Staff.id, Staff.name))}
        rows = self.session.scalars(
            select(DutyChange)
            .where(DutyChange.duty_date.between(first, last))
            .order_by(DutyChange.made_at, DutyChange.id)
        )
        return [
            DutyChangeRecord(
                id=row.id,
                kind=ChangeKind(row.kind),
                duty_date=row.duty_date,
                shift=Shift(row.shift),
                role=DutyRole(row.role),
                original_staff_id=row.original_staff_id,
                original_name=names.get(row.original_staff_id, "") if row.original_staff_id else "",
                new_staff_id=row.new_staff_id,
                new_name=names.get(row.new_staff_id, "") if row.new_staff_id else "",
                reason=row.reason,
                made_by=row.made_by,
                made_at=row.made_at,
                group_id=row.group_id,
            )
            for row in rows
        ]
