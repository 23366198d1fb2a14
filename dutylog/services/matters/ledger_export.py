"""Export the ledger (.xlsx/.csv) and build or verify a year's archive package (.zip).

An archive holds the year's ledger workbook, every evidence file and a
manifest.json with the size and SHA-256 of each file; `verify_archive` recomputes
them. The manifest also records the audit chain's head at the time of archiving
(``audit_chain``): how far the record reached when the year was closed.
Evidence comes from an `EvidenceSource`: by default the office's evidence
service when it offers ``archive_items(year)``, so this module does not depend on
how evidence is stored.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from dutylog.domain.accounts.audit import GENESIS
from dutylog.domain.enums import Grade
from dutylog.domain.errors import ValidationError
from dutylog.domain.matters.ledger_rows import LedgerLine
from dutylog.reports.ledger_table import write_csv, write_xlsx
from dutylog.services.context import OfficeContext

if TYPE_CHECKING:
    from dutylog.services.matters.matters import MatterService

T = TypeVar("T")

MANIFEST = "manifest.json"
ARCHIVE_FORMAT = "dutylog-archive"


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
    path: Path
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

    def export_xlsx(self, path: str | Path, filters: LedgerFilter = LedgerFilter()) -> int:
        return self._write(Path(path), write_xlsx, filters)

    def export_csv(self, path: str | Path, filters: LedgerFilter = LedgerFilter()) -> int:
        return self._write(Path(path), write_csv, filters)

    def _write(
        self, path: Path, writer: Callable[[Sequence[LedgerLine], Path], int], filters: LedgerFilter
    ) -> int:
        lines = self.lines(filters)
        return _atomic(path, lambda tmp: writer(lines, tmp))

    # ---- archive ---------------------------------------------------------------------------
    def build_archive(self, year: int, out: str | Path) -> ArchiveResult:
        """Write the year's archive to ``out`` (replaced atomically); evidence hashes are checked."""
        if not 1990 <= year <= 2200:
            raise ValidationError(f"年份不正确：{year}", code="bad_year", field="year")
        lines = self.lines(LedgerFilter(date(year, 1, 1), date(year, 12, 31)))
        with self.office.db.transaction(read_only=True) as store:
            head = store.audit.head()
        buffer = io.BytesIO()
        write_xlsx(lines, buffer, title=f"{year}年舆情台账")
        ledger_bytes = buffer.getvalue()
        files: list[dict[str, Any]] = []
        evidence_count = 0

        def build(tmp: Path) -> str:
            nonlocal evidence_count
            with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                name = f"{year}年舆情台账.xlsx"
                archive.writestr(name, ledger_bytes)
                files.append(
                    {"name": name, "kind": "ledger", "size": len(ledger_bytes), "sha256": _sha(ledger_bytes)}
                )
                used: set[str] = set()
                for item in self.evidence_source(year):
                    data = item.read()
                    digest = _sha(data)
                    if digest != item.sha256.lower():
                        raise ValidationError(
                            f"证据文件“{item.name}”的内容与登记的 SHA-256 不符，可能已损坏，归档未生成。",
                            code="evidence_corrupt",
                        )
                    entry = _evidence_name(item, used)
                    archive.writestr(entry, data)
                    files.append({"name": entry, "kind": "evidence", "size": len(data), "sha256": digest})
                    evidence_count += 1
                manifest = {
                    "format": ARCHIVE_FORMAT,
                    "version": 1,
                    "year": year,
                    "unit": self.office.unit_name(),
                    "created_at": self.office.clock().isoformat(),
                    "matters": len(lines),
                    "audit_chain": {
                        "last_id": head.last_id if head else 0,
                        "last_hash": head.last_hash if head else GENESIS,
                        "count": head.count if head else 0,
                    },
                    "files": files,
                }
                encoded = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
                archive.writestr(MANIFEST, encoded)
            return _sha(encoded)

        target = Path(out)
        manifest_sha = _atomic(target, build)
        return ArchiveResult(target, len(lines), evidence_count, manifest_sha)

    def _office_evidence(self, year: int) -> Iterable[ArchiveItem]:
        """Evidence kept by the office's evidence store, read back and verified."""
        return self.office.matters.evidence.archive_items(year)


def _evidence_name(item: ArchiveItem, used: set[str]) -> str:
    """evidence/<first 12 hex of the hash>-<file name>: unique and safe inside a zip."""
    base = PurePosixPath(item.name.replace("\\", "/")).name or "file"
    name = f"evidence/{item.sha256[:12]}-{base}"
    counter = 1
    while name in used:
        counter += 1
        name = f"evidence/{item.sha256[:12]}-{counter}-{base}"
    used.add(name)
    return name


def _atomic(path: Path, write: Callable[[Path], T]) -> T:
    """Write to a temporary file beside ``path`` and move it into place only when complete."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=path.suffix, dir=path.parent)
    os.close(handle)
    tmp = Path(name)
    try:
        result = write(tmp)
        os.replace(tmp, path)
        return result
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def verify_archive(path: str | Path) -> list[str]:
    """Every mismatch between an archive's files and its manifest, in words; [] when it is intact."""
    source = Path(path)
    try:
        archive = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError) as exc:
        return [f"无法打开归档包“{source.name}”：{exc}"]
    problems: list[str] = []
    with archive:
        names = set(archive.namelist())
        if MANIFEST not in names:
            return [f"归档包中缺少 {MANIFEST}"]
        try:
            manifest = json.loads(archive.read(MANIFEST).decode("utf-8"))
            entries = manifest["files"]
            if manifest.get("format") != ARCHIVE_FORMAT:
                problems.append(f"{MANIFEST} 不是 DutyLog 归档清单")
        except (ValueError, KeyError, TypeError, zipfile.BadZipFile) as exc:
            return [f"{MANIFEST} 无法读取：{exc}"]
        listed: set[str] = set()
        for entry in entries:
            name = str(entry.get("name", ""))
            listed.add(name)
            if name not in names:
                problems.append(f"缺少文件：{name}")
                continue
            try:
                data = archive.read(name)
            except (zipfile.BadZipFile, OSError) as exc:  # CRC error: damaged bytes
                problems.append(f"文件已损坏：{name}（{exc}）")
                continue
            if _sha(data) != entry.get("sha256"):
                problems.append(f"SHA-256 不符：{name}")
            elif len(data) != entry.get("size"):
                problems.append(f"大小不符：{name}")
        for extra in sorted(names - listed - {MANIFEST}):
            problems.append(f"清单中没有的文件：{extra}")
    return problems
