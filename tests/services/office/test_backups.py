"""Backups: daily, manual, pruned, verified; restore round-trips and keeps the old database."""

from __future__ import annotations

import sqlite3
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from dutylog.cli import main
from dutylog.domain.enums import EntryKind
from dutylog.domain.errors import DatabaseError, DutyLogError, NotFoundError
from dutylog.domain.log.records import NewLogEntry
from dutylog.office import Office
from dutylog.storage import backup as files
from dutylog.storage.backup_copy import partial_name

# test_backups_on_server.py covers the refusal on PostgreSQL.
pytestmark = pytest.mark.sqlite_only("backups copy the SQLite file; a server is backed up with its own tools")


def _add(office: Office, text: str) -> int:
    return office.log.add_entry(
        NewLogEntry(kind=EntryKind.PATROL, details={"sources": ["微博"]}, text=text)
    ).id


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_manual_backup_goes_beside_the_database_owner_only(office: Office, db_path: Path) -> None:
    _add(office, "巡查")
    path = office.backups.backup()
    assert path.parent == db_path.parent / "backups"
    assert _mode(path) == 0o600 and _mode(path.parent) == 0o700
    assert files.check_file(path) == []


def test_daily_backup_once_a_day_and_not_for_an_empty_database(office: Office) -> None:
    assert office.backups.daily_if_due() is None  # nothing to keep yet
    _add(office, "巡查")
    first = office.backups.daily_if_due()
    assert first is not None and "-daily-" in first.name
    assert office.backups.daily_if_due() is None


def test_start_up_clears_what_a_killed_backup_left_even_when_no_backup_is_due(
    office: Office, db_path: Path
) -> None:
    _add(office, "巡查")
    made = office.backups.daily_if_due()
    assert made is not None
    folder = office.backups.folder()
    killed = subprocess.Popen([sys.executable, "-c", "pass"])
    killed.wait()
    partial = folder / partial_name(f"{db_path.stem}-manual-20261117-153000-000000.sqlite3", pid=killed.pid)
    partial.write_bytes(b"half a copy")
    Path(f"{partial}-journal").write_bytes(b"journal")
    assert office.backups.daily_if_due() is None  # today's copy exists
    assert {p.name for p in folder.iterdir()} == {made.name, f"{made.name}.anchor"}
    assert office.backups.list() == [made]


def test_keeps_only_the_newest_n(office: Office) -> None:
    _add(office, "巡查")
    office.backups.configure(keep=3)
    made = [office.backups.backup() for _ in range(5)]
    assert office.backups.list() == made[:1:-1]  # the three newest, newest first
    assert not made[0].exists() and not made[1].exists()


def test_configured_folder(office: Office, tmp_path: Path) -> None:
    _add(office, "巡查")
    office.backups.configure(folder=str(tmp_path / "elsewhere"))
    assert office.backups.backup().parent == tmp_path / "elsewhere"


def test_restore_round_trip(office: Office, db_path: Path) -> None:
    kept_id = _add(office, "备份前的记录")
    backup = office.backups.backup()
    lost_id = _add(office, "备份后的记录")
    safety = office.backups.restore(backup)
    assert office.log.get(kept_id).text == "备份前的记录"
    with pytest.raises(NotFoundError):
        office.log.get(lost_id)
    # The database as it was before the restore is kept and holds the later record.
    assert safety is not None and "pre-restore" in safety.name
    with sqlite3.connect(safety) as conn:
        assert conn.execute("SELECT text FROM log_entry WHERE id=?", (lost_id,)).fetchone() == (
            "备份后的记录",
        )
    conn.close()
    assert office.audit.find(limit=1)[0].action == "restore"
    assert office.audit.verify().intact
    assert _mode(db_path) == 0o600


@pytest.mark.parametrize(
    "content", [b"", b"not a database at all" * 100, b"SQLite format 3\x00" + b"\x00" * 400]
)
def test_restore_refuses_a_bad_file_and_changes_nothing(
    office: Office, tmp_path: Path, content: bytes
) -> None:
    entry = _add(office, "原有记录")
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(content)
    with pytest.raises(DutyLogError, match="未做任何更改"):
        office.backups.restore(bad)
    assert office.log.get(entry).text == "原有记录"


def test_restore_refuses_a_foreign_database(office: Office, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(DatabaseError, match="不是 DutyLog 数据库"):
        office.backups.restore(other)


def test_latest_good_backup_skips_damaged_ones(office: Office, db_path: Path) -> None:
    _add(office, "巡查")
    good = office.backups.backup()
    bad = office.backups.backup()
    bad.write_bytes(b"garbage" * 1000)
    assert files.latest_good_backup(db_path, office.backups.folder()) == good


def test_restore_over_a_damaged_database(office: Office, db_path: Path) -> None:
    entry = _add(office, "损坏前")
    backup = office.backups.backup()
    office.close()
    db_path.write_bytes(b"\x00garbage" * 4096)
    assert files.check_file(db_path)  # damaged
    files.restore_file(backup, db_path, backup.parent)
    assert any(p.name.endswith(".damaged") for p in backup.parent.iterdir())
    reopened = Office.open(db_path)
    try:
        assert reopened.log.get(entry).text == "损坏前"
    finally:
        reopened.close()


def test_cli_backup_and_restore(
    db_path: Path, tmp_path: Path, capsys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(db_path)
    assert main(["--db", db, "demo", "--days", "2"]) == 0
    monkeypatch.setenv("DUTYLOG_USER", "admin")  # the demo's administrator
    monkeypatch.setenv("DUTYLOG_PASSWORD", "demo1234")
    (tmp_path / "usb").mkdir()  # a folder named for one copy is never created (an unmounted stick)
    assert main(["--db", db, "backup", "--to", str(tmp_path / "usb")]) == 0
    copy = next(p for p in (tmp_path / "usb").iterdir() if p.suffix == ".sqlite3")
    assert main(["--db", db, "restore", str(copy)]) == 0
    out = capsys.readouterr().out
    assert "restored:" in out and "previous database kept as:" in out
    assert main(["--db", db, "restore", str(tmp_path / "missing.sqlite3")]) == 2
    assert main(["--db", db, "check"]) == 0


def test_database_wal_and_shm_are_owner_only(office: Office, db_path: Path) -> None:
    _add(office, "巡查")
    with office.db.transaction() as store:
        store.log.count()
        wal, shm = Path(f"{db_path}-wal"), Path(f"{db_path}-shm")
        assert wal.exists() and shm.exists()
        assert _mode(db_path) == 0o600 and _mode(wal) == 0o600 and _mode(shm) == 0o600


def test_check_reports_loose_permissions(office: Office, db_path: Path) -> None:
    db_path.chmod(0o644)
    report = office.health.check()
    assert any("文件权限过宽" in p for p in report.problems)
