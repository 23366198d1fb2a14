"""`dutylog check` on a database file edited behind the application's back."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from dutylog.cli import main
from dutylog.domain.enums import DutyRole
from dutylog.office import Office
from tests.conftest import FakeClock
from tests.services.office.test_health import sign_briefing


def test_check_names_a_tampered_briefing_and_a_missing_file(
    db_path: Path, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    office = Office.open(db_path, clock=clock)
    try:
        officer = office.staff.add("张伟").id
        leader = office.staff.add("王建国", roles=[DutyRole.LEADER]).id
        sign_briefing(office, clock, date(2026, 11, 16), officer, leader)
        matter = office.matters.add("网民发布不实图片")
        evidence = office.matters.evidence.attach_bytes(matter.id, b"text evidence", filename="a.txt")
        stored = office.matters.evidence.path_for(evidence.sha256)
    finally:
        office.close()
    assert main(["--db", str(db_path), "check"]) == 0
    assert capsys.readouterr().out.startswith("OK")

    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE briefing SET body_html = '<p>改过的内容</p>'")
        conn.execute("UPDATE briefing_version SET body_html = '<p>改过的内容</p>'")
    conn.close()
    assert stored is not None
    stored.unlink()

    assert main(["--db", str(db_path), "check"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "problem: 已签批的 2026-11-16 当日汇报内容与签批时的哈希不符（版本记录中的签批版本第 4 版也不符）",
        f"problem: 事项 {matter.number} 的证据 a.txt（#{evidence.id}）文件缺失",
        f"2 problem(s) in {db_path}",
    ]
