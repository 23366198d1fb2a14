"""Read the rows of a ledger file: Excel (.xlsx, .xls, .xlsb, .ods) or CSV (UTF-8 or GBK/GB18030).

The file is opened once through `dutylog.storage.inputs` (a regular file under
`FILE_LIMIT`, a zipped workbook unpacking to under `UNPACKED_LIMIT`) and read from that
handle with python-calamine, which reads every Excel format (also the .xls many offices'
older ledgers are) and reports merged cells through its public API.

Values arrive as Python objects (str, int, float, datetime, None); what they
mean is decided in `dutylog.domain.matters.ledger_rows`. Merged cells are filled with
their top-left value, as a person reading the sheet sees them.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable, Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, BinaryIO

from dutylog.domain.errors import ValidationError
from dutylog.reports.spreadsheet_cells import from_csv_cell
from dutylog.storage.inputs import MIB, check_zip, open_input, read_limited

Row = tuple[object, ...]

# A ten-year, 100,000-row ledger is about 8 MB as .xlsx and unpacks to about 90 MB.
FILE_LIMIT = 50 * MIB
UNPACKED_LIMIT = 512 * MIB
LABEL = "台账文件"

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _corrupt(path: Path, detail: str = "") -> ValidationError:
    extra = f"（{detail}）" if detail else ""
    return ValidationError(
        f"文件“{path.name}”已损坏或不是有效的 Excel 文件{extra}，请用 Excel/WPS 打开后另存为 .xlsx 再导入。",
        code="corrupt_file",
        field="file",
    )


def _unreadable_ole(path: Path) -> ValidationError:
    # An OLE container is an .xls, or an .xlsx encrypted with a password (Excel wraps those).
    return ValidationError(
        f"“{path.name}”是加密或已损坏的 Excel 文件，请用 Excel/WPS 打开，取消密码后另存为 .xlsx 再导入。",
        code="old_excel",
        field="file",
    )


def _cell(value: object) -> object:
    """calamine's cell as openpyxl gave it: empty is None, a whole number is an int, a date
    a datetime at midnight."""
    if value == "" or value is None:
        return None
    if type(value) is date:
        return datetime.combine(value, time(0))
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def _cells(values: Iterable[object]) -> Row:
    # A non-empty text, most cells, is its own value: no call for it (100,000 rows x 13 cells).
    return tuple([value if type(value) is str and value else _cell(value) for value in values])


class LedgerFile:
    """One sheet of a ledger file, read lazily row by row.

    calamine parses a whole sheet when it is asked for (about 1 s for 100,000 rows), so a
    sheet is parsed once per file, and ``parsed`` hands in the sheet an earlier reading of the
    same file parsed (`parsed_sheet`): the import's preview and its reading share one parse.
    """

    def __init__(self, path: str | Path, sheet: str | None = None, *, parsed: Any = None) -> None:
        self.path = Path(path)
        self._sheets: dict[str, Any] = {}
        self._handle: BinaryIO = open_input(self.path, FILE_LIMIT, label=LABEL)
        try:
            magic = self._handle.read(8)
            self._handle.seek(0)
        except OSError as exc:
            self._handle.close()
            raise ValidationError(
                f"无法读取文件“{self.path.name}”：{exc.strerror}", code="unreadable", field="file"
            ) from None
        self._workbook: Any = None
        self._csv_rows: list[Row] | None = None
        try:
            self._open(magic, sheet)
        except BaseException:
            self.close()
            raise
        if parsed is not None and self._csv_rows is None:
            self._sheets[self.sheet] = parsed

    def _open(self, magic: bytes, sheet: str | None) -> None:
        if magic.startswith(b"PK"):
            self.kind = "xlsx"  # also .xlsb and .ods: zipped workbooks
            self._open_workbook(sheet)
        elif magic == _OLE_MAGIC:
            self.kind = "xls"
            self._open_workbook(sheet)
        else:
            self.kind = "csv"
            # A CSV file has one unnamed sheet; "" also keeps copies under other names duplicates.
            self.sheet_names = [""]
            self.sheet = ""
            self._csv_rows = self._read_csv()
            self._handle.close()  # every row is read

    # ---- Excel ---------------------------------------------------------------------------
    def _open_workbook(self, sheet: str | None) -> None:
        from python_calamine import CalamineError, CalamineWorkbook

        try:
            if self.kind == "xlsx":
                # Before anything inflates it: a small file may unpack to gigabytes.
                check_zip(self._handle, self.path, UNPACKED_LIMIT, label=LABEL)
            self._workbook = CalamineWorkbook.from_filelike(self._handle)
            self.sheet_names = list(self._workbook.sheet_names)
        except ValidationError:
            raise
        except (CalamineError, zipfile.BadZipFile, OSError, ValueError) as exc:
            raise (
                _unreadable_ole(self.path) if self.kind == "xls" else _corrupt(self.path, type(exc).__name__)
            ) from None
        if not self.sheet_names:
            raise _corrupt(self.path, "没有工作表")
        if sheet is not None and sheet not in self.sheet_names:
            names = "、".join(self.sheet_names)
            raise ValidationError(f"文件中没有名为“{sheet}”的工作表（有：{names}）。", code="no_sheet")
        self.sheet = sheet if sheet is not None else self.sheet_names[0]

    def _sheet(self) -> Any:
        parsed = self._sheets.get(self.sheet)
        if parsed is None:
            parsed = self._sheets[self.sheet] = self._workbook.get_sheet_by_name(self.sheet)
        return parsed

    def parsed_sheet(self) -> Any:
        """The current sheet as parsed so far (None if not parsed, or a CSV file), for a later
        `LedgerFile(..., parsed=...)` of the same, unchanged file."""
        return self._sheets.get(self.sheet)

    def _merged_ranges(self, worksheet: Any) -> list[tuple[int, int, int, int]]:
        """(first_row, first_col, last_row, last_col), 0-based; none where the format has none."""
        ranges = worksheet.merged_cell_ranges or []
        return sorted((r1, c1, r2, c2) for (r1, c1), (r2, c2) in ranges)

    def _excel_rows(self, fill_merged: bool) -> Iterator[Row]:
        worksheet = self._sheet()
        merged = self._merged_ranges(worksheet) if fill_merged else []
        # Row -> [(column, anchor cell)] for every covered cell but the anchor itself.
        fills: dict[int, list[tuple[int, tuple[int, int]]]] = {}
        anchors: dict[int, list[int]] = {}
        for r1, c1, r2, c2 in merged:
            anchors.setdefault(r1, []).append(c1)
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    if (r, c) != (r1, c1):
                        fills.setdefault(r, []).append((c, (r1, c1)))
        anchor_values: dict[tuple[int, int], object] = {}
        # calamine's rows start at row 1 but at the first used column: pad them from column A,
        # as openpyxl gave them and as the merged ranges count.
        pad = (None,) * (worksheet.start[1] if worksheet.start else 0)
        for number, values in enumerate(worksheet.iter_rows()):
            if number not in fills and number not in anchors:
                yield pad + _cells(values)
                continue
            cells = list(pad + _cells(values))
            for c in anchors.get(number, ()):
                anchor_values[(number, c)] = cells[c] if c < len(cells) else None
            for c, anchor in fills.get(number, ()):
                while len(cells) <= c:
                    cells.append(None)
                if cells[c] is None:
                    cells[c] = anchor_values.get(anchor)
            yield tuple(cells)

    # ---- csv ----------------------------------------------------------------------------
    def _read_csv(self) -> list[Row]:
        raw = read_limited(self._handle, self.path, FILE_LIMIT, LABEL)
        if b"\x00" in raw[:4096]:
            raise ValidationError(
                f"“{self.path.name}”不是 Excel (.xlsx) 或 CSV 文件。", code="not_a_ledger", field="file"
            )
        for encoding in ("utf-8-sig", "gb18030"):
            try:
                text = raw.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:  # pragma: no cover - gb18030 decodes almost anything
            raise ValidationError(f"无法识别“{self.path.name}”的文字编码。", code="bad_encoding")
        # Only the delimiter is sniffed: Excel, WPS and our export quote with '"', and a
        # sniffed "'" would split the cells our export marks as text ('=..., '-1).
        try:
            delimiter = csv.Sniffer().sniff(text[:8192], delimiters=",\t;").delimiter
        except csv.Error:
            delimiter = ","
        rows = csv.reader(io.StringIO(text, newline=""), csv.excel, delimiter=delimiter)
        # A cell our export marked as text ('=...) reads back as the text it stands for.
        return [tuple(from_csv_cell(cell) if cell.strip() else None for cell in row) for row in rows]

    # ---- both ---------------------------------------------------------------------------
    def select_sheet(self, name: str) -> None:
        if name not in self.sheet_names:
            raise ValidationError(f"文件中没有名为“{name}”的工作表。", code="no_sheet")
        self.sheet = name

    @property
    def estimated_rows(self) -> int:
        if self._csv_rows is not None:
            return len(self._csv_rows)
        try:
            end = self._sheet().end  # the last used cell, 0-based; None for an empty sheet
            return end[0] + 1 if end else 0
        except Exception:  # a damaged sheet: rows() says so; the estimate is only for progress
            return 0

    def rows(self, *, fill_merged: bool = True) -> Iterator[Row]:
        """Every row from the first, as value tuples (trailing cells may be missing).

        ``fill_merged=False`` skips the pass over the sheet that finds merged cells
        (the preview reads only the first rows).
        """
        if self._csv_rows is not None:
            yield from self._csv_rows
            return
        try:
            yield from self._excel_rows(fill_merged)
        except ValidationError:
            raise
        except Exception as exc:
            raise _corrupt(self.path, type(exc).__name__) from None

    def head(self, count: int) -> list[Row]:
        result: list[Row] = []
        for row in self.rows(fill_merged=False):
            result.append(row)
            if len(result) >= count:
                break
        return result

    def close(self) -> None:
        if self._workbook is not None:
            self._workbook.close()
            self._workbook = None
        self._handle.close()

    def __enter__(self) -> LedgerFile:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
