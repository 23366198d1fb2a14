"""Read the rows of a ledger file: .xlsx (openpyxl, read-only) or CSV (UTF-8 or GBK/GB18030).

The file is opened once through `dutylog.storage.inputs` (a regular file under
`FILE_LIMIT`, an .xlsx unpacking to under `UNPACKED_LIMIT`) and read from that handle.

Values arrive as Python objects (str, int, float, datetime, None); what they
mean is decided in `dutylog.domain.matters.ledger_rows`. Merged cells are filled with
their top-left value, as a person reading the sheet sees them.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterator
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
_MERGE_REF = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')


def _corrupt(path: Path, detail: str = "") -> ValidationError:
    extra = f"（{detail}）" if detail else ""
    return ValidationError(
        f"文件“{path.name}”已损坏或不是有效的 Excel 文件{extra}，请用 Excel/WPS 打开后另存为 .xlsx 再导入。",
        code="corrupt_file",
        field="file",
    )


def _column_index(letters: bytes) -> int:
    index = 0
    for char in letters:
        index = index * 26 + (char - 64)
    return index - 1


class LedgerFile:
    """One sheet of a ledger file, read lazily row by row."""

    def __init__(self, path: str | Path, sheet: str | None = None) -> None:
        self.path = Path(path)
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
        self._merged: list[tuple[int, int, int, int]] | None = None
        try:
            self._open(magic, sheet)
        except BaseException:
            self.close()
            raise

    def _open(self, magic: bytes, sheet: str | None) -> None:
        if magic.startswith(b"PK"):
            self.kind = "xlsx"
            self._open_xlsx(sheet)
        elif magic == _OLE_MAGIC:
            raise ValidationError(
                f"“{self.path.name}”是旧版 .xls 或加密的 Excel 文件，"
                "请用 Excel/WPS 另存为 .xlsx（不加密）后再导入。",
                code="old_excel",
                field="file",
            )
        else:
            self.kind = "csv"
            # A CSV file has one unnamed sheet; "" also keeps copies under other names duplicates.
            self.sheet_names = [""]
            self.sheet = ""
            self._csv_rows = self._read_csv()
            self._handle.close()  # every row is read

    # ---- xlsx ---------------------------------------------------------------------------
    def _open_xlsx(self, sheet: str | None) -> None:
        import openpyxl
        from openpyxl.utils.exceptions import InvalidFileException

        try:
            # Before openpyxl inflates anything: a small file may unpack to gigabytes.
            check_zip(self._handle, self.path, UNPACKED_LIMIT, label=LABEL)
            self._workbook = openpyxl.load_workbook(self._handle, read_only=True, data_only=True)
        except ValidationError:
            raise
        except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as exc:
            raise _corrupt(self.path, type(exc).__name__) from None
        except Exception as exc:  # openpyxl raises assorted XML errors on damaged parts
            raise _corrupt(self.path, type(exc).__name__) from None
        self.sheet_names = list(self._workbook.sheetnames)
        if sheet is not None and sheet not in self.sheet_names:
            names = "、".join(self.sheet_names)
            raise ValidationError(f"文件中没有名为“{sheet}”的工作表（有：{names}）。", code="no_sheet")
        self.sheet = sheet if sheet is not None else self.sheet_names[0]

    def _merged_ranges(self) -> list[tuple[int, int, int, int]]:
        """(min_row, min_col, max_row, max_col), 1-based rows and 0-based columns.

        Read-only worksheets do not expose merged cells, so read the sheet's
        <mergeCells> list ourselves; it follows the cell data in the XML.
        """
        if self._merged is not None:
            return self._merged
        worksheet = self._workbook[self.sheet]
        found: set[tuple[int, int, int, int]] = set()
        tail = b""
        with worksheet._get_source() as source:
            while chunk := source.read(1 << 20):
                data = tail + chunk
                if b"mergeCell" in data:
                    for match in _MERGE_REF.finditer(data):
                        c1, r1, c2, r2 = match.groups()
                        found.add((int(r1), _column_index(c1), int(r2), _column_index(c2)))
                tail = data[-200:]
        self._merged = sorted(found)
        return self._merged

    def _xlsx_rows(self) -> Iterator[Row]:
        worksheet = self._workbook[self.sheet]
        merged = self._merged_ranges()
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
        for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
            if number not in fills and number not in anchors:
                yield values
                continue
            cells = list(values)
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
        self._merged = None

    @property
    def estimated_rows(self) -> int:
        if self._csv_rows is not None:
            return len(self._csv_rows)
        # The <dimension> tag when the writer stored one; `max_row` without it would parse
        # the whole sheet just to count. 0 means unknown.
        return int(getattr(self._workbook[self.sheet], "_max_row", None) or 0)

    def rows(self, *, fill_merged: bool = True) -> Iterator[Row]:
        """Every row from the first, as value tuples (trailing cells may be missing).

        ``fill_merged=False`` skips the pass over the sheet that finds merged cells
        (the preview reads only the first rows).
        """
        if self._csv_rows is not None:
            yield from self._csv_rows
            return
        try:
            if fill_merged:
                yield from self._xlsx_rows()
            else:
                yield from self._workbook[self.sheet].iter_rows(values_only=True)
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
