"""Import an existing Excel/CSV matter ledger (台账): preview, dry run, all-or-nothing commit.

    preview = office.ledger_import.preview("2025台账.xlsx")   # header row, column mapping
    report = office.ledger_import.dry_run(preview)             # every row error, nothing written
    report = office.ledger_import.commit(preview)              # all rows or none

Nothing the office typed is dropped: a column that fills no field is kept with the
matter (ledger_mapping), and the report says per column where it went. A row that
repeats a recorded matter fails the import, is skipped or updates it
(``on_duplicate``). A mapping chosen once is remembered for the same header layout.

Progress goes to an injected ``progress(phase, done, total)`` callback and a
``cancel()`` callable is polled, so the GUI can run this off its thread.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from dutylog.domain.accounts.audit import AuditAction
from dutylog.domain.accounts.permissions import Permission
from dutylog.domain.errors import ValidationError
from dutylog.domain.matters.ledger_fields import (
    HEADER_SCAN_ROWS,
    REQUIRED_FIELDS,
    LedgerField,
    find_header_row,
    year_in_title,
)
from dutylog.domain.matters.ledger_mapping import LedgerMapping, layout_key
from dutylog.domain.matters.ledger_rows import (
    ImportedFile,
    ImportedRow,
    RowContext,
    RowProblem,
    is_blank,
)
from dutylog.domain.matters.ledger_status import SETTING_DONE_WORDS, done_words_setting
from dutylog.domain.matters.numbering import DEFAULT_PREFIX
from dutylog.domain.text import name_key
from dutylog.services.context import OfficeContext
from dutylog.services.matters.ledger_reader import FILE_LIMIT, LABEL, LedgerFile
from dutylog.services.matters.ledger_report import (
    CancelCheck,
    ImportCancelled,
    ImportRejected,
    ImportReport,
    LedgerPreview,
    MappingChoice,
    ProgressCallback,
    check_policy,
)
from dutylog.services.matters.ledger_scan import PHASE_READ, PHASE_WRITE, collector_paused, read_rows
from dutylog.services.writes import writes
from dutylog.storage.inputs import sha256_input

SAMPLE_ROWS = 5

__all__ = [
    "PHASE_READ",
    "PHASE_WRITE",
    "CancelCheck",
    "ImportCancelled",
    "ImportRejected",
    "ImportReport",
    "LedgerImportService",
    "LedgerPreview",
    "ProgressCallback",
]


def file_sha256(path: Path) -> str:
    """Bounded like the reading itself: the path may have become /dev/zero since."""
    return sha256_input(path, FILE_LIMIT, label=LABEL)


class LedgerImportService:
    def __init__(self, office: OfficeContext) -> None:
        self.office = office
        # The rows of the last clean dry run: a commit with the same file and mapping
        # reuses them instead of reading the file again.
        self._checked: tuple[tuple[object, ...], list[ImportedRow]] | None = None
        # The sheet the last preview parsed, by (path, sha256, sheet): its reading parses no
        # second time (a 100,000-row sheet takes calamine about a second).
        self._parsed: tuple[tuple[object, ...], object] | None = None

    def preview(self, path: str | Path, sheet: str | None = None) -> LedgerPreview:
        """Find the header row and guess the mapping; raise `not_a_ledger` for other sheets.

        A mapping chosen at an earlier import of the same header layout is used again.
        """
        source = Path(path)
        with LedgerFile(source, sheet) as ledger:
            head = ledger.head(HEADER_SCAN_ROWS + SAMPLE_ROWS)
            guess = find_header_row(head)
            # A workbook may open with a cover or notes sheet: look for the ledger in the others.
            for other in ledger.sheet_names if sheet is None and guess is None else ():
                ledger.select_sheet(other)
                head = ledger.head(HEADER_SCAN_ROWS + SAMPLE_ROWS)
                guess = find_header_row(head)
                if guess is not None:
                    break
            if guess is None:
                where = f"（工作表“{ledger.sheet}”）" if sheet is not None else ""
                raise ValidationError(
                    f"“{source.name}”{where}不像舆情台账：前 {HEADER_SCAN_ROWS} 行中"
                    "没有找到“标题”“发现时间”等表头。请确认选择了台账文件和正确的工作表。",
                    code="not_a_ledger",
                    field="file",
                )
            samples = tuple(row for row in head[guess.row_index + 1 :] if not is_blank(row))[:SAMPLE_ROWS]
            sha = file_sha256(source)
            estimated_rows = ledger.estimated_rows
            parsed = ledger.parsed_sheet()
            self._parsed = ((source, sha, ledger.sheet), parsed) if parsed is not None else None
            with self.office.db.transaction() as store:
                already = store.ledger_io.imported_file(sha, ledger.sheet)
                saved = store.settings.get(layout_key(guess.headers))
            remembered = LedgerMapping.from_setting(guess.headers, saved)
            layout = remembered or LedgerMapping.from_columns(guess.headers, guess.mapping)
            return LedgerPreview(
                path=source,
                sha256=sha,
                sheet=ledger.sheet,
                sheet_names=tuple(ledger.sheet_names),
                header_row=guess.row_index + 1,
                headers=guess.headers,
                mapping=layout.columns(),
                samples=samples,
                default_year=year_in_title([[ledger.sheet], *head[: guess.row_index]]),
                estimated_rows=max(estimated_rows - guess.row_index - 1, 0),
                already_imported=already,
                layout=layout,
                remembered=remembered is not None,
            )

    def dry_run(
        self,
        preview: LedgerPreview,
        mapping: MappingChoice = None,
        *,
        progress: ProgressCallback | None = None,
        cancel: CancelCheck | None = None,
        allow_new_units: bool = True,
        on_duplicate: str = "fail",
    ) -> ImportReport:
        """Read and check every row, and find the rows that repeat recorded matters; write nothing."""
        self._checked = None
        chosen = preview.chosen(mapping)
        report, rows = self._read(
            preview, chosen, progress, cancel, allow_new_units, on_duplicate, dry_run=True
        )
        if report.ok:
            self._checked = (self._key(preview, chosen, allow_new_units, on_duplicate), rows)
        return report

    @writes
    def commit(
        self,
        preview: LedgerPreview,
        mapping: MappingChoice = None,
        *,
        progress: ProgressCallback | None = None,
        cancel: CancelCheck | None = None,
        allow_new_units: bool = True,
        on_duplicate: str = "fail",
        created_by: int | None = None,
    ) -> ImportReport:
        """Import every row in one transaction, or raise `ImportRejected` and import nothing.

        An administrator's act (the office's ledgers of past years), not tied to a duty.
        Rows repeating a recorded matter are refused, skipped or written over it, as
        ``on_duplicate`` says.
        """
        self.office.require(Permission.LEDGER_IMPORT)
        chosen = preview.chosen(mapping)
        key = self._key(preview, chosen, allow_new_units, on_duplicate)
        checked, self._checked = self._checked, None
        report, rows = self._read(
            preview, chosen, progress, cancel, allow_new_units, on_duplicate, dry_run=False,
            known=checked[1] if checked is not None and checked[0] == key else None,
        )  # fmt: skip
        if not report.ok:
            raise ImportRejected(report)
        if not rows and not report.duplicates:
            raise ValidationError("台账中没有可导入的事项行。", code="empty_ledger", field="file")

        def on_batch(done: int, total: int) -> None:
            if cancel is not None and cancel():
                raise ImportCancelled("导入已取消，未导入任何数据。")
            if progress is not None:
                progress(PHASE_WRITE, done, total)

        repeats = {line.row: line.match for line in report.duplicates}
        new_rows = [row for row in rows if row.row not in repeats]
        now = self.office.clock()
        with self.office.db.transaction() as store, collector_paused():
            if on_duplicate == "fail":
                self._refuse_duplicate(store.ledger_io.imported_file(preview.sha256, preview.sheet))
            if on_duplicate == "update":
                pairs = [(row, repeats[row.row]) for row in rows if row.row in repeats]
                report.updated = store.ledger_io.update_rows(
                    pairs, now=now, file_name=preview.file_name, actor=created_by
                )
                store.changes.bump("matters")  # Core updates: the ORM does not see them
            else:
                report.skipped = [line.match.number for line in report.duplicates]
            prefix = str(store.settings.get("matter_prefix", DEFAULT_PREFIX))
            report.imported = store.ledger_io.import_rows(
                new_rows,
                prefix=prefix,
                now=now,
                file_name=preview.file_name,
                sha256=preview.sha256,
                sheet=preview.sheet,
                created_by=created_by,
                progress=on_batch,
            )
            if chosen != LedgerMapping.guess(preview.headers) or preview.remembered:
                # Remembered for this header layout: the next import needs no choosing.
                store.settings.set(layout_key(preview.headers), chosen.to_setting())
            # One audit record for the whole file: what was imported, from which file.
            self.office.audit.record(
                store,
                AuditAction.IMPORT,
                "matter",
                None,
                after={
                    "file": preview.file_name,
                    "sha256": preview.sha256,
                    "rows": report.imported,
                    "updated": report.updated,
                    "skipped": report.skipped,
                },
            )
        return report

    @writes
    def import_file(
        self,
        path: str | Path,
        *,
        sheet: str | None = None,
        dry_run: bool = False,
        progress: ProgressCallback | None = None,
        allow_new_units: bool = True,
        maps: Sequence[str] = (),
        on_duplicate: str = "fail",
    ) -> ImportReport:
        """Preview, apply ``maps`` (``源列=字段``), then dry run or commit (the CLI's path)."""
        check_policy(on_duplicate)
        preview = self.preview(path, sheet)
        chosen = preview.chosen().with_specs(maps) if maps else None
        if dry_run:
            report = self.dry_run(
                preview, chosen, progress=progress, allow_new_units=allow_new_units, on_duplicate=on_duplicate
            )
        else:
            report = self.commit(
                preview, chosen, progress=progress, allow_new_units=allow_new_units, on_duplicate=on_duplicate
            )
        report.remembered = preview.remembered and not maps
        return report

    def extra_fields(self, matter_id: int) -> list[tuple[str, str]]:
        """The ledger columns kept with a matter, (name, text) in the file's order."""
        with self.office.db.transaction(read_only=True) as store:
            return store.ledger_io.extra_fields(matter_id)

    # ---- internals -------------------------------------------------------------------------
    @staticmethod
    def _key(
        preview: LedgerPreview, chosen: LedgerMapping, allow_new_units: bool, on_duplicate: str
    ) -> tuple[object, ...]:
        fields = tuple(sorted((target.value, index) for target, index in chosen.fields.items()))
        return (preview.path, preview.sha256, preview.sheet, fields, allow_new_units, on_duplicate)

    @staticmethod
    def _check_unchanged(preview: LedgerPreview) -> None:
        try:
            same = file_sha256(preview.path) == preview.sha256
        except (OSError, ValidationError):
            same = False
        if not same:
            raise ValidationError(
                f"文件“{preview.file_name}”在预览之后被修改或移走，请重新选择文件。",
                code="file_changed",
                field="file",
            )

    @staticmethod
    def _refuse_duplicate(already: ImportedFile | None) -> None:
        if already is not None:
            raise ValidationError(
                f"该文件{already.sheet_label}已于 {already.imported_at:%Y-%m-%d %H:%M} 导入过"
                f"（“{already.file_name}”，"
                f"{already.row_count} 条，编号 {already.first_number} 至 {already.last_number}），"
                "不能重复导入；可用 --on-duplicate skip 跳过已有的行或 update 更新它们。",
                code="duplicate_import",
                field="file",
            )

    @staticmethod
    def check_mapping(mapping: Mapping[int, LedgerField] | LedgerMapping) -> None:
        if not isinstance(mapping, LedgerMapping):
            fields = list(mapping.values())
            doubled = sorted({f.zh for f in fields if fields.count(f) > 1})
            if doubled:
                raise ValidationError(
                    f"以下字段被指定给多列：{'、'.join(doubled)}。每个字段只能对应一列。",
                    code="duplicate_mapping",
                    field="mapping",
                )
            present = set(fields)
        else:
            present = set(mapping.fields)
        missing = [f.zh for f in REQUIRED_FIELDS if f not in present]
        if missing:
            raise ValidationError(
                f"缺少必需的列：{'、'.join(missing)}。请在列对应中指定"
                f"（命令行：--map 源列={missing[0]}，例如 --map 发布时间=发现时间）。",
                code="missing_columns",
                field="mapping",
            )

    def _read(
        self,
        preview: LedgerPreview,
        chosen: LedgerMapping,
        progress: ProgressCallback | None,
        cancel: CancelCheck | None,
        allow_new_units: bool,
        on_duplicate: str,
        *,
        dry_run: bool,
        known: list[ImportedRow] | None = None,
    ) -> tuple[ImportReport, list[ImportedRow]]:
        """Every row read and checked (or ``known`` from the dry run), then the repeats found."""
        check_policy(on_duplicate)
        self.check_mapping(chosen)
        self._check_unchanged(preview)
        with self.office.db.transaction() as store:
            if on_duplicate == "fail":
                self._refuse_duplicate(store.ledger_io.imported_file(preview.sha256, preview.sheet))
            done_words = done_words_setting(store.settings.get(SETTING_DONE_WORDS))
        ctx = RowContext(
            chosen, preview.headers, self.office.clock(), preview.default_year, done_words, defer=True
        )
        report = ImportReport(file_name=preview.file_name, dry_run=dry_run)
        if known is not None:
            rows = list(known)
            report.rows_read = len(rows)
        else:
            parsed, self._parsed = self._parsed, None  # read once: the memory goes with it
            same_file = parsed is not None and parsed[0] == (preview.path, preview.sha256, preview.sheet)
            rows = read_rows(
                preview.path,
                preview.sheet,
                preview.header_row,
                preview.headers,
                preview.estimated_rows,
                ctx,
                report,
                progress,
                cancel,
                parsed=parsed[1] if parsed is not None and same_file else None,
            )
        self._check_units(rows, report, ctx, allow_new_units)
        report.note_rows(rows)
        with self.office.db.transaction() as store:
            matches = store.ledger_io.find_existing(rows)
        report.note_duplicates(rows, matches, on_duplicate)
        report.rows_ok = len(rows) if report.ok else 0
        report.problems.sort(key=lambda p: (p.row, not p.is_error))
        return report, rows

    def _check_units(
        self, rows: list[ImportedRow], report: ImportReport, ctx: RowContext, allow_new_units: bool
    ) -> None:
        names = sorted({row.unit for row in rows if row.unit})
        if not names:
            return
        with self.office.db.transaction() as store:
            spelling = {name_key(unit.name): unit.name for unit in store.staff.units()}
        known = set(spelling.values())
        # Units are one by `name_key`, here as everywhere: a row naming a look-alike of a known
        # unit (or of one named earlier in the file) takes that unit's own spelling.
        same = {name: spelling.setdefault(name_key(name), name) for name in names}
        if any(name != same[name] for name in names):
            rows[:] = [replace(row, unit=same[row.unit]) if row.unit else row for row in rows]
            names = sorted(set(same.values()))
        report.new_units = [name for name in names if name not in known]
        if report.new_units and not allow_new_units:
            new = set(report.new_units)
            column = ctx.header(LedgerField.UNIT)
            for row in rows:
                if row.unit in new:
                    report.problems.append(RowProblem(row.row, column, f"未知的责任单位：{row.unit}"))
