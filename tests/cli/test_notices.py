"""What the input rules change without refusing it is told on stderr: `dutylog: notice: ...`."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dutylog.cli import main
from dutylog.office import Office
from tests.cli.accounts import admin_login

RANGE = ["--from", "2026-12-01", "--to", "2026-12-02"]


@pytest.fixture
def db(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    office = Office.open(db_path)
    try:
        office.staff.add("张伟")
    finally:
        office.close()
    for key, value in admin_login(db_path).items():
        monkeypatch.setenv(key, value)
    return str(db_path)


def test_removed_zero_width_characters_are_noticed(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["--db", db, "roster", "leave", "--person", "张伟", *RANGE, "--reason", "\ufeff病\u200b假"]) == 0
    )
    captured = capsys.readouterr()
    assert captured.err == "dutylog: notice: 事由中的 2 个不可见字符（零宽字符或 BOM）已删除。\n"
    office = Office.open(db)
    try:
        assert [leave.reason for leave in office.roster.leave(date(2026, 12, 1), date(2026, 12, 2))] == [
            "病假"
        ]
    finally:
        office.close()


def test_a_refused_input_prints_one_line_and_no_notice(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db, "roster", "special", "--name", "\u200b重大\u202e活动", *RANGE]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith("dutylog: bad_characters: ") and "U+202E" in err[0]


def test_a_holiday_name_with_a_bidi_control_is_refused(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db, "roster", "holiday", "--date", "2031-10-01", "--name", "国庆\u202e节"]) == 2
    assert capsys.readouterr().err.startswith("dutylog: bad_characters: 节日名称")


def test_a_person_is_found_under_another_spelling(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db, "roster", "leave", "--person", " 张 伟 ", *RANGE]) == 0
    assert "leave: 张伟" in capsys.readouterr().out
