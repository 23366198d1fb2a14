"""Import staff from an .xlsx or .csv sheet with Chinese headers (all rows or none)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from dutylog.domain.accounts.audit import AuditAction
from dutylog.domain.accounts.permissions import Permission
from dutylog.domain.errors import ValidationError
from dutylog.domain.roster.staff_import import ImportedStaff, parse_rows
from dutylog.domain.text import name_key
from dutylog.reports.spreadsheet_cells import from_csv_cell
from dutylog.services.context import OfficeContext
from dutylog.storage.inputs import MIB, check_zip, open_input, read_input

MAX_ROWS = 5000
# 5,000 people fit in well under 1 MB; the limits only keep a wrong file from exhausting memory.
FILE_LIMIT = 10 * MIB
UNPACKED_LIMIT = 100 * MIB
LABEL = "人员表"


@dataclass(frozen=True)
class StaffImportResult:
    added: tuple[str, ...]
    skipped: tuple[str, ...]  # names already on the staff list (compared by `name_key`)


def read_table(path: Path, *, label: str = LABEL) -> list[list[object]]:
    """The sheet's rows (first sheet of a workbook; CSV in UTF-8 with or without BOM, or GBK).

    ``label`` names the kind of sheet in messages (the contact book reads its sheets here too).
    """
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        from openpyxl import load_workbook

        with open_input(path, FILE_LIMIT, label=label) as handle:
            book = None
            try:
                check_zip(handle, path, UNPACKED_LIMIT, label=label)
                book = load_workbook(handle, read_only=True, data_only=True)
                return [list(row) for row in book.worksheets[0].iter_rows(values_only=True)]
            except ValidationError:
                raise
            except Exception as exc:  # openpyxl raises many kinds for a damaged file
                raise ValidationError(f"无法读取 Excel 文件：{path.name}", code="bad_file") from exc
            finally:
                if book is not None:
                    book.close()
    if suffix == ".csv":
        raw = read_input(path, FILE_LIMIT, label=label)
        for encoding in ("utf-8-sig", "gb18030"):
            try:
                text = raw.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:  # pragma: no cover - gb18030 decodes any byte string
            raise ValidationError("无法识别 CSV 文件的编码。", code="bad_encoding")
        # A cell marked as text ('+86 ..., '=...) reads as the text it stands for.
        return [[from_csv_cell(cell) for cell in row] for row in csv.reader(text.splitlines())]
    raise ValidationError("只支持 .xlsx 或 .csv 文件。", code="bad_file_type", field="path")


def import_staff(office: OfficeContext, path: Path) -> StaffImportResult:
    rows = read_table(Path(path))
    if not rows:
        raise ValidationError("文件是空的。", code="empty_file")
    if len(rows) > MAX_ROWS:
        raise ValidationError(f"一次最多导入 {MAX_ROWS} 行。", code="too_many_rows")
    people, errors = parse_rows(rows[0], rows[1:])
    if errors:
        shown = "；".join(errors[:5]) + ("……" if len(errors) > 5 else "")
        raise ValidationError(f"有 {len(errors)} 行无法导入，未做任何更改：{shown}", code="bad_rows")
    return _store(office, people)


def _store(office: OfficeContext, people: list[ImportedStaff]) -> StaffImportResult:
    added: list[str] = []
    skipped: list[str] = []
    office.require(Permission.STAFF_MANAGE)
    with office.db.transaction() as store:
        known = {name_key(person.name) for person in store.staff.all()}
        for person in people:
            if name_key(person.name) in known:
                skipped.append(person.name)
                continue
            unit = store.staff.ensure_unit(person.unit) if person.unit else None
            record = store.staff.add(
                name=person.name,
                phone=person.phone,
                unit_id=unit.id if unit else None,
                title=person.title,
                roles=person.roles,
            )
            office.audit.record(store, AuditAction.IMPORT, "staff", record.id, after=record)
            known.add(name_key(person.name))
            added.append(person.name)
    return StaffImportResult(tuple(added), tuple(skipped))
