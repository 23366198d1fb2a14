"""Evidence folders and files are created owner-only even under a permissive umask."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from dutylog.services.office import Office
from dutylog.storage.files import private_dir, private_file


@pytest.fixture
def open_umask() -> Iterator[None]:
    old = os.umask(0o002)
    yield
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_private_dir_and_file(tmp_path: Path, open_umask: None) -> None:
    folder = private_dir(tmp_path / "evidence" / "2026-001")
    assert _mode(folder) == 0o700
    with private_file(folder / "page.html") as handle:
        handle.write("<html>证据</html>".encode())
    assert _mode(folder / "page.html") == 0o600
    (tmp_path / "loose").mkdir(mode=0o755)
    assert _mode(private_dir(tmp_path / "loose")) == 0o700


def test_new_database_and_its_backups_are_private(tmp_path: Path, open_umask: None) -> None:
    db = tmp_path / "new" / "office.sqlite3"
    office = Office.open(db)
    try:
        office.staff.add("张伟")
        backup = office.backups.backup()
        for path in (db, Path(f"{db}-wal"), Path(f"{db}-shm"), backup):
            assert _mode(path) == 0o600, path
        assert _mode(db.parent) == 0o700 and _mode(backup.parent) == 0o700
    finally:
        office.close()
