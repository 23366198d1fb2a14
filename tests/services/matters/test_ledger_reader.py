"""Reading ledgers with python-calamine: every Excel format, merged cells, cells as openpyxl gave them."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from dutylog.domain.errors import ValidationError
from dutylog.office import Office
from dutylog.services.matters.ledger_reader import LedgerFile
from tests.helpers.ledger_layouts import LEDGERS

XLS = LEDGERS / "old_ledger.xls"  # written by xlwt, as Excel 97-2003 saves it


def test_an_old_xls_ledger_is_read_with_its_merged_cells() -> None:
    with LedgerFile(XLS) as ledger:
        assert ledger.kind == "xls" and ledger.sheet_names == ["台账"]
        rows = list(ledger.rows())
        assert ledger.estimated_rows == 4 and len(rows) == 4
    assert rows[0][0] == "舆情标题"
    assert rows[1][2] == datetime(2025, 11, 28, 9, 30)  # a date cell stays a date
    assert [row[4] for row in rows[1:]] == ["县水务局", "县教育局", "县教育局"]  # merged down


def test_cells_come_as_openpyxl_gave_them(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["C3"] = "标题"
    sheet["C4"] = 7
    sheet["D4"] = 2.5
    sheet["E4"] = date(2026, 1, 2)
    sheet["C5"] = "跨两列"
    sheet.merge_cells("C5:D5")
    path = tmp_path / "偏移.xlsx"
    book.save(path)
    with LedgerFile(path) as ledger:
        rows = list(ledger.rows())
        head = ledger.head(3)
    # From row 1 and column A, empty cells None, whole numbers int, merged cells filled.
    assert rows[2] == (None, None, "标题", None, None)
    assert rows[3][2:] == (7, 2.5, datetime(2026, 1, 2))
    assert isinstance(rows[3][2], int)
    assert rows[4][2:4] == ("跨两列", "跨两列")
    assert head == rows[:3]


def test_an_unreadable_ole_file_names_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "加密.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x01" * 600)
    with pytest.raises(ValidationError) as refused:
        LedgerFile(path)
    assert refused.value.code == "old_excel" and "另存为 .xlsx" in refused.value.message


def test_an_xls_ledger_imports(office: Office) -> None:
    preview = office.ledger_import.preview(XLS)
    report = office.ledger_import.commit(preview)
    assert report.ok and report.imported is not None and report.imported.row_count == 3
    titles = [line.title for line in office.ledger_export.lines()]
    assert titles == [
        "旧台账：某小区停水引发业主不满",
        "旧台账：网传学校食堂卫生问题",
        "旧台账：道路施工夜间扰民投诉",
    ]
