"""The statistics report of a period as a workbook: one sheet per table, ready to print."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dutylog.domain.briefings.reporting import PeriodStatistics
from dutylog.reports.spreadsheet_cells import xlsx_text
from dutylog.reports.statistics_report import statistics_sheets, statistics_title
from dutylog.reports.xlsx_print import border_cells, set_print_setup

WIDTHS = (30, 14)


def write_statistics_xlsx(stats: PeriodStatistics, path: Path, *, unit_name: str, printed_on: date) -> None:
    """Each sheet: the report's title, the headings (repeated on every printed page), the rows."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    book.remove(book.worksheets[0])
    title = f"{unit_name}{statistics_title(stats)}"
    for name, headings, rows in statistics_sheets(stats):
        sheet = book.create_sheet(name[:31])
        sheet.append([title])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headings))
        sheet["A1"].font = Font(size=14, bold=True)
        sheet["A1"].alignment = Alignment(horizontal="center", wrap_text=True)
        sheet.row_dimensions[1].height = 36
        sheet.append(headings)
        for cell in sheet[2]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center")
        for row in rows:
            sheet.append(row)
        for row_cells in sheet.iter_rows(min_row=2):
            for cell in row_cells:
                if isinstance(cell.value, str):
                    xlsx_text(cell, cell.value)  # a source named "=..." stays text
        for letter, width in zip("AB", WIDTHS, strict=True):
            sheet.column_dimensions[letter].width = width
        border_cells(sheet, 2, sheet.max_row, len(headings))
        set_print_setup(sheet, title=title, printed_on=printed_on, column_widths=WIDTHS, header_rows="2:2")
    book.save(path)
