"""Plain typed objects that services return. No ORM objects ever leave the storage layer."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from dutylog.domain.enums import DutyRole, EntryKind, Grade, MatterStatus, Shift


@dataclass(frozen=True)
class UnitRecord:
    id: int
    name: str


@dataclass(frozen=True)
class StaffRecord:
    id: int
    name: str
    phone: str
    unit_id: int | None
    unit_name: str
    title: str
    roles: frozenset[DutyRole]
    active: bool


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


@dataclass(frozen=True)
class LogEntryRecord:
    id: int
    occurred_at: datetime
    duty_date: date
    shift: Shift
    kind: EntryKind
    text: str
    author_id: int | None
    author_name: str
    matter_id: int | None
    matter_number: str
    created_at: datetime


@dataclass(frozen=True)
class NewLogEntry:
    """What a person typed into the entry form, before validation."""

    kind: EntryKind
    text: str
    occurred_at: datetime | None = None
    author_id: int | None = None
    matter_id: int | None = None


@dataclass(frozen=True)
class MatterRecord:
    id: int
    number: str
    title: str
    grade: Grade
    status: MatterStatus
    source: str
    url: str
    discovered_at: datetime
    published_at: datetime | None
    reported_at: datetime | None
    summary: str = ""
    author_name: str = ""
    unit_name: str = ""
    posts_removed: int = 0


@dataclass(frozen=True)
class HealthReport:
    """Outcome of `dutylog check`."""

    database: str
    problems: list[str] = field(default_factory=list)
    checks_run: list[str] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        return not self.problems
