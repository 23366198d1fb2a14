"""The matter ledger (台账) as an .xlsx workbook or a CSV file Excel opens correctly.

Headers are the ones `dutylog.domain.matters.ledger_fields` recognises, so an exported
ledger imports again unchanged. The columns an imported ledger kept with its matters
(``extra_names``) follow the fixed ones, so they too go out as they came in.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import IO

from dutylog.domain.matters.ledger_rows import LedgerLine
from dutylog.reports.spreadsheet_cells import csv_cell, xlsx_value
from dutylog.reports.xlsx_print import set_print_setup

Column = tuple[str, float, Callable[[LedgerLine], object]]

COLUMNS: tuple[Column, ...] = (
    ("编号", 15, lambda m: m.number),
    ("标题", 40, lambda m: m.title),
    ("摘要", 40, lambda m: m.summary),
    ("来源", 12, lambda m: m.source),
    ("网址", 30, lambda m: m.url),
    ("发布者", 14, lambda m: m.author),
    ("发布时间", 17, lambda m: m.published_at),
    ("发现时间", 17, lambda m: m.discovered_at),
    ("上报时间", 17, lambda m: m.reported_at),
    ("等级", 7, lambda m: m.grade.zh),
    ("状态", 7, lambda m: m.status.zh),
    ("处置措施", 22, lambda m: "、".join(m.measures)),
    ("删帖数", 8, lambda m: m.posts_removed),
    ("处置结果", 30, lambda m: m.outcome),
    ("责任单位", 16, lambda m: m.unit),
    ("类别", 14, lambda m: "、".join(m.tags)),
)
HEADERS = tuple(name for name, _width, _get in COLUMNS)
DATE_FORMAT = "yyyy-mm-dd hh:mm"
EXTRA_WIDTH = 20


def _extra_values(line: LedgerLine, names: Sequence[str]) -> list[str]:
    """The line's kept columns under ``names``; a name kept twice gives its texts joined."""
    found: dict[str, list[str]] = {}
    for name, text in line.extras:
        found.setdefault(name, []).append(text)
    return ["\n".join(found.get(name, ())) for name in names]


def write_xlsx(
    lines: Iterable[LedgerLine],
    path: Path | IO[bytes],
    *,
    title: str = "舆情台账",
    extra_names: Sequence[str] = (),
    printed_on: date | None = None,
) -> int:
    """Stream the ledger to ``path`` (write-only workbook: flat memory); return the row count.

    Text goes in as string cells only: a title such as =HYPERLINK(...) from the internet
    must never become a live formula in the office's spreadsheet.
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title[:31])
    sheet.freeze_panes = "A2"
    widths = [width for _name, width, _get in COLUMNS] + [EXTRA_WIDTH] * len(extra_names)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    set_print_setup(
        sheet, title=title, printed_on=printed_on or date.today(), column_widths=widths, grid_lines=True
    )
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDE5F0")
    centre = Alignment(horizontal="center", vertical="center")
    header = []
    for name in (*HEADERS, *extra_names):
        cell = WriteOnlyCell(sheet, value=name)
        cell.font, cell.fill, cell.alignment = bold, fill, centre
        header.append(cell)
    sheet.append(header)
    count = 0
    for line in lines:
        values: list[object] = []
        for _name, _width, get in COLUMNS:
            value = get(line)
            if isinstance(value, datetime):
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = DATE_FORMAT
                values.append(cell)
            else:
                values.append(xlsx_value(sheet, value))
        values.extend(xlsx_value(sheet, text) for text in _extra_values(line, extra_names))
        sheet.append(values)
        count += 1
    workbook.save(path)
    return count


def write_csv(lines: Iterable[LedgerLine], path: Path, *, extra_names: Sequence[str] = ()) -> int:
    """UTF-8 with a BOM: Excel and WPS then open the Chinese text correctly.

    Risky text (=, +, -, @ ...) is marked as text with a leading apostrophe (`csv_cell`).
    """
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow((*HEADERS, *extra_names))
        for line in lines:
            row = []
            for _name, _width, get in COLUMNS:
                value = get(line)
                row.append(_csv_time(value) if isinstance(value, datetime) else csv_cell(value))
            row.extend(csv_cell(text) for text in _extra_values(line, extra_names))
            writer.writerow(row)
            count += 1
    return count


def _csv_time(value: datetime) -> str:
    return f"{value:%Y-%m-%d %H:%M:%S}" if value.second else f"{value:%Y-%m-%d %H:%M}"
