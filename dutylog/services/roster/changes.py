"""Changes to a planned roster: swap (调班), substitute (替班) and manual assignment.

Each change keeps the original assignee, the reason, who made it and when, in the
duty_change table. A duty that has started (or lies in the past) is never changed.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Protocol

from dutylog.domain.accounts.audit import AuditAction
from dutylog.domain.accounts.permissions import Permission
from dutylog.domain.enums import DutyRole, Shift
from dutylog.domain.errors import ValidationError
from dutylog.domain.roster.duty import DutyAssignment
from dutylog.domain.roster.records import ChangeKind, DutyChangeRecord
from dutylog.domain.roster.staff import StaffRecord
from dutylog.domain.validation import clean_text
from dutylog.services.context import OfficeContext

if TYPE_CHECKING:
    from dutylog.services.roster.roster import RosterService
    from dutylog.storage.database import Store

DEFAULT_ACTOR = "管理员"


class RosterChangesContext(OfficeContext, Protocol):
    """The office as this module's services need it: the context and the services they use."""

    @property
    def roster(self) -> RosterService: ...


class RosterChangeService:
    def __init__(self, office: RosterChangesContext) -> None:
        self.office = office

    def _reason(self, reason: str) -> str:
        return clean_text(reason, field="reason", label="调整原因", max_length=200, multiline=False)

    def _actor(self, made_by: str) -> str:
        """Who made the change: as typed, else the logged-in user; permission is checked here too."""
        self.office.require(Permission.ROSTER_MANAGE)
        acting = self.office.actor
        return clean_text(
            made_by or (DEFAULT_ACTOR if acting.system else acting.username),
            field="made_by",
            label="操作人",
            max_length=50,
            multiline=False,
        )

    def _not_started(self, slot: DutyAssignment) -> None:
        start, _end = self.office.roster.pattern().bounds(slot.duty_date, slot.shift)
        if start <= self.office.clock():
            raise ValidationError(
                f"{slot.duty_date} 的值班已开始或已过去，不能修改。", code="past_duty", field="slot"
            )

    def _can_take(self, store: Store, person: StaffRecord, day: date, role: DutyRole, *, ignore: int) -> None:
        """Raise unless ``person`` may take a ``role`` duty on ``day`` (``ignore``: the slot they give up)."""
        if not person.active:
            raise ValidationError(f"{person.name} 已停用，不能安排值班。", code="inactive", field="staff_id")
        if role not in person.roles:
            raise ValidationError(f"{person.name} 不是{role.zh}。", code="wrong_role", field="staff_id")
        if store.duty_calendar.leave_overlapping(day, day, person.id):
            raise ValidationError(
                f"{person.name} 在 {day} 请假，不能安排值班。", code="on_leave", field="staff_id"
            )
        for other in store.roster.on(day):
            if other.staff_id == person.id and other.id != ignore:
                raise ValidationError(
                    f"{person.name} 在 {day} 已有{other.role.zh}{other.shift.zh}值班。",
                    code="double_booking",
                    field="staff_id",
                )

    def swap(
        self, slot_a: int, slot_b: int, reason: str, made_by: str = ""
    ) -> tuple[DutyAssignment, DutyAssignment]:
        """Exchange the people of two duties of the same role (调班)."""
        why, actor = self._reason(reason), self._actor(made_by)
        now = self.office.clock()
        with self.office.db.transaction() as store:
            a, b = store.roster.get(slot_a), store.roster.get(slot_b)
            if a.staff_id == b.staff_id:
                raise ValidationError("调班双方是同一人。", code="same_person", field="slot")
            if a.role is not b.role:
                raise ValidationError(
                    f"只能在同一岗位间调班（{a.role.zh} 与 {b.role.zh}）。", code="role_mismatch"
                )
            self._not_started(a)
            self._not_started(b)
            person_a, person_b = store.staff.get(a.staff_id), store.staff.get(b.staff_id)
            self._can_take(
                store, person_b, a.duty_date, a.role, ignore=b.id if b.duty_date == a.duty_date else a.id
            )
            self._can_take(
                store, person_a, b.duty_date, b.role, ignore=a.id if a.duty_date == b.duty_date else b.id
            )
            new_a = store.roster.set_person(a.id, b.staff_id)
            new_b = store.roster.set_person(b.id, a.staff_id)
            group = None
            for old, new in ((a, new_a), (b, new_b)):
                change_id = store.roster.add_change(
                    kind=ChangeKind.SWAP,
                    duty_date=old.duty_date,
                    shift=old.shift,
                    role=old.role,
                    original_staff_id=old.staff_id,
                    new_staff_id=new.staff_id,
                    reason=why,
                    made_by=actor,
                    made_at=now,
                    group_id=group,
                )
                group = group or change_id
            self.office.audit.record(store, AuditAction.UPDATE, "duty_slot", a.id, before=a, after=new_a)
            self.office.audit.record(store, AuditAction.UPDATE, "duty_slot", b.id, before=b, after=new_b)
            return new_a, new_b

    def substitute(self, slot_id: int, staff_id: int, reason: str, made_by: str = "") -> DutyAssignment:
        """Someone else takes one duty (替班)."""
        why, actor = self._reason(reason), self._actor(made_by)
        with self.office.db.transaction() as store:
            slot = store.roster.get(slot_id)
            self._not_started(slot)
            if slot.staff_id == staff_id:
                raise ValidationError("替班人员与原值班人员相同。", code="same_person", field="staff_id")
            person = store.staff.get(staff_id)
            self._can_take(store, person, slot.duty_date, slot.role, ignore=slot.id)
            new = store.roster.set_person(slot.id, staff_id)
            store.roster.add_change(
                kind=ChangeKind.SUBSTITUTE,
                duty_date=slot.duty_date,
                shift=slot.shift,
                role=slot.role,
                original_staff_id=slot.staff_id,
                new_staff_id=staff_id,
                reason=why,
                made_by=actor,
                made_at=self.office.clock(),
            )
            self.office.audit.record(store, AuditAction.UPDATE, "duty_slot", slot.id, before=slot, after=new)
            return new

    def assign(
        self, duty_date: date, shift: Shift, role: DutyRole, staff_id: int, reason: str, made_by: str = ""
    ) -> DutyAssignment:
        """Put a person on a duty by hand (手工安排); kept when the range is re-generated."""
        why, actor = self._reason(reason), self._actor(made_by)
        with self.office.db.transaction() as store:
            person = store.staff.get(staff_id)
            probe = DutyAssignment(0, duty_date, shift, role, staff_id, person.name, person.phone)
            self._not_started(probe)
            self._can_take(store, person, duty_date, role, ignore=0)
            slot = store.roster.assign(
                duty_date=duty_date,
                shift=shift,
                role=role,
                staff_id=staff_id,
                created_at=self.office.clock(),
                note=why,
                origin="change",
            )
            store.roster.add_change(
                kind=ChangeKind.MANUAL,
                duty_date=duty_date,
                shift=shift,
                role=role,
                original_staff_id=None,
                new_staff_id=staff_id,
                reason=why,
                made_by=actor,
                made_at=self.office.clock(),
            )
            self.office.audit.record(store, AuditAction.CREATE, "duty_slot", slot.id, after=slot)
            return slot

    def history(self, first: date, last: date) -> list[DutyChangeRecord]:
        with self.office.db.transaction() as store:
            return store.roster.changes(first, last)
