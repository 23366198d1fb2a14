"""`dutylog units|matters|supervise` as the supervision desk runs them (issue 18's Done-when)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from dutylog.domain.enums import UserRole
from dutylog.office import Office
from tests.cli.accounts import add_account, admin_login, officer_on_duty

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 17, 15, 30)


def run(env: dict[str, str] | None, *args: str) -> subprocess.CompletedProcess[str]:
    full = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "DUTYLOG_NOW": NOW.isoformat(timespec="minutes"),
        **(env or {}),
    }
    full.pop("DUTYLOG_DB", None)
    if env is None:
        full.pop("DUTYLOG_USER", None)
    return subprocess.run(
        [sys.executable, "-m", "dutylog", *args], capture_output=True, text=True, env=full, timeout=180
    )


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_assign_supervise_reply_and_rank_as_the_issue_says(tmp_path: Path) -> None:
    db = tmp_path / "office.sqlite3"
    Office.open(db).close()
    admin = admin_login(db)
    leader = add_account(db, "leader", UserRole.SUPERVISOR)
    officer = officer_on_duty(db, NOW)
    at = ("--db", str(db))

    added = run(admin, *at, "units", "add", "县住建局", "--contact", "张三", "--phone", "13800000000")
    assert added.returncode == 0, added.stderr
    made = run(
        leader,
        *at,
        "matters",
        "add",
        "--title",
        "某小区物业纠纷",
        "--grade",
        "一般",
        "--found-at",
        "2025-09-30 09:10",
    )
    assert made.returncode == 0, made.stderr
    number = made.stdout.strip()
    instruction = "请县住建局迅速核实，妥善处置。"
    assigned = run(
        leader, *at, "matters", "assign", number, "--unit", "县住建局", "--workdays", "3",
        "--at", "2025-09-30 10:00", "--instruction", instruction,
    )  # fmt: skip
    assert (assigned.returncode, assigned.stdout.strip()) == (0, "2025-10-11"), assigned.stderr

    listed = json.loads(run(None, *at, "supervise", "--on", "2025-10-13", "--json").stdout)
    assert [(r["number"], r["unit"], r["due"], r["workdays_overdue"]) for r in listed] == [
        (number, "县住建局", "2025-10-11", 1)
    ]

    pdf = tmp_path / "card.pdf"
    card = run(None, *at, "supervise", "--card", number, "--pdf", str(pdf), "--on", "2025-10-13")
    assert card.returncode == 0, card.stderr
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = "".join(text.split())
    for wanted in ("督查卡", "县住建局", "张三", "2025-10-11", instruction):
        assert wanted in flat
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "A4" in info

    urged = run(
        officer, *at, "supervise", "--urge", number, "--unit", "县住建局", "--how", "电话", "--note", "已提醒"
    )
    assert urged.returncode == 0, urged.stderr
    replied = run(
        leader,
        *at,
        "matters",
        "reply",
        number,
        "--unit",
        "县住建局",
        "--text",
        "已整改",
        "--at",
        "2025-10-13 16:00",
    )
    assert replied.returncode == 0, replied.stderr
    assert json.loads(run(None, *at, "supervise", "--on", "2025-10-13", "--json").stdout) == []

    ranked = json.loads(
        run(None, *at, "units", "rank", "--from", "2025-09-01", "--to", "2025-09-30", "--json").stdout
    )
    assert [(r["unit"], r["assigned"], r["on_time"], r["late"], r["overdue"]) for r in ranked] == [
        ("县住建局", 1, 0, 1, 0)
    ]
    assert ranked[0]["reply_rate"] == 1.0 and ranked[0]["completion_rate"] == 0.0

    shown = json.loads(run(None, *at, "matters", "show", number, "--json").stdout)
    [assignment] = shown["assignments"]
    assert assignment["instruction"] == instruction and assignment["replies"][0]["text"] == "已整改"
    assert [u["how"] for u in assignment["urges"]] == ["phone"]
    assert any("交办县住建局" in event["note"] for event in shown["timeline"])
    assert run(None, *at, "check").returncode == 0


def test_past_records_are_refused_to_an_officer_whose_shift_it_was_not(tmp_path: Path) -> None:
    db = tmp_path / "office.sqlite3"
    Office.open(db).close()
    officer = officer_on_duty(db, NOW)
    refused = run(
        officer,
        "--db",
        str(db),
        "matters",
        "add",
        "--title",
        "旧事",
        "--grade",
        "一般",
        "--found-at",
        "2025-09-30 09:10",
    )
    assert refused.returncode == 2 and "forbidden" in refused.stderr
    now = run(
        officer,
        "--db",
        str(db),
        "matters",
        "add",
        "--title",
        "新事",
        "--grade",
        "较大",
        "--found-at",
        "2026-11-17 15:00",
    )
    assert now.returncode == 0 and now.stdout.strip() == "YQ-2026-0001", now.stderr


def test_writes_need_a_login_and_bad_options_say_so(tmp_path: Path) -> None:
    db = tmp_path / "office.sqlite3"
    Office.open(db).close()
    unlogged = run(None, "--db", str(db), "units", "add", "县住建局")
    assert unlogged.returncode == 2 and "login_required" in unlogged.stderr
    card_only = run(None, "--db", str(db), "supervise", "--card", "YQ-2026-0001")
    assert card_only.returncode == 2 and "bad_option" in card_only.stderr
    assert run(None, "--db", str(db), "units", "list").stdout.strip() == "通讯录中还没有单位。"


def test_units_import_then_list_as_json(tmp_path: Path) -> None:
    from openpyxl import Workbook

    db = tmp_path / "office.sqlite3"
    Office.open(db).close()
    admin = admin_login(db)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (
        ["单位", "类别", "联络员", "手机"],
        ["县住建局", "部门", "张三", "13800000000"],
        ["城关镇", "乡镇", "李四", ""],
    ):
        sheet.append(row)
    book.save(tmp_path / "book.xlsx")
    imported = run(admin, "--db", str(db), "units", "import", str(tmp_path / "book.xlsx"))
    assert imported.returncode == 0, imported.stderr
    units = json.loads(run(None, "--db", str(db), "units", "list", "--json").stdout)
    assert [(u["name"], u["kind"], [c["name"] for c in u["contacts"]]) for u in units] == [
        ("县住建局", "department", ["张三"]),
        ("城关镇", "township", ["李四"]),
    ]
