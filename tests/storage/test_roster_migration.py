"""Migration 0002_roster on a database that already has duties (created at 0001)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from dutylog.storage.database import Database
from dutylog.storage.migrate import alembic_config


def test_existing_duties_upgrade_as_manual_and_new_tables_appear(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    command.upgrade(alembic_config(engine), "0001")
    engine.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO staff (id, name, phone, title, is_officer, is_leader, is_standby, active, note,"
            " version) VALUES (1, '张伟', '', '', 1, 0, 0, 1, '', 1)"
        )
        conn.execute(
            "INSERT INTO duty_slot (duty_date, shift, role, staff_id, note, created_at)"
            " VALUES ('2026-11-01', 'full', 'officer', 1, '', '2026-10-20 09:00:00')"
        )
    conn.close()
    Database.open(path).close()
    with sqlite3.connect(path) as conn:
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        origin = conn.execute("SELECT origin FROM duty_slot").fetchall()
    conn.close()
    assert {"staff_leave", "holiday_day", "holiday_year", "special_period", "duty_change"} <= names
    assert origin == [("manual",)]
