from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from dutylog.domain.errors import DatabaseError, SchemaTooNewError
from dutylog.storage.database import Database

CORE_TABLES = {
    "setting",
    "unit",
    "staff",
    "duty_slot",
    "log_entry",
    "matter",
    "matter_event",
    "matter_tag",
    "matter_measure",
    "briefing",
    "app_user",
    "audit_log",
}


def tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def test_migrations_create_the_schema_on_an_empty_file(db_path: Path) -> None:
    Database.open(db_path).close()
    assert tables(db_path) >= CORE_TABLES
    assert "alembic_version" in tables(db_path)


def test_opening_again_is_idempotent_and_makes_no_backup(db_path: Path) -> None:
    Database.open(db_path).close()
    before = tables(db_path)
    Database.open(db_path).close()
    assert tables(db_path) == before
    assert not (db_path.parent / "backups").exists()


def test_database_file_is_owner_only(db_path: Path) -> None:
    Database.open(db_path).close()
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def test_connection_settings(db_path: Path) -> None:
    db = Database.open(db_path)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    db.close()


def test_existing_file_is_backed_up_before_migrating(db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        conn.execute("INSERT INTO notes (body) VALUES ('值班记录')")
    Database.open(db_path).close()
    backups = list((db_path.parent / "backups").glob("*.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT body FROM notes").fetchall() == [("值班记录",)]
        assert "staff" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}


def test_newer_schema_is_refused_and_left_untouched(db_path: Path) -> None:
    Database.open(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = db_path.read_bytes()
    with pytest.raises(SchemaTooNewError) as info:
        Database.open(db_path)
    assert "9999_future" in info.value.message
    assert db_path.read_bytes() == before


def test_a_failing_migration_leaves_no_half_schema(db_path: Path) -> None:
    # A stray table named like one the migration creates makes it fail part-way.
    with sqlite3.connect(db_path) as conn:
        conn.execute("CREATE TABLE matter (x INTEGER)")
    with pytest.raises(DatabaseError) as info:
        Database.open(db_path)
    assert info.value.code == "migration_failed"
    assert tables(db_path) == {"matter"}


def test_unreadable_target_gives_a_database_error(tmp_path: Path) -> None:
    folder = tmp_path / "a-folder.sqlite3"
    folder.mkdir()
    with pytest.raises(DatabaseError):
        Database.open(folder)
