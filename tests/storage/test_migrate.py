from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from dutylog.domain.errors import DatabaseError, SchemaTooNewError
from dutylog.storage.database import Database
from dutylog.storage.migrate import alembic_config

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


def at_first_revision(path: Path) -> Path:
    """A DutyLog database as the first release left it (revision 0001), with a record in it."""
    from alembic import command
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{path}")
    try:
        command.upgrade(alembic_config(engine), "0001")
    finally:
        engine.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO setting (key, value) VALUES ('unit_name', '值班室')")
    conn.close()
    return path


def test_existing_file_is_backed_up_before_migrating(db_path: Path) -> None:
    at_first_revision(db_path)
    Database.open(db_path).close()
    backups = list((db_path.parent / "backups").glob("*.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT value FROM setting WHERE key = 'unit_name'").fetchall() == [("值班室",)]
        assert "holiday_day" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    assert "holiday_day" in tables(db_path)


def test_someone_elses_database_is_not_migrated(db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.close()
    with pytest.raises(DatabaseError) as info:
        Database.open(db_path)
    assert info.value.code == "not_a_database"
    assert tables(db_path) == {"notes"}
    assert not (db_path.parent / "backups").exists()


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
    # A stray table named like one the next migration creates makes it fail part-way.
    at_first_revision(db_path)
    with sqlite3.connect(db_path) as conn:
        conn.execute("CREATE TABLE special_period (x INTEGER)")
    conn.close()
    before = tables(db_path)
    with pytest.raises(DatabaseError) as info:
        Database.open(db_path)
    assert info.value.code == "migration_failed"
    assert tables(db_path) == before


def test_unreadable_target_gives_a_database_error(tmp_path: Path) -> None:
    folder = tmp_path / "a-folder.sqlite3"
    folder.mkdir()
    with pytest.raises(DatabaseError):
        Database.open(folder)
