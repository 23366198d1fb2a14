"""Export the ledger (.xlsx/.csv) and build or verify a ledger package (.zip).

`dutylog archive` builds the complete year's package (documents, logs, roster, audit
trail, evidence by matter number): services/office/archive.py. This ledger package holds
the year's ledger workbook, every evidence file and a
manifest.json with the size and SHA-256 of each file; `verify_archive` recomputes
them (services/matters/archive_verify.py, which also holds the manifest's schema).
The manifest also records the audit chain's head at the time of archiving
(``audit_chain``): how far the record reached when the year was closed. Exports and
archives are written through the office's `OutputFiles` (storage/output.py).
Evidence comes from an `EvidenceSource`: by default the office's evidence
service when it offers ``archive_items(year)``, so this module does not depend on
how evidence is stored.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from dutylog.domain.accounts.audit import ChainHead
from dutylog.domain.enums import Grade
from dutylog.domain.errors import ValidationError
from dutylog.domain.matters.ledger_rows import LedgerLine
from dutylog.domain.text import safe_file_name
from dutylog.reports.ledger_table import write_csv, write_xlsx
from dutylog.services.context import OfficeContext
from dutylog.services.matters.archive_verify import (
    ARCHIVE_FORMAT,
    MANIFEST,
    MAX_ENTRY_BYTES,
    manifest_header,
    verify_archive,
)

if TYPE_CHECKING:
    from dutylog.services.matters.matters import MatterService
    from dutylog.storage.output import Written

__all__ = ["ARCHIVE_FORMAT", "MANIFEST", "verify_archive"]


class LedgerExportContext(OfficeContext, Protocol):
    """The office as this module's services need it: the context and the services they use."""

    @property
    def matters(self) -> MatterService: ...


@dataclass(frozen=True)
class LedgerFilter:
    """Discovery dates (inclusive days) and grades; empty means all."""

    date_from: date | None = None
    date_to: date | None = None
    grades: tuple[Grade, ...] = ()

    def __post_init__(self) -> None:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValidationError("开始日期不能晚于结束日期。", code="date_order", field="date_from")


@dataclass(frozen=True)
class ArchiveItem:
    """One evidence file for the archive: its bytes or its path, and the SHA-256 the store recorded."""

    name: str
    sha256: str
    data: bytes | None = None
    path: Path | None = None

    def read(self) -> bytes:
        if self.data is not None:
            return self.data
        if self.path is None:
            raise ValidationError(f"证据文件“{self.name}”没有内容。", code="evidence_missing")
        return self.path.read_bytes()


EvidenceSource = Callable[[int], Iterable[ArchiveItem]]


@dataclass(frozen=True)
class ArchiveResult:
    path: Path  # the file actually written (links resolved)
    size: int
    matters: int
    evidence_files: int
    manifest_sha256: str


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class LedgerExportService:
    def __init__(self, office: LedgerExportContext) -> None:
        self.office = office
        # Replaced (or left to the default) once evidence storage exists.
        self.evidence_source: EvidenceSource = self._office_evidence

    def lines(self, filters: LedgerFilter = LedgerFilter()) -> list[LedgerLine]:
        start = datetime.combine(filters.date_from, time(0)) if filters.date_from else None
        end = datetime.combine(filters.date_to + timedelta(days=1), time(0)) if filters.date_to else None
        with self.office.db.transaction() as store:
            return list(
                store.ledger_io.ledger_lines(
                    discovered_from=start, discovered_before=end, grades=filters.grades
                )
            )

    def export_xlsx(self, path: str | Path, filters: LedgerFilter = LedgerFilter()) -> Written:
        """Write the filtered ledger as a workbook; ``count`` is the matters written."""
        return self._write(path, write_xlsx, filters)

    def export_csv(self, path: str | Path, filters: LedgerFilter = LedgerFilter()) -> Written:
        return self._write(path, write_csv, filters)

    def extra_names(self) -> list[str]:
        """The columns imported ledgers kept with their matters, exported after the fixed ones."""
        with self.office.db.transaction(read_only=True) as store:
            return store.ledger_io.extra_names()

    def _write(self, path: str | Path, writer: Callable[..., int], filters: LedgerFilter) -> Written:
        with self.office.outputs.writing(path) as out:
            out.count = writer(self.lines(filters), out.temp, extra_names=self.extra_names())
        return out.written

    # ---- archive ---------------------------------------------------------------------------
    def build_archive(self, year: int, out: str | Path) -> ArchiveResult:
        """Write the year's archive to ``out`` (replaced atomically); evidence hashes are checked."""
        if not 1990 <= year <= 2200:
            raise ValidationError(f"年份不正确：{year}", code="bad_year", field="year")
        with self.office.outputs.writing(out) as pending:
            lines = self.lines(LedgerFilter(date(year, 1, 1), date(year, 12, 31)))
            with self.office.db.transaction(read_only=True) as store:
                head = store.audit.head()
            manifest_sha, pending.count = self._write_archive(pending.temp, year, lines, head)
        written = pending.written
        return ArchiveResult(written.path, written.size, len(lines), written.count, manifest_sha)

    def _write_archive(
        self, path: Path, year: int, lines: Sequence[LedgerLine], head: ChainHead | None
    ) -> tuple[str, int]:
        """The zip itself; returns the manifest's SHA-256 and the evidence files written."""
        buffer = io.BytesIO()
        write_xlsx(lines, buffer, title=f"{year}年舆情台账", extra_names=self.extra_names())
        ledger_bytes = buffer.getvalue()
        name = f"{year}年舆情台账.xlsx"
        files: list[dict[str, Any]] = [
            {"name": name, "kind": "ledger", "size": len(ledger_bytes), "sha256": _sha(ledger_bytes)}
        ]
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(name, ledger_bytes)
            used: set[str] = set()
            for item in self.evidence_source(year):
                data = item.read()
                digest = _sha(data)
                if digest != item.sha256.lower():
                    raise ValidationError(
                        f"证据文件“{item.name}”的内容与登记的 SHA-256 不符，可能已损坏，归档未生成。",
                        code="evidence_corrupt",
                    )
                if len(data) > MAX_ENTRY_BYTES:
                    raise ValidationError(
                        f"证据文件“{item.name}”超过归档包单个文件的上限，归档未生成。", code="too_large"
                    )
                entry = _evidence_name(item, digest, used)
                archive.writestr(entry, data)
                files.append({"name": entry, "kind": "evidence", "size": len(data), "sha256": digest})
            manifest = {
                **manifest_header(
                    year=year,
                    unit=self.office.unit_name(),
                    created_at=self.office.clock().isoformat(),
                    matters=len(lines),
                    head=head,
                ),
                "files": files,
            }
            encoded = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
            archive.writestr(MANIFEST, encoded)
        return _sha(encoded), len(files) - 1

    def _office_evidence(self, year: int) -> Iterable[ArchiveItem]:
        """Evidence kept by the office's evidence store, read back and verified."""
        return self.office.matters.evidence.archive_items(year)


def _evidence_name(item: ArchiveItem, digest: str, used: set[str]) -> str:
    """evidence/<first 12 hex of the hash>-<cleaned file name>: unique, and the same name read back.

    The name a file came with may hold anything (NUL, slashes, control or format
    characters); zip readers cut a name at NUL and treat slashes as folders, so such a
    name would not be found again by `verify_archive`. The name kept in the record is
    untouched; only the archive's entry is cleaned.
    """
    base = safe_file_name(item.name)
    name = f"evidence/{digest[:12]}-{base}"
    counter = 1
    while name in used:
        counter += 1
        name = f"evidence/{digest[:12]}-{counter}-{base}"
    used.add(name)
    return name
