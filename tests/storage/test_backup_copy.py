"""One backup copy: written under a temporary name, verified, then named; leftovers of killed runs cleaned."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from dutylog.domain.errors import DatabaseError, ValidationError
from dutylog.storage import anchor as anchors
from dutylog.storage.backup import check_file, list_backups, make_backup
from dutylog.storage.backup_copy import (
    HOST,
    STALE_SECONDS,
    backup_name,
    clean_leftovers,
    partial_name,
    verify_copy,
    write_backup,
)
from dutylog.storage.evidence_files import evidence_folder

from .backup_support import corrupt_index, dutylog_file, head_revisions, revisions_of

pytestmark = pytest.mark.sqlite_only("backups copy the SQLite file")

T0 = datetime(2026, 11, 17, 8, 0, 0)


def _names(folder: Path) -> set[str]:
    return {path.name for path in folder.iterdir()}


def _tree(root: Path) -> set[Path]:
    return set(root.rglob("*"))


def test_a_backup_is_whole_at_the_head_revision_with_its_anchor(tmp_path: Path) -> None:
    db = dutylog_file(tmp_path / "office.sqlite3", filler_kb=200)
    folder = tmp_path / "backups"
    copy = write_backup(db, folder, "manual", now=T0)
    assert copy.name == "office-manual-20261117-080000-000000.sqlite3"
    assert check_file(copy) == []
    assert revisions_of(copy) == head_revisions()
    assert _names(folder) == {copy.name, f"{copy.name}.anchor"}
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert anchors.read(anchors.beside(copy)) is not None
    # A plain rollback-journal file: reading it leaves nothing beside it.
    with contextlib.closing(sqlite3.connect(copy)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        conn.execute("SELECT count(*) FROM filler").fetchone()
    assert _names(folder) == {copy.name, f"{copy.name}.anchor"}


def test_a_copy_that_fails_its_check_is_removed_and_pushes_out_nothing(tmp_path: Path) -> None:
    db = dutylog_file(tmp_path / "office.sqlite3", filler_kb=400)
    folder = tmp_path / "backups"
    good = [make_backup(db, folder, "manual", keep=2, now=T0 + timedelta(minutes=n)) for n in range(2)]
    corrupt_index(db)
    with pytest.raises(DatabaseError) as info:
        make_backup(db, folder, "manual", keep=2, now=T0 + timedelta(hours=1))
    assert info.value.code == "backup_unverified"
    assert "完整性检查" in info.value.message and "\n" not in info.value.message
    assert list_backups(db, folder) == good[::-1]
    assert _names(folder) == {name for path in good for name in (path.name, f"{path.name}.anchor")}


def test_a_copy_at_another_revision_than_its_source_does_not_verify(tmp_path: Path) -> None:
    db = dutylog_file(tmp_path / "office.sqlite3")
    copy = write_backup(db, tmp_path / "backups", "manual", now=T0)
    assert verify_copy(copy, head_revisions()) is None
    problem = verify_copy(copy, {"0001_elsewhere"})
    assert problem is not None and "架构版本" in problem


def test_a_file_that_is_not_a_dutylog_database_is_not_backed_up_under_a_real_name(tmp_path: Path) -> None:
    missing = tmp_path / "missing.sqlite3"
    with pytest.raises(DatabaseError):
        write_backup(missing, tmp_path / "backups", "manual")
    assert not missing.exists()


@pytest.mark.parametrize("case", ["missing", "a file", "the database", "evidence", "relative", "no parent"])
def test_a_bad_folder_is_one_clear_error_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str
) -> None:
    db = dutylog_file(tmp_path / "office.sqlite3")
    create = False
    if case == "missing":
        folder = tmp_path / "usb"
    elif case == "a file":
        folder = tmp_path / "notes.txt"
        folder.write_text("keep me", encoding="utf-8")
    elif case == "the database":
        folder = db
    elif case == "evidence":
        folder = evidence_folder(db) / "ab"
        folder.mkdir(parents=True)
    elif case == "relative":
        deep = tmp_path / "a" / "b"
        deep.mkdir(parents=True)
        monkeypatch.chdir(deep)
        folder = Path("../../x")
    else:
        folder, create = tmp_path / "nowhere" / "backups", True
    before = {path: path.read_bytes() if path.is_file() else None for path in _tree(tmp_path)}
    with pytest.raises(ValidationError) as info:
        write_backup(db, folder, "manual", create_folder=create)
    assert info.value.code == "bad_backup_folder"
    assert "\n" not in info.value.message
    after = {path: path.read_bytes() if path.is_file() else None for path in _tree(tmp_path)}
    assert after == before


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a user the permissions bind")
def test_an_unwritable_folder_is_refused(tmp_path: Path) -> None:
    db = dutylog_file(tmp_path / "office.sqlite3")
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o500)
    with pytest.raises(ValidationError) as info:
        write_backup(db, folder, "manual", create_folder=False)
    assert info.value.code == "bad_backup_folder"
    assert list(folder.iterdir()) == []


def _leftovers(folder: Path, final: str, *, host: str = HOST, pid: int) -> list[Path]:
    """What a run killed at various moments leaves: the partial copy and what lies beside it."""
    temp = partial_name(final, host=host, pid=pid)
    paths = [
        folder / temp,
        folder / f"{temp}-journal",
        folder / f"{temp}-wal",
        folder / f"{temp}.anchor",
        folder / f".{temp}.anchor.k3j2h1.tmp",
    ]
    for path in paths:
        path.write_bytes(b"partial")
    return paths


def _ended_process() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_leftovers_of_a_run_that_ended_are_removed(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    db = tmp_path / "office.sqlite3"
    final = backup_name(db, "daily", T0)
    left = _leftovers(folder, final, pid=_ended_process())
    assert sorted(clean_leftovers(db, folder)) == sorted(left)
    assert list(folder.iterdir()) == []


@pytest.mark.skipif(os.name != "posix", reason="a running process is asked only on POSIX")
def test_a_copy_another_process_is_writing_is_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    db = tmp_path / "office.sqlite3"
    writer = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        left = _leftovers(folder, backup_name(db, "daily", T0), pid=writer.pid)
        assert clean_leftovers(db, folder) == []
        assert all(path.exists() for path in left)
    finally:
        writer.kill()
        writer.wait()
    assert sorted(clean_leftovers(db, folder)) == sorted(left)


def test_another_workstations_copy_is_removed_only_when_long_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    db = tmp_path / "office.sqlite3"
    fresh = _leftovers(folder, backup_name(db, "daily", T0), host="desk-2", pid=4242)
    stale = _leftovers(folder, backup_name(db, "daily", T0 + timedelta(days=1)), host="desk-3", pid=77)
    long_ago = time.time() - STALE_SECONDS - 60
    for path in stale:
        os.utime(path, (long_ago, long_ago))
    assert sorted(clean_leftovers(db, folder)) == sorted(stale)
    assert all(path.exists() for path in fresh)


def test_anchors_and_journals_without_their_backup_are_removed_and_nothing_else(tmp_path: Path) -> None:
    db = dutylog_file(tmp_path / "office.sqlite3")
    folder = tmp_path / "backups"
    good = make_backup(db, folder, "manual", now=T0)
    gone = backup_name(db, "manual", T0 + timedelta(minutes=1))
    orphans = [folder / f"{gone}.anchor", folder / f"{gone}-journal", folder / f"{gone}-wal"]
    kept = [
        folder / "office-damaged-20261101-080000-000000.sqlite3.damaged",
        folder / "office-damaged-20261101-080000-000000.sqlite3.damaged.anchor",
        folder / "office-manual-20261101-080000-000000.sqlite3.unusable",
        folder / "office-manual-20261101-080000-000000.sqlite3.unusable-journal",
        folder / "other-manual-20261101-080000-000000.sqlite3.anchor",  # another database's
        folder / "readme.txt",
    ]
    for path in orphans + kept:
        path.write_bytes(b"x")
    assert sorted(clean_leftovers(db, folder)) == sorted(orphans)
    assert _names(folder) == {good.name, f"{good.name}.anchor", *(path.name for path in kept)}


def test_every_backup_first_clears_leftovers(tmp_path: Path) -> None:
    db = dutylog_file(tmp_path / "office.sqlite3")
    folder = tmp_path / "backups"
    folder.mkdir()
    _leftovers(folder, backup_name(db, "manual", T0), pid=_ended_process())
    copy = make_backup(db, folder, "manual", now=T0 + timedelta(minutes=1))
    assert _names(folder) == {copy.name, f"{copy.name}.anchor"}
