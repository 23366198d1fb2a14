"""Migration 0009_supervision on a database that already has units and submissions (at 0008)."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from dutylog.office import Office
from dutylog.storage.migrate import alembic_config


def test_existing_units_become_active_departments_and_submissions_keep_their_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    command.upgrade(alembic_config(engine), "0008_pg_search")
    engine.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO unit (id, name, sort_order) VALUES (1, '县住建局', 0)")
        conn.execute(
            "INSERT INTO upward_submission (id, sent_on, title, recipient, adopted, instructed, note,"
            " created_at, version)"
            " VALUES (1, '2026-11-02', '信息', '市网信办', 1, 0, '', '2026-11-02 09:00:00', 1)"
        )
    conn.close()
    office = Office.open(path)
    try:
        [unit] = office.units.units()
        assert (unit.name, unit.kind.value, unit.active, unit.short_name, unit.contacts) == (
            "县住建局",
            "department",
            True,
            "",
            (),
        )
        day = date(2026, 11, 2)
        [submission] = office.submissions.between(day, day)
        assert submission.title == "信息"
        office.supervision.set_submission_unit(submission.id, "县住建局")
    finally:
        office.close()
    engine = create_engine(f"sqlite:///{path}")
    try:
        command.downgrade(alembic_config(engine), "0008_pg_search")
    finally:
        engine.dispose()
    with sqlite3.connect(path) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        units = conn.execute("SELECT name FROM unit").fetchall()
    conn.close()
    assert "matter_assignment" not in tables and "unit_contact" not in tables and units == [("县住建局",)]
