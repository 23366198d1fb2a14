"""The one rule for text cells in the spreadsheets we write and read back (formula injection).

A spreadsheet program treats a cell that begins with ``=``, ``+``, ``-`` or ``@`` as a
formula, and a leading tab or carriage return can hide one; a matter's title comes from
the internet, so such a title must stay text in every file we write (OWASP "CSV
Injection"):

* .xlsx: every str is written as a string cell, never a formula (openpyxl would turn a
  str that starts with "=" into one, and "#N/A" into an error cell).
* CSV: a risky cell gets a leading apostrophe, which spreadsheet programs show as the
  start of text. Our readers take it off again (`from_csv_cell`) only when what follows
  is risky, so an apostrophe someone typed before ordinary text stays.

For the CSV rule to be reversible, text that already reads like a marked cell ("'=x",
"''-1": apostrophes before risky text) gets one more apostrophe too; the reader takes
exactly one off. Every text then comes back as it was written.
"""

from __future__ import annotations

from typing import Any

RISKY_STARTS = ("=", "+", "-", "@", "\t", "\r")
TEXT_MARK = "'"


def is_risky(text: str) -> bool:
    """Whether a spreadsheet program could read ``text`` as a formula."""
    return text.startswith(RISKY_STARTS)


def _looks_marked(text: str) -> bool:
    """Risky text behind zero or more apostrophes: what `csv_cell` marks."""
    return is_risky(text.lstrip(TEXT_MARK))


def csv_cell(value: object) -> object:
    """``value`` as a CSV cell: risky text gets the apostrophe; other values are left as they are."""
    if isinstance(value, str) and _looks_marked(value):
        return TEXT_MARK + value
    return value


def from_csv_cell(text: str) -> str:
    """The text a CSV cell written by `csv_cell` stood for: the inverse of the rule above."""
    if text.startswith(TEXT_MARK) and _looks_marked(text):
        return text[1:]
    return text


def xlsx_value(sheet: Any, value: object) -> object:
    """``value`` for ``sheet.append`` of a write-only sheet: as it is, or a string cell.

    Wrapping every value in a cell costs a third more time on a 100,000-row ledger, so
    only text that openpyxl would not store as plain text by itself (a formula from "=",
    an error cell from "#N/A") and every risky text are wrapped.
    """
    if isinstance(value, str) and (is_risky(value) or value.startswith("#")):
        from openpyxl.cell import WriteOnlyCell

        return xlsx_text(WriteOnlyCell(sheet), value)
    return value


def xlsx_text(cell: Any, value: object) -> Any:
    """Put ``value`` in an openpyxl cell (normal or write-only); a str stays a string cell.

    openpyxl decides the cell type when the value is assigned; setting the type after
    that is its documented way to keep "=..." as text. Returns the cell.
    """
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
    return cell
