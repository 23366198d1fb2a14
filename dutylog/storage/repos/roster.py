"""Duty slots: who is on which shift of which day."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from dutylog.domain.enums import DutyRole, Shift
from dutylog.domain.records import DutyAssignment
from dutylog.storage.models import DutySlot


def assignment_record(row: DutySlot) -> DutyAssignment:
    return DutyAssignment(
        id=row.id,
        duty_date=row.duty_date,
        shift=Shift(row.shift),
        role=DutyRole(row.role),
        staff_id=row.staff_id,
        staff_name=row.staff.name,
        phone=row.staff.phone,
    )


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
    ) -> DutyAssignment:
        row = DutySlot(
            duty_date=duty_date,
            shift=shift.value,
            role=role.value,
            staff_id=staff_id,
            note=note,
            created_at=created_at,
        )
        self.session.add(row)
        self.session.flush()
        self.session.refresh(row, ["staff"])
        return assignment_record(row)

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

    def between(self, first: date, last: date) -> list[DutyAssignment]:
        query = (
            select(DutySlot)
            .options(joinedload(DutySlot.staff))
            .where(DutySlot.duty_date.between(first, last))
            .order_by(DutySlot.duty_date, DutySlot.shift, DutySlot.role, DutySlot.id)
        )
        return [assignment_record(row) for row in self.session.scalars(query)]
