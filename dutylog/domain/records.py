"""Plain typed objects that services return. No ORM objects ever leave the storage layer."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from dutylog.domain.enums import DutyRole, EntryKind, Grade, MatterStatus, Shift, UserRole


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
    version: int = 1


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
    details: dict[str, Any] = field(default_factory=dict)
    amends_id: int | None = None
    version: int = 1
    # The entry's shift is closed: it can only be amended.
    locked: bool = False


@dataclass(frozen=True)
class NewLogEntry:
    """What a person typed into the entry form, before validation."""

    kind: EntryKind
    text: str
    occurred_at: datetime | None = None
    author_id: int | None = None
    matter_id: int | None = None
    details: dict[str, Any] = field(default_factory=dict)
    # True when the form offered every field of the kind (the entry editor): they
    # are then required. False accepts kind and text only (scripts, demo, a line
    # carried over from an old paper log); the fields given are still checked.
    complete: bool = False


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
    unit_id: int | None = None
    sentiment: str = "negative"
    outcome: str = ""
    follow_up_until: date | None = None
    special_reported_at: datetime | None = None
    tags: tuple[str, ...] = ()
    measures: tuple[str, ...] = ()
    version: int = 1
    voided_at: datetime | None = None
    void_reason: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class MatterInput:
    """Every editable field of a matter, as typed in the dialog (before validation)."""

    title: str
    grade: Grade = Grade.ORDINARY
    discovered_at: datetime | None = None
    published_at: datetime | None = None
    reported_at: datetime | None = None
    special_reported_at: datetime | None = None
    summary: str = ""
    source: str = ""
    url: str = ""
    author_name: str = ""
    sentiment: str = "negative"
    unit_id: int | None = None
    tags: tuple[str, ...] = ()
    measures: tuple[str, ...] = ()
    posts_removed: int = 0
    outcome: str = ""
    follow_up_until: date | None = None


@dataclass(frozen=True)
class MatterEventRecord:
    """One step of a matter's timeline."""

    id: int
    at: datetime
    actor_id: int | None
    actor_name: str
    from_status: MatterStatus | None
    to_status: MatterStatus
    note: str


@dataclass(frozen=True)
class EvidenceRecord:
    id: int
    matter_id: int
    sha256: str
    filename: str
    media_type: str
    size: int
    stored_in: str
    note: str
    added_at: datetime
    added_by: int | None

    @property
    def is_image(self) -> bool:
        return self.media_type.startswith("image/")


@dataclass(frozen=True)
class HealthReport:
    """Outcome of `dutylog check`."""

    database: str
    problems: list[str] = field(default_factory=list)
    checks_run: list[str] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class LedgerFilter:
    """What the ledger shows: every field optional; ``text`` is a full-text search term."""

    date_from: date | None = None
    date_to: date | None = None
    grades: tuple[Grade, ...] = ()
    statuses: tuple[MatterStatus, ...] = ()
    unit_id: int | None = None
    measure: str = ""
    tag: str = ""
    source: str = ""
    text: str = ""
    include_voided: bool = True


# Columns the ledger can sort by (keyset paging keeps the sort key plus the id).
LEDGER_SORTS = ("discovered_at", "number", "grade", "status", "title", "source")


@dataclass(frozen=True)
class UserRecord:
    """A login account. The password hash never leaves storage."""

    id: int
    username: str
    role: UserRole
    staff_id: int | None
    staff_name: str
    active: bool
    failed_attempts: int
    locked_until: datetime | None
    created_at: datetime
    version: int = 1
