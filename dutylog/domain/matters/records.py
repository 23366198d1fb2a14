"""Matters (舆情/事项), their events and evidence, and the ledger's filter."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from dutylog.domain.enums import Grade, MatterStatus
from dutylog.domain.text import safe_file_name


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


@dataclass(frozen=True, slots=True)
class MatterRow:
    """A matter as a list shows it (ledger page, search hit): a few columns, no text bodies.

    Lists of thousands of these are read many times a second, so they carry only
    what a row displays; opening a matter reads its full ``MatterRecord`` by id.
    """

    id: int
    number: str
    discovered_at: datetime
    grade: Grade
    status: MatterStatus
    title: str
    unit_name: str = ""
    source: str = ""
    reported_at: datetime | None = None  # for the report deadline column
    measures: tuple[str, ...] = ()
    voided: bool = False


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
    filename: str  # the name the file came with, kept as evidence (see `safe_name`)
    media_type: str
    size: int
    stored_in: str
    note: str
    added_at: datetime
    added_by: int | None

    @property
    def is_image(self) -> bool:
        return self.media_type.startswith("image/")

    @property
    def safe_name(self) -> str:
        """The name to show and to write a copy under: no separators, invisible or bidi characters."""
        return safe_file_name(self.filename, fallback=f"evidence-{self.id}")


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
    keyword: str = ""  # a watch-list word the matter was tagged with


# Columns the ledger can sort by (keyset paging keeps the sort key plus the id).
LEDGER_SORTS = ("discovered_at", "number", "grade", "status", "title", "source")
