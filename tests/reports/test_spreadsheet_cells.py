"""Text cells that a spreadsheet program could run as formulas stay text, and read back as written."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date, datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from dutylog.domain.enums import DutyRole, Grade, MatterStatus, Shift
from dutylog.domain.matters.ledger_rows import LedgerLine
from dutylog.domain.roster.calendar import DayKind
from dutylog.domain.roster.duty import DutyAssignment
from dutylog.domain.roster.records import RosterDay
from dutylog.reports import ledger_table, roster_table
from dutylog.reports.spreadsheet_cells import RISKY_STARTS, csv_cell, from_csv_cell, is_risky

HOSTILE = (
    '=HYPERLINK("http://x","y")',
    "=1+1",
    "+86 138 0000 0000",
    "-1",
    "@SUM(A1)",
    "\tx",
    "\r=1",
)
# Text whose leading characters look like our own mark: it must come back unchanged too.
LOOKALIKES = ("'plain", "'=x", "''-1", "'", "''", "it's", "=x'")

# Any text, with a good share beginning with risky characters or apostrophes.
texts = st.one_of(
    st.text(),
    st.tuples(st.sampled_from([*RISKY_STARTS, "'", "''", "'="]), st.text()).map("".join),
)


def csv_round_trip(values: list[str]) -> list[str]:
    """Write one row through `csv_cell` and the csv module, read it back as our readers do."""
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerow([csv_cell(value) for value in values])
    (row,) = list(csv.reader(io.StringIO(buffer.getvalue(), newline="")))
    return [from_csv_cell(cell) for cell in row]


def test_each_risky_start_is_marked_as_text_and_others_are_left_alone() -> None:
    for text in HOSTILE:
        assert is_risky(text)
        assert csv_cell(text) == "'" + text
    for text in ("标题", "1", "http://x", "a=b", " x", "", "#话题#"):
        assert not is_risky(text) and csv_cell(text) == text
    assert csv_cell(3) == 3 and csv_cell(None) is None


@given(texts)
def test_no_csv_cell_starts_a_formula(text: str) -> None:
    cell = csv_cell(text)
    assert isinstance(cell, str) and not is_risky(cell)


@given(texts)
def test_reading_a_csv_cell_gives_back_the_text_written(text: str) -> None:
    assert from_csv_cell(str(csv_cell(text))) == text


@given(st.lists(texts, min_size=1, max_size=5))
def test_a_csv_row_survives_the_csv_module(values: list[str]) -> None:
    assert csv_round_trip(values) == values


def test_a_typed_apostrophe_before_ordinary_text_stays() -> None:
    for text in LOOKALIKES:
        assert csv_round_trip([text]) == [text]
    assert from_csv_cell("'plain") == "'plain"
    assert from_csv_cell("'=x") == "=x"


def line(title: str, author: str = "") -> LedgerLine:
    return LedgerLine(
        number="YQ-2026-0001",
        title=title,
        grade=Grade.ORDINARY,
        status=MatterStatus.FOUND,
        discovered_at=datetime(2026, 3, 5, 14, 20),
        author=author,
        summary=title,
    )


def sheet_xml(path: Path) -> list[bytes]:
    with zipfile.ZipFile(path) as archive:
        return [archive.read(name) for name in archive.namelist() if name.startswith("xl/worksheets/")]


def test_ledger_xlsx_holds_hostile_titles_as_string_cells(tmp_path: Path) -> None:
    path = tmp_path / "ledger.xlsx"
    # "#N/A" would become an error cell if openpyxl were left to guess the type.
    titles = [text for text in (*HOSTILE, *LOOKALIKES, "#N/A") if "\r" not in text]
    ledger_table.write_xlsx([line(title, author=title) for title in titles], path)

    sheet = load_workbook(path).active
    assert sheet is not None
    headers = [cell.value for cell in sheet[1]]
    for column in ("标题", "摘要", "发布者"):
        cells = [sheet.cell(row, headers.index(column) + 1) for row in range(2, len(titles) + 2)]
        assert [cell.value for cell in cells] == titles
        assert {cell.data_type for cell in cells} == {"s"}
    assert all(b"<f>" not in xml and b"<f " not in xml for xml in sheet_xml(path))


# XML turns a stored carriage return into a line feed, and the record never holds other
# control characters (see domain/validation.py): those are left out here.
xlsx_texts = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\r") | st.just("\t")),
    st.tuples(st.sampled_from(["=", "+", "-", "@", "#", "'="]), st.text(max_size=20)).map("".join),
).filter(lambda text: all(ord(char) >= 0x20 or char == "\t" for char in text))


@settings(max_examples=40, deadline=None)
@given(st.lists(xlsx_texts, min_size=1, max_size=4))
def test_ledger_xlsx_reads_back_the_exact_text(titles: list[str]) -> None:
    buffer = io.BytesIO()
    ledger_table.write_xlsx([line(title) for title in titles], buffer)
    buffer.seek(0)
    sheet = load_workbook(buffer, read_only=True).active
    assert sheet is not None
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [row[1] or "" for row in rows] == titles


def test_roster_xlsx_keeps_names_and_notes_as_text(tmp_path: Path) -> None:
    day = date(2026, 12, 1)
    officer = DutyAssignment(1, day, Shift.FULL, DutyRole.OFFICER, 1, "=1+1", "+86 138 0000 0000")
    days = [RosterDay(day, DayKind.WORKDAY, "", ("@特殊时期",), (), (officer,), ())]
    path = tmp_path / "roster.xlsx"
    roster_table.write_xlsx(path, '=HYPERLINK("http://x","单位")', days, [["-张三", 1, 0, 1, 1, 0, 0, 24]])

    book = load_workbook(path)
    month, stats = book.worksheets
    assert month["A1"].value == '=HYPERLINK("http://x","单位")2026年12月值班表'
    assert month["A1"].data_type == "s"
    assert month["E3"].value == "=1+1" and month["E3"].data_type == "s"
    assert month["F3"].value == "+86 138 0000 0000"
    assert month["H3"].value == "@特殊时期"
    assert stats["A2"].value == "-张三" and stats["A2"].data_type == "s"
    assert all(b"<f>" not in xml and b"<f " not in xml for xml in sheet_xml(path))
