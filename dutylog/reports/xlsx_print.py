"""Print setup for the workbooks DutyLog writes (roster, ledger, statistics).

A sheet opened in Excel, WPS or LibreOffice and printed as it comes should give what
the office files: A4, landscape when the table is wide, the columns fitted to the page
width (as many pages down as needed), the header row repeated on every page, ruled
cells, and the title and print date in the page header with "第 N 页 共 M 页" below.
Works on normal and write-only worksheets alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

# Column widths (in characters) beyond which a portrait A4 page cannot hold the table.
PORTRAIT_WIDTH = 95
PAPER_A4 = "9"  # the paperSize code of A4 in SpreadsheetML


def thin_border() -> Any:
    from openpyxl.styles import Border, Side

    side = Side(style="thin", color="808080")
    return Border(left=side, right=side, top=side, bottom=side)


def _header_text(text: str) -> str:
    # "&" starts a field code in a header; a title holding one must print as itself.
    return text.replace("&", "&&")


def set_print_setup(
    sheet: Any,
    *,
    title: str,
    printed_on: date,
    column_widths: Sequence[float],
    header_rows: str = "1:1",
    grid_lines: bool = False,
) -> None:
    """Page setup of ``sheet``; ``header_rows`` ("2:2") are repeated on every page.

    ``grid_lines`` prints the cell grid as the table's rules, for a streamed sheet whose
    cells cannot all carry a border without slowing a 100,000-row export by a third.
    """
    wide = sum(column_widths) > PORTRAIT_WIDTH
    sheet.page_setup.paperSize = PAPER_A4
    sheet.page_setup.orientation = "landscape" if wide else "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages down as the rows need
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    sheet.print_options.gridLines = grid_lines
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    sheet.page_margins.top = sheet.page_margins.bottom = 0.75
    sheet.page_margins.header = sheet.page_margins.footer = 0.3
    sheet.print_title_rows = header_rows
    header = sheet.oddHeader
    header.center.text = _header_text(title)
    header.center.size = 12
    header.center.font = "宋体,Bold"
    header.right.text = f"打印日期：{printed_on.isoformat()}"
    header.right.size = 9
    footer = sheet.oddFooter
    footer.center.text = "第 &P 页 共 &N 页"
    footer.center.size = 9


def border_cells(sheet: Any, first_row: int, last_row: int, columns: int) -> None:
    """Rule the cells of a normal worksheet's table (rows ``first_row``..``last_row``)."""
    border = thin_border()
    for row in sheet.iter_rows(min_row=first_row, max_row=last_row, max_col=columns):
        for cell in row:
            cell.border = border
