"""Entries of the daily log (值班日志)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from dutylog.domain.enums import EntryKind, Shift

# The details key that marks a late entry (补录).
LATE_ENTRY = "late_entry"


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

    @property
    def late(self) -> bool:
        """Typed in after its shift had locked (补录): ``created_at`` says when, ``occurred_at`` what time."""
        return bool(self.details.get(LATE_ENTRY))


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
