"""What may be opened, and what may be created: reads never make a database, nothing replaces a lost one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from dutylog.domain.errors import DatabaseError
from dutylog.domain.office.connection import OpenMode
from dutylog.office import Office
from dutylog.storage import anchor
from dutylog.storage.database import Database

pytestmark = pytest.mark.sqlite_only("these rules are about the file an SQLite database lives in")


def made(path: Path) -> Path:
    """A database with one audited record, so that its anchor file exists beside it."""
    office = Office.open(path)
    try:
        office.staff.add("张伟")
    finally:
        office.close()
    return path


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("mode", [OpenMode.READ, OpenMode.WRITE])
def test_a_missing_file_is_an_error_and_nothing_is_created(tmp_path: Path, mode: OpenMode) -> None:
    target = tmp_path / "new" / "office.sqlite3"
    with pytest.raises(DatabaseError) as caught:
        Database.open(target, mode=mode)
    assert caught.value.code == "no_database"
    assert str(target) in caught.value.message
    assert not target.parent.exists()


def test_create_makes_a_new_database_in_a_new_folder(tmp_path: Path) -> None:
    target = tmp_path / "new" / "office.sqlite3"
    Database.open(target, mode=OpenMode.CREATE).close()
    assert Database.open(target, mode=OpenMode.READ).read_only


@pytest.mark.parametrize("mode", [OpenMode.READ, OpenMode.WRITE])
def test_an_empty_file_is_not_a_database(tmp_path: Path, mode: OpenMode) -> None:
    target = tmp_path / "office.sqlite3"
    target.touch()
    with pytest.raises(DatabaseError) as caught:
        Database.open(target, mode=mode)
    assert caught.value.code == "empty_database"
    assert target.stat().st_size == 0


@pytest.mark.parametrize("mode", list(OpenMode))
def test_a_truncated_database_is_never_replaced(tmp_path: Path, mode: OpenMode) -> None:
    target = made(tmp_path / "office.sqlite3")
    assert anchor.beside(target).exists()
    target.write_bytes(b"")
    with pytest.raises(DatabaseError) as caught:
        Database.open(target, mode=mode)
    assert caught.value.code == "truncated"
    assert target.stat().st_size == 0


def test_a_deleted_database_with_its_anchor_left_is_not_recreated(tmp_path: Path) -> None:
    target = made(tmp_path / "office.sqlite3")
    target.unlink()
    with pytest.raises(DatabaseError) as caught:
        Database.open(target, mode=OpenMode.CREATE)
    assert caught.value.code == "missing_database"
    assert not target.exists()


@pytest.mark.parametrize("mode", list(OpenMode))
def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path, mode: OpenMode) -> None:
    target = tmp_path / "notes.txt"
    target.write_text("值班记录" * 100, encoding="utf-8")
    with pytest.raises(DatabaseError) as caught:
        Database.open(target, mode=mode)
    assert caught.value.code == "not_a_database"
    assert target.read_text(encoding="utf-8") == "值班记录" * 100


@pytest.mark.parametrize("mode", list(OpenMode))
def test_someone_elses_sqlite_database_is_refused_and_left_alone(tmp_path: Path, mode: OpenMode) -> None:
    target = tmp_path / "other.db"
    with sqlite3.connect(target) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.close()
    with pytest.raises(DatabaseError) as caught:
        Database.open(target, mode=mode)
    assert caught.value.code == "not_a_database"
    with sqlite3.connect(target) as conn:
        tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    conn.close()
    assert tables == ["contacts"]


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError) as caught:
        Database.open(tmp_path, mode=OpenMode.CREATE)
    assert caught.value.code == "not_a_database"


def test_a_read_only_database_refuses_writes(tmp_path: Path) -> None:
    target = made(tmp_path / "office.sqlite3")
    db = Database.open(target, mode=OpenMode.READ)
    try:
        with pytest.raises(DatabaseError), db.transaction() as store:
            store.settings.set("unit_name", "改名")
        with db.transaction() as store:
            assert store.session.execute(text("SELECT count(*) FROM staff")).scalar_one() == 1
    finally:
        db.close()


def test_reading_a_database_changes_no_file(tmp_path: Path) -> None:
    target = made(tmp_path / "office.sqlite3")
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file() and "-" not in p.name}
    db = Database.open(target, mode=OpenMode.READ)
    with db.transaction() as store:
        store.is_empty()
    db.close()
    after = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file() and "-" not in p.name}
    assert after == before
