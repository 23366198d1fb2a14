"""What a ledger import looks at and what it found and did: per column, per row, per repeated matter.

`LedgerPreview` is what the wizard shows before a file is read in full; the dry run
and the import return the same `ImportReport`, which the CLI prints and the GUI
dialog shows.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from dutylog.domain.enums import MatterStatus
from dutylog.domain.errors import DutyLogError, ValidationError
from dutylog.domain.matters.ledger_fields import LedgerField
from dutylog.domain.matters.ledger_mapping import ON_DUPLICATE, ColumnFate, LedgerMapping
from dutylog.domain.matters.ledger_rows import ImportedFile, ImportedRow, RowProblem
from dutylog.services.matters.ledger_reader import Row
from dutylog.storage.repos.matters.ledger_match import LedgerMatch

ProgressCallback = Callable[[str, int, int], None]
CancelCheck = Callable[[], bool]
MappingChoice = Mapping[int, LedgerField] | LedgerMapping | None


class ImportCancelled(DutyLogError):
    code = "cancelled"


@dataclass(frozen=True, slots=True)
class StatusLine:
    """The status a row is imported with and the cell that decided it."""

    row: int
    status: MatterStatus
    basis: str


@dataclass(frozen=True, slots=True)
class DuplicateLine:
    row: int
    title: str
    match: LedgerMatch


@dataclass
class ImportReport:
    file_name: str
    dry_run: bool
    rows_read: int = 0
    rows_ok: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    new_units: list[str] = field(default_factory=list)
    imported: ImportedFile | None = None
    columns: list[ColumnFate] = field(default_factory=list)
    statuses: list[StatusLine] = field(default_factory=list)
    duplicates: list[DuplicateLine] = field(default_factory=list)
    on_duplicate: str = "fail"
    skipped: list[str] = field(default_factory=list)  # numbers of matters left as they were
    updated: list[str] = field(default_factory=list)  # numbers of matters written over
    remembered: bool = False  # the mapping came from an earlier import of this layout

    @property
    def errors(self) -> list[RowProblem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[RowProblem]:
        return [p for p in self.problems if not p.is_error]

    @property
    def ok(self) -> bool:
        return not self.errors

    def note_rows(self, rows: list[ImportedRow]) -> None:
        self.statuses = [StatusLine(row.row, row.status, row.status_basis) for row in rows]

    def note_duplicates(self, rows: list[ImportedRow], matches: dict[int, LedgerMatch], policy: str) -> None:
        """List the repeats; under ``fail`` each is an error naming what to do."""
        self.on_duplicate = policy
        self.duplicates = [
            DuplicateLine(row.row, row.title, matches[row.row]) for row in rows if row.row in matches
        ]
        for line in self.duplicates:
            found = f"与已有事项 {line.match.number} 重复（{line.match.basis}）"
            if policy == "fail":
                reason = f"{found}；可用 --on-duplicate skip 跳过或 update 更新"
                self.problems.append(RowProblem(line.row, "", reason))
            elif policy == "skip":
                self.problems.append(RowProblem(line.row, "", f"{found}，跳过", False))
            else:
                self.problems.append(RowProblem(line.row, "", f"{found}，将按本行更新", False))
        self.problems.sort(key=lambda p: (p.row, not p.is_error))


@dataclass(frozen=True)
class LedgerPreview:
    """What the import wizard shows before anything is read in full."""

    path: Path
    sha256: str
    sheet: str
    sheet_names: tuple[str, ...]
    header_row: int  # 1-based, as the spreadsheet shows it
    headers: tuple[str, ...]
    mapping: Mapping[int, LedgerField]  # one field per column, as the dialog shows it
    samples: tuple[Row, ...]
    default_year: int | None
    estimated_rows: int
    already_imported: ImportedFile | None
    layout: LedgerMapping | None = None  # the full mapping (a column may fill two fields)
    remembered: bool = False  # ``layout`` is the one chosen at an earlier import of these headers

    @property
    def file_name(self) -> str:
        return self.path.name

    def chosen(self, mapping: MappingChoice = None) -> LedgerMapping:
        """The mapping to use: ``mapping`` as given (the dialog's or the CLI's), else the preview's."""
        if isinstance(mapping, LedgerMapping):
            return mapping
        if mapping is not None:
            return LedgerMapping.from_columns(self.headers, mapping)
        return self.layout or LedgerMapping.from_columns(self.headers, self.mapping)


class ImportRejected(ValidationError):
    """The file has row errors: nothing was imported. ``report`` lists them."""

    code = "import_rejected"

    def __init__(self, report: ImportReport) -> None:
        first = report.errors[0]
        where = f"第 {first.row} 行“{first.column}”" if first.column else f"第 {first.row} 行"
        super().__init__(
            f"台账有 {len(report.errors)} 处错误，未导入任何数据。第一处：{where}：{first.reason}"
        )
        self.report = report


def check_policy(policy: str) -> str:
    if policy not in ON_DUPLICATE:
        raise ValidationError(
            f"--on-duplicate 应为 skip、update 或 fail，而不是“{policy[:20]}”。",
            code="bad_option",
            field="on_duplicate",
        )
    return policy
