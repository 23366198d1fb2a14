"""The large demo office (`dutylog demo --years`): healthy, searchable, refuses a used database."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from dutylog.demo.bulk import BulkDemoOptions, fill_bulk_demo
from dutylog.domain.enums import EntryKind
from dutylog.domain.errors import ValidationError
from dutylog.domain.log.records import NewLogEntry
from dutylog.office import Office
from tests.conftest import FakeClock

ROOT = Path(__file__).resolve().parents[2]
TINY = BulkDemoOptions(years=10, scale=0.002, seed=3)  # about a week of a busy office
TABLES = (
    "staff", "duty_slot", "matter", "log_entry", "matter_event", "matter_tag",
    "matter_measure", "evidence_file", "briefing", "briefing_version", "matter_counter",
)  # fmt: skip
TERMS = ("食品安全问题", "拆迁补偿", "交接班", "删帖", "谣言", "巡查", "县", "帖", "weibo", "不存在的词")


@pytest.fixture
def tiny_office(db_path: Path, clock: FakeClock) -> Office:
    office = Office.open(db_path, clock=clock)
    fill_bulk_demo(office, TINY)
    return office


def _scan_matters(db_path: Path, term: str) -> set[int]:
    """Matters whose fields or linked log text contain ``term``: a plain substring scan."""
    wanted = term.lower()
    conn = sqlite3.connect(db_path)
    found = set()
    for row in conn.execute("SELECT id, title, summary, url, author_name, source FROM matter"):
        if any(wanted in (value or "").lower() for value in row[1:]):
            found.add(row[0])
    for matter_id, text in conn.execute("SELECT matter_id, text FROM log_entry WHERE matter_id IS NOT NULL"):
        if wanted in text.lower():
            found.add(matter_id)
    conn.close()
    return found


def test_tiny_office_has_every_kind_of_record(tiny_office: Office, db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    counts = {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}
    assert counts["staff"] == 40
    assert counts["log_entry"] > 1000
    assert counts["matter"] > 100
    assert all(count > 0 for count in counts.values()), counts
    signed = conn.execute("SELECT count(*) FROM briefing WHERE status = 'signed' AND signed_by IS NOT NULL")
    assert signed.fetchone()[0] == counts["briefing"]
    # The sync triggers are back, so the next saved record is indexed too.
    triggers = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {"matter_fts_ai", "log_fts_ai", "matter_log_fts_ai"} <= triggers


def test_everyone_can_log_in_as_in_the_small_demo(tiny_office: Office) -> None:
    from dutylog.demo.office import DEMO_ADMIN, DEMO_PASSWORD

    admin = tiny_office.login(DEMO_ADMIN, DEMO_PASSWORD)
    assert admin.username == DEMO_ADMIN
    staff = tiny_office.staff.all()
    assert {user.username for user in tiny_office.accounts.users()} >= {person.name for person in staff}


def test_tiny_office_is_healthy(tiny_office: Office) -> None:
    report = tiny_office.health.check()
    assert report.problems == []


def test_search_finds_what_a_substring_scan_finds(tiny_office: Office, db_path: Path) -> None:
    for term in TERMS:
        found = {matter.id for matter in tiny_office.matters.search(term, limit=10_000)}
        assert found == _scan_matters(db_path, term), term


def test_log_search_finds_what_a_substring_scan_finds(tiny_office: Office, db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    for term in ("交接班", "未发现异常", "删帖", "县"):
        expected = {
            row[0] for row in conn.execute("SELECT id FROM log_entry WHERE instr(text, ?) > 0", (term,))
        }
        found = {entry.id for entry in tiny_office.log.search(term, limit=10_000)}
        assert found == expected, term


def test_records_saved_afterwards_are_searchable(tiny_office: Office) -> None:
    tiny_office.log.add_entry(NewLogEntry(kind=EntryKind.OTHER, text="演示之后新增的记录：独一无二的词语"))
    assert [e.text for e in tiny_office.log.search("独一无二")] == ["演示之后新增的记录：独一无二的词语"]


def test_same_seed_same_office(tmp_path: Path, clock: FakeClock) -> None:
    dumps = []
    for name in ("a", "b"):
        office = Office.open(tmp_path / f"{name}.sqlite3", clock=clock)
        fill_bulk_demo(office, TINY)
        office.close()
        conn = sqlite3.connect(tmp_path / f"{name}.sqlite3")
        dumps.append(conn.execute("SELECT id, number, title, summary FROM matter ORDER BY id").fetchall())
        conn.close()
    assert dumps[0] == dumps[1]


def test_refuses_a_database_with_records(tiny_office: Office) -> None:
    with pytest.raises(ValidationError) as caught:
        fill_bulk_demo(tiny_office, TINY)
    assert caught.value.code == "not_empty"


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DUTYLOG_PASSWORD": "demo1234"}
    env.pop("DUTYLOG_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "dutylog", *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_cli_builds_a_healthy_office_and_refuses_to_refill(tmp_path: Path) -> None:
    db = str(tmp_path / "big.sqlite3")
    first = _cli("--db", db, "demo", "--years", "10", "--scale", "0.002", "--seed", "4")
    assert first.returncode == 0, first.stderr
    assert "log entries" in first.stdout
    assert "search index" in first.stderr  # progress goes to stderr
    check = _cli("--db", db, "check")
    assert check.returncode == 0, check.stdout + check.stderr
    # The office now has accounts: refilling it takes a login, and is refused even then.
    anonymous = _cli("--db", db, "demo", "--years", "10", "--scale", "0.002")
    assert anonymous.returncode != 0 and "login_required" in anonymous.stderr
    again = _cli("--db", db, "--user", "admin", "demo", "--years", "10", "--scale", "0.002")
    assert again.returncode != 0
    assert "空数据库" in (again.stdout + again.stderr)
    both = _cli("--db", str(tmp_path / "x.sqlite3"), "demo", "--years", "1", "--days", "5")
    assert both.returncode != 0


def test_index_built_at_the_end_equals_the_one_triggers_build(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    bulk_db = tmp_path / "bulk.sqlite3"
    office = Office.open(bulk_db, clock=clock)
    fill_bulk_demo(office, TINY)
    office.close()
    # The same office with the sync triggers left on while loading: what a normal database has.
    from dutylog.demo import bulk as demo_bulk
    from dutylog.storage.repos.office.bulk import BulkRepo

    monkeypatch.setattr(BulkRepo, "search_upkeep", lambda self: [])
    monkeypatch.setattr(demo_bulk._BulkBuilder, "_build_index", lambda self: None)
    trigger_db = tmp_path / "triggers.sqlite3"
    office = Office.open(trigger_db, clock=clock)
    fill_bulk_demo(office, TINY)
    office.close()
    contents = []
    for path in (bulk_db, trigger_db):
        conn = sqlite3.connect(path)
        contents.append(
            {
                table: sorted(conn.execute(f"SELECT term, doc, col, offset FROM {table}_terms"))
                for table in ("matter_fts", "log_fts", "matter_log_fts")
            }
        )
        conn.close()
    assert contents[0]["log_fts"]
    assert contents[0] == contents[1]
