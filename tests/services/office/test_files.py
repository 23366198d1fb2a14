"""Database, WAL/SHM, backups and evidence are created owner-only even under a permissive umask."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from dutylog.office import Office


@pytest.fixture
def open_umask() -> Iterator[None]:
    old = os.umask(0o002)
    yield
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_database_backups_and_evidence_are_private(tmp_path: Path, open_umask: None) -> None:
    db = tmp_path / "new" / "office.sqlite3"
    office = Office.open(db)
    try:
        matter = office.matters.add("某小区停水引发关注")
        evidence = office.matters.evidence.attach_bytes(matter.id, b"<html>page</html>", filename="page.html")
        backup = office.backups.backup()
        stored = [p for p in (db.parent / "evidence").rglob("*") if p.is_file()]
        assert evidence is not None and stored
        for path in (db, Path(f"{db}-wal"), Path(f"{db}-shm"), backup, *stored):
            assert _mode(path) == 0o600, path
        for folder in (db.parent, backup.parent, db.parent / "evidence", *(p.parent for p in stored)):
            assert _mode(folder) == 0o700, folder
    finally:
        office.close()
