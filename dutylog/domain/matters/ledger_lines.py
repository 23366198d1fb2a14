"""A matter as the exported ledger shows it, and a ledger file already imported."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from dutylog.domain.enums import Grade, MatterStatus


@dataclass(frozen=True, slots=True)
class LedgerLine:
    """A matter as the exported ledger shows it."""

    number: str
    title: str
    grade: Grade
    status: MatterStatus
    discovered_at: datetime
    published_at: datetime | None = None
    reported_at: datetime | None = None
    summary: str = ""
    source: str = ""
    url: str = ""
    author: str = ""
    measures: tuple[str, ...] = ()  # Chinese labels
    posts_removed: int = 0
    outcome: str = ""
    unit: str = ""
    tags: tuple[str, ...] = ()
    # Columns of the imported ledger kept with the matter: (name, text), in their order.
    extras: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class ImportedFile:
    """A ledger file already imported, remembered by its SHA-256."""

    sha256: str
    file_name: str
    imported_at: datetime
    row_count: int
    first_number: str
    last_number: str
    sheet: str = ""

    @property
    def sheet_label(self) -> str:
        return f"（工作表“{self.sheet}”）" if self.sheet else ""
