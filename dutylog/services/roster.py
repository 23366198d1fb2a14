"""Who is on duty. The roster issue extends this with generation, swaps and checks."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from dutylog.domain.enums import DutyRole, Shift
from dutylog.domain.errors import ValidationError
from dutylog.domain.records import DutyAssignment, DutyNow

if TYPE_CHECKING:
    from dutylog.services.office import Office


class RosterService:
    def __init__(self, office: Office) -> None:
        self.office = office

    def on_duty(self, moment: datetime | None = None) -> DutyNow:
        """Who is on duty at ``moment`` (default: now).

        A 24-hour (FULL) slot covers both halves of its duty day, so it answers for
        the day and the night shift alike.
        """
        when = moment or self.office.clock()
        duty_date, shift = self.office.shift_times().locate(when)
        with self.office.db.transaction() as store:
            slots = store.roster.on(duty_date, [shift, Shift.FULL])
        by_role: dict[DutyRole, list[DutyAssignment]] = {role: [] for role in DutyRole}
        for slot in slots:
            by_role[slot.role].append(slot)
        return DutyNow(
            moment=when,
            duty_date=duty_date,
            shift=shift,
            officers=tuple(by_role[DutyRole.OFFICER]),
            leaders=tuple(by_role[DutyRole.LEADER]),
            standby=tuple(by_role[DutyRole.STANDBY]),
        )

    def assign(
        self, duty_date: date, shift: Shift, role: DutyRole, staff_id: int, note: str = ""
    ) -> DutyAssignment:
        with self.office.db.transaction() as store:
            person = store.staff.get(staff_id)
            if not person.active:
                raise ValidationError(
                    f"{person.name} 已停用，不能安排值班。", code="inactive", field="staff_id"
                )
            store.changes.bump("roster")
            return store.roster.assign(
                duty_date=duty_date,
                shift=shift,
                role=role,
                staff_id=staff_id,
                created_at=self.office.clock(),
                note=note,
            )

    def between(self, first: date, last: date) -> list[DutyAssignment]:
        if last < first:
            raise ValidationError("结束日期不能早于开始日期。", code="range_order", field="to")
        with self.office.db.transaction() as store:
            return store.roster.between(first, last)
