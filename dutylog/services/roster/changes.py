"""Changes to a planned roster: swap (调班), substitute (替班) and manual assignment.

Each change keeps the original assignee, the reason, who made it and when, in the
duty_change table. A duty that has started (or lies in the past) is never changed.

Who may take a slot is decided by `eligibility.refusals`, the rule auto-fill uses,
with the minimum rest ON. An administrator may skip only the rest rule in an
emergency by giving a reason (``override_rest_reason``); that reason is kept in
the change record and the audit record. Leave, role, double booking and overlapping
hours can never be overridden.
"""

from __future__ import annotations

import math
from dataclasses import asdict
from datetime import date, timedelta
from typing import TYPE_CHECKING, Protocol

from dutylog.domain.accounts.audit import AuditAction
from dutylog.domain.accounts.permissions import Permission
from dutylog.domain.enums import DutyRole, Shift
from dutylog.domain.errors import ValidationError
from dutylog.domain.roster.duty import DutyAssignment
from dutylog.domain.roster.eligibility import Booking, Refusal, Schedule, refusals
from dutylog.domain.roster.records import ChangeKind, DutyChangeRecord
from dutylog.domain.roster.rotation import ShiftPattern
from dutylog.domain.roster.staff import StaffRecord
from dutylog.domain.validation import clean_text
from dutylog.services.context import OfficeContext
from dutylog.services.writes import writes

if TYPE_CHECKING:
    from dutylog.services.roster.roster import RosterService
    from dutylog.storage.database import Store

DEFAULT_ACTOR = "管理员"


class RosterChangesContext(OfficeContext, Protocol):
    """The office as this module's services need it: the context and the services they use."""

    @property
    def roster(self) -> RosterService: ...


def refusal_of(
    store: Store,
    person: StaffRecord,
    wanted: DutyAssignment,
    *,
    pattern: ShiftPattern,
    min_rest_hours: float,
    ignore_rest: bool,
    ignore: int | None = None,
) -> Refusal | None:
    """The first reason ``person`` may not take ``wanted`` by the house's one rule
    (`eligibility.refusals`), read from the store; None when they may.
    ``ignore``: the slot they give up with this change."""
    day = wanted.duty_date
    # Duties further away than the minimum rest plus one duty day cannot matter.
    reach = timedelta(days=math.ceil(min_rest_hours / 24) + 1)
    schedule = Schedule(
        Booking(d.duty_date, d.shift, d.role, *pattern.bounds(d.duty_date, d.shift), slot_id=d.id)
        for d in store.roster.between(day - reach, day + reach, person.id)
    )
    leave = store.duty_calendar.leave_overlapping(day, day, person.id)
    found = refusals(
        person,
        Booking(day, wanted.shift, wanted.role, *pattern.bounds(day, wanted.shift), slot_id=wanted.id),
        schedule=schedule,
        leave=[(record.first_day, record.last_day) for record in leave],
        min_rest=timedelta(hours=min_rest_hours),
        ignore_rest=ignore_rest,
        ignoring=ignore,
    )
    return found[0] if found else None


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

    def _override(self, override_rest_reason: str) -> str:
        return clean_text(
            override_rest_reason,
            field="override_rest_reason",
            label="越过休息规则的理由",
            max_length=200,
            required=False,
            multiline=False,
        )

    @staticmethod
    def _stored_reason(why: str, override: str) -> str:
        return f"{why}（越过休息规则：{override}）" if override else why

    @staticmethod
    def _audited(slot: DutyAssignment, override: str) -> object:
        """What the audit record keeps as "after": the slot, plus the override if one was used."""
        return {**asdict(slot), "rest_override": override} if override else slot

    def _not_started(self, slot: DutyAssignment, pattern: ShiftPattern) -> None:
        start, _end = pattern.bounds(slot.duty_date, slot.shift)
        if start <= self.office.clock():
            raise ValidationError(
                f"{slot.duty_date} 的值班已开始或已过去，不能修改。", code="past_duty", field="slot"
            )

    @staticmethod
    def _refuse(found: Refusal | None) -> None:
        """Raise with the first reason the rule gives, if it gives one."""
        if found is not None:
            raise ValidationError(found.message, code=found.code.value, field="staff_id")

    def _rules(self) -> tuple[ShiftPattern, float]:
        """The shift pattern and minimum rest of the roster rules (read before the change's
        own transaction, as generation does)."""
        rules = self.office.roster.rules()
        return self.office.roster.pattern(rules), rules.min_rest_hours

    @writes
    def swap(
        self,
        slot_a: int,
        slot_b: int,
        reason: str,
        made_by: str = "",
        *,
        override_rest_reason: str = "",
    ) -> tuple[DutyAssignment, DutyAssignment]:
        """Exchange the people of two duties of the same role (调班)."""
        why, actor = self._reason(reason), self._actor(made_by)
        override = self._override(override_rest_reason)
        pattern, min_rest_hours = self._rules()
        now = self.office.clock()
        with self.office.db.transaction() as store:
            a, b = store.roster.get(slot_a), store.roster.get(slot_b)
            if a.staff_id == b.staff_id:
                raise ValidationError("调班双方是同一人。", code="same_person", field="slot")
            if a.role is not b.role:
                raise ValidationError(
                    f"只能在同一岗位间调班（{a.role.zh} 与 {b.role.zh}）。", code="role_mismatch"
                )
            self._not_started(a, pattern)
            self._not_started(b, pattern)
            person_a, person_b = store.staff.get(a.staff_id), store.staff.get(b.staff_id)
            # Each takes the other's duty and gives up their own.
            for person, wanted, given_up in ((person_b, a, b), (person_a, b, a)):
                self._refuse(
                    refusal_of(
                        store,
                        person,
                        wanted,
                        pattern=pattern,
                        min_rest_hours=min_rest_hours,
                        ignore_rest=bool(override),
                        ignore=given_up.id,
                    )
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
                    reason=self._stored_reason(why, override),
                    made_by=actor,
                    made_at=now,
                    group_id=group,
                )
                group = group or change_id
            for old, new in ((a, new_a), (b, new_b)):
                self.office.audit.record(
                    store,
                    AuditAction.UPDATE,
                    "duty_slot",
                    old.id,
                    before=old,
                    after=self._audited(new, override),
                )
            return new_a, new_b

    @writes
    def substitute(
        self, slot_id: int, staff_id: int, reason: str, made_by: str = "", *, override_rest_reason: str = ""
    ) -> DutyAssignment:
        """Someone else takes one duty (替班)."""
        why, actor = self._reason(reason), self._actor(made_by)
        override = self._override(override_rest_reason)
        pattern, min_rest_hours = self._rules()
        with self.office.db.transaction() as store:
            slot = store.roster.get(slot_id)
            self._not_started(slot, pattern)
            if slot.staff_id == staff_id:
                raise ValidationError("替班人员与原值班人员相同。", code="same_person", field="staff_id")
            person = store.staff.get(staff_id)
            self._refuse(
                refusal_of(
                    store,
                    person,
                    slot,
                    pattern=pattern,
                    min_rest_hours=min_rest_hours,
                    ignore_rest=bool(override),
                    ignore=slot.id,
                )
            )
            new = store.roster.set_person(slot.id, staff_id)
            store.roster.add_change(
                kind=ChangeKind.SUBSTITUTE,
                duty_date=slot.duty_date,
                shift=slot.shift,
                role=slot.role,
                original_staff_id=slot.staff_id,
                new_staff_id=staff_id,
                reason=self._stored_reason(why, override),
                made_by=actor,
                made_at=self.office.clock(),
            )
            self.office.audit.record(
                store,
                AuditAction.UPDATE,
                "duty_slot",
                slot.id,
                before=slot,
                after=self._audited(new, override),
            )
            return new

    @writes
    def assign(
        self,
        duty_date: date,
        shift: Shift,
        role: DutyRole,
        staff_id: int,
        reason: str,
        made_by: str = "",
        *,
        override_rest_reason: str = "",
    ) -> DutyAssignment:
        """Put a person on a duty by hand (手工安排); kept when the range is re-generated."""
        why, actor = self._reason(reason), self._actor(made_by)
        override = self._override(override_rest_reason)
        pattern, min_rest_hours = self._rules()
        with self.office.db.transaction() as store:
            person = store.staff.get(staff_id)
            probe = DutyAssignment(0, duty_date, shift, role, staff_id, person.name, person.phone)
            self._not_started(probe, pattern)
            self._refuse(
                refusal_of(
                    store,
                    person,
                    probe,
                    pattern=pattern,
                    min_rest_hours=min_rest_hours,
                    ignore_rest=bool(override),
                )
            )
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
                reason=self._stored_reason(why, override),
                made_by=actor,
                made_at=self.office.clock(),
            )
            self.office.audit.record(
                store, AuditAction.CREATE, "duty_slot", slot.id, after=self._audited(slot, override)
            )
            return slot

    def history(self, first: date, last: date) -> list[DutyChangeRecord]:
        with self.office.db.transaction() as store:
            return store.roster.changes(first, last)
