"""A person on a slot of the roster, and who is on duty now."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from dutylog.domain.enums import DutyRole, Shift


@dataclass(frozen=True)
class DutyAssignment:
    """One person on one slot of the roster."""

    id: int
    duty_date: date
    shift: Shift
    role: DutyRole
    staff_id: int
    staff_name: str
    phone: str
    # "generated" (may be re-generated), "manual" or "change" (kept when re-generating)
    origin: str = "manual"


@dataclass(frozen=True)
class DutyNow:
    """Who is on duty at a moment: the answer the Today page and `roster show` give."""

    moment: datetime
    duty_date: date
    shift: Shift
    officers: tuple[DutyAssignment, ...] = ()
    leaders: tuple[DutyAssignment, ...] = ()
    standby: tuple[DutyAssignment, ...] = ()

    @property
    def is_covered(self) -> bool:
        return bool(self.officers) and bool(self.leaders)
