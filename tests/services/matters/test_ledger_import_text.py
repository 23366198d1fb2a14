"""The ledger import applies the text rules per cell: zero-width characters removed and reported,
bidi controls refused, units matched to the office's own by key."""

from __future__ import annotations

from pathlib import Path

import pytest

from dutylog.cli import main
from dutylog.office import Office
from dutylog.services.matters.ledger_import import ImportRejected
from tests.cli.accounts import admin_login
from tests.helpers.ledger_files import HEADERS, ROWS, write_csv, write_xlsx

TITLE, UNIT = HEADERS.index("舆情标题"), HEADERS.index("涉及单位")


def with_cell(row: int, column: int, value: object) -> list[list[object]]:
    rows = [list(r) for r in ROWS]
    rows[row][column] = value
    return rows


def test_zero_width_characters_are_removed_and_reported(office: Office, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "ledger.xlsx", with_cell(0, TITLE, "\ufeff某小区停水\u200b引发业主不满"))
    report = office.ledger_import.import_file(path)
    assert report.ok and report.imported is not None
    [warning] = [p for p in report.warnings if "不可见字符" in p.reason]
    assert (warning.row, warning.column) == (2, "舆情标题") and "2 个" in warning.reason
    assert "某小区停水引发业主不满" in [m.title for m in office.matters.search("停水")]


def test_a_bidi_control_rejects_the_file(office: Office, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "ledger.xlsx", with_cell(1, TITLE, "网传学校\u202e食堂问题"))
    with pytest.raises(ImportRejected) as info:
        office.ledger_import.import_file(path)
    [error] = info.value.report.errors
    assert (error.row, error.column) == (3, "舆情标题") and "U+202E" in error.reason
    assert office.matters.search("食堂") == []


def test_units_are_matched_by_key(office: Office, tmp_path: Path) -> None:
    office.settings.add_units(["县水务局"])
    rows = with_cell(0, UNIT, "县 水务局")
    rows[1][UNIT] = "县教育局"
    rows[2][UNIT] = "縣教育局"  # a different unit (traditional character), not a look-alike by key
    report = office.ledger_import.import_file(write_xlsx(tmp_path / "ledger.xlsx", rows), dry_run=True)
    assert report.new_units == ["县教育局", "縣教育局"]
    rows[2][UNIT] = "县教育局 "
    office.ledger_import.import_file(write_xlsx(tmp_path / "again.xlsx", rows))
    assert sorted(unit.name for unit in office.staff.units()) == ["县教育局", "县水务局"]


def test_the_command_line_shows_the_removal(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for key, value in admin_login(db_path).items():
        monkeypatch.setenv(key, value)
    path = write_csv(tmp_path / "ledger.csv", with_cell(2, TITLE, "道路施工\u200b扰民投诉"))
    assert main(["--db", str(db_path), "matters", "import", str(path)]) == 0
    out = capsys.readouterr().out
    assert "提示\t第 4 行\t舆情标题\t已删除 1 个不可见字符（零宽字符或 BOM）" in out
