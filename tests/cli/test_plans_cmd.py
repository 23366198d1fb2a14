"""`dutylog plans|keywords|drills` and `matters step|start-plan` (issue 22's Done-when)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from dutylog.office import Office
from tests.cli.accounts import admin_login, officer_on_duty

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 17, 10, 5)


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


def test_a_major_matter_starts_the_plan_and_keywords_and_drills_count(tmp_path: Path) -> None:
    db = tmp_path / "office.sqlite3"
    Office.open(db).close()
    admin = admin_login(db)
    officer = officer_on_duty(db, NOW, name="张伟")
    at = ("--db", str(db))

    plan = run(
        admin,
        *at,
        "plans",
        "add",
        "网络舆情应急处置预案",
        "--grade",
        "重大",
        "--step",
        "报告带班领导@officer+30",
        "--step",
        "报送专报@officer+240",
    )
    assert plan.returncode == 0, plan.stderr
    refused = run(officer, *at, "plans", "add", "另一预案", "--step", "报告@officer+30")
    assert refused.returncode == 2 and "dutylog: forbidden" in refused.stderr
    listed = json.loads(run(None, *at, "plans", "list", "--json").stdout)
    assert [(s["text"], s["who"], s["limit"]) for s in listed[0]["steps"]] == [
        ("报告带班领导", "officer", "30"),
        ("报送专报", "officer", "4h"),
    ]
    assert run(admin, *at, "keywords", "add", "化工园区", "--category", "项目").returncode == 0

    added = run(
        officer,
        *at,
        "matters",
        "add",
        "--title",
        "化工园区爆炸传言",
        "--grade",
        "重大",
        "--found-at",
        "2026-11-17 10:00",
    )
    assert added.returncode == 0, added.stderr
    number = added.stdout.strip()
    assert "已启动预案《网络舆情应急处置预案》" in added.stderr

    shown = json.loads(run(None, *at, "matters", "show", number, "--json").stdout)
    [started] = shown["plans"]
    assert [(s["due"], s["status"]) for s in started["steps"]] == [
        ("2026-11-17T10:30:00", "open"),
        ("2026-11-17T14:00:00", "open"),
    ]
    assert shown["keywords"] == ["化工园区"]

    ticked = run(officer, *at, "matters", "step", number, "1", "--done")
    assert ticked.returncode == 0, ticked.stderr
    first = json.loads(run(None, *at, "matters", "show", number, "--json").stdout)["plans"][0]["steps"][0]
    assert (first["status"], first["done_by"], first["done_at"]) == ("done", "张伟", "2026-11-17T10:05:00")
    text = run(None, *at, "matters", "show", number).stdout
    assert "应急预案：《网络舆情应急处置预案》执行中" in text and "1. 报告带班领导（值班员）" in text
    skipped = run(officer, *at, "matters", "step", number, "2", "--skip", "")
    assert skipped.returncode == 2
    no_login = run(None, *at, "matters", "step", number, "2", "--done")
    assert no_login.returncode == 2 and "login_required" in no_login.stderr

    drill = run(
        admin,
        *at,
        "drills",
        "add",
        "--plan",
        "网络舆情应急处置预案",
        "--date",
        "2026-06-01",
        "--people",
        "张伟",
        "--scenario",
        "化工园区爆炸谣言处置",
    )
    assert drill.returncode == 0, drill.stderr
    stats = json.loads(run(None, *at, "stats", "--from", "2026-01-01", "--to", "2026-12-31", "--json").stdout)
    assert stats["by_keyword"] == {"化工园区": 1} and stats["by_keyword_category"] == {"项目": 1}
    assert (stats["drills"], stats["trainings"], stats["training_attendances"]) == (1, 0, 1)


def test_start_by_hand_export_and_import(tmp_path: Path) -> None:
    db = tmp_path / "office.sqlite3"
    Office.open(db).close()
    admin = admin_login(db)
    officer = officer_on_duty(db, NOW, name="张伟")
    at = ("--db", str(db))
    assert (
        run(admin, *at, "plans", "add", "涉校舆情处置预案", "--step", "通报教育局@head+2wd").returncode == 0
    )
    added = run(
        officer,
        *at,
        "matters",
        "add",
        "--title",
        "食堂投诉",
        "--grade",
        "一般",
        "--found-at",
        "2026-11-17 09:00",
    )
    number = added.stdout.strip()
    assert added.stderr == ""  # nothing triggered
    started = run(officer, *at, "matters", "start-plan", number, "涉校舆情处置预案")
    assert started.returncode == 0, started.stderr
    assert "2026-11-19 10:05" in started.stdout  # two working days from now, Tuesday -> Thursday

    sheet = tmp_path / "plans.xlsx"
    exported = run(None, *at, "plans", "export", str(sheet))
    assert exported.returncode == 0, exported.stderr
    other = tmp_path / "other.sqlite3"
    Office.open(other).close()
    other_admin = admin_login(other)
    imported = run(other_admin, "--db", str(other), "plans", "import", str(sheet))
    assert imported.returncode == 0, imported.stderr
    again = json.loads(run(None, "--db", str(other), "plans", "list", "--json").stdout)
    assert [(p["name"], [s["limit"] for s in p["steps"]]) for p in again] == [("涉校舆情处置预案", ["2wd"])]
