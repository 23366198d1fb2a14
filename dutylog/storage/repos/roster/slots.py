"""Duty slots (who is on which shift of which day) and the change log."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session, joinedload

from dutylog.domain.enums import DutyRole, Shift
from dutylog.domain.errors import NotFoundError
from dutylog.domain.roster.duty import DutyAssignment
from dutylog.domain.roster.records import ChangeKind, DutyChangeRecord, SwapRequestRecord, SwapStatus
from dutylog.storage.models import DutyChange, DutySlot, Staff, SwapRequest
from dutylog.storage.records import to_record

# How late a shift ends within its duty date (ties end at the same moment).
_ENDS_LATE = {
    Shift.DAY.value: 0,
    Shift.EARLY.value: 0,
    Shift.MIDDLE.value: 1,
    Shift.NIGHT.value: 2,
    Shift.LATE.value: 2,
    Shift.FULL.value: 2,
}


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
            # The shift that ends last on its date: night, late and full run to the next handover.
            if staff_id not in answer or _ENDS_LATE.get(shift, 0) > _ENDS_LATE.get(answer[staff_id][1], 0):
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

    # -- swap requests ----------------------------------------------------
    def add_swap_request(
        self,
        *,
        slot: DutyAssignment,
        other_staff_id: int,
        other_slot_id: int | None,
        reason: str,
        requested_by: str,
        requested_at: datetime,
    ) -> SwapRequestRecord:
        row = SwapRequest(
            slot_id=slot.id,
            duty_date=slot.duty_date,
            shift=slot.shift.value,
            role=slot.role.value,
            requester_staff_id=slot.staff_id,
            other_staff_id=other_staff_id,
            other_slot_id=other_slot_id,
            reason=reason,
            status=SwapStatus.PENDING.value,
            requested_by=requested_by,
            requested_at=requested_at,
            accepted_by="",
            decided_by="",
            decision_reason="",
        )
        self.session.add(row)
        self.session.flush()
        return self.swap_request(row.id)

    def swap_request(self, request_id: int) -> SwapRequestRecord:
        row = self.session.get(SwapRequest, request_id)
        if row is None:
            raise NotFoundError(f"找不到编号为 {request_id} 的调班申请。", code="no_swap_request")
        return self._swap_records([row])[0]

    def swap_requests(
        self, *, open_only: bool = False, first: date | None = None, last: date | None = None
    ) -> list[SwapRequestRecord]:
        query = select(SwapRequest).order_by(SwapRequest.requested_at, SwapRequest.id)
        if open_only:
            query = query.where(SwapRequest.status.in_([s.value for s in SwapStatus if s.is_open]))
        if first is not None:
            query = query.where(SwapRequest.duty_date >= first)
        if last is not None:
            query = query.where(SwapRequest.duty_date <= last)
        return self._swap_records(list(self.session.scalars(query)))

    def update_swap_request(self, request_id: int, **values: object) -> SwapRequestRecord:
        row = self.session.get(SwapRequest, request_id)
        if row is None:
            raise NotFoundError(f"找不到编号为 {request_id} 的调班申请。", code="no_swap_request")
        for name, value in values.items():
            setattr(row, name, value.value if isinstance(value, SwapStatus) else value)
        self.session.flush()
        return self._swap_records([row])[0]

    def _swap_records(self, rows: Sequence[SwapRequest]) -> list[SwapRequestRecord]:
        if not rows:
            return []
        names = {pid: name for pid, name in self.session.execute(select(Staff.id, Staff.name))}
        other_ids = [row.other_slot_id for row in rows if row.other_slot_id]
        others = {
            slot_id: (day, Shift(shift))
            for slot_id, day, shift in self.session.execute(
                select(DutySlot.id, DutySlot.duty_date, DutySlot.shift).where(DutySlot.id.in_(other_ids))
            )
        }
        answer = []
        for row in rows:
            other_date, other_shift = others.get(row.other_slot_id or 0, (None, None))
            answer.append(
                SwapRequestRecord(
                    id=row.id,
                    slot_id=row.slot_id,
                    duty_date=row.duty_date,
                    shift=Shift(row.shift),
                    role=DutyRole(row.role),
                    requester_staff_id=row.requester_staff_id,
                    requester_name=names.get(row.requester_staff_id, ""),
                    other_staff_id=row.other_staff_id,
                    other_name=names.get(row.other_staff_id, ""),
                    reason=row.reason,
                    status=SwapStatus(row.status),
                    requested_by=row.requested_by,
                    requested_at=row.requested_at,
                    other_slot_id=row.other_slot_id,
                    other_date=other_date,
                    other_shift=other_shift,
                    accepted_by=row.accepted_by,
                    accepted_at=row.accepted_at,
                    decided_by=row.decided_by,
                    decided_at=row.decided_at,
                    decision_reason=row.decision_reason,
                    change_id=row.change_id,
                )
            )
        return answer
