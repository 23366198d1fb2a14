"""The search index is built for existing rows when migrating, and its triggers stay in place."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from alembic import command

from dutylog.office import Office
from dutylog.storage import migrate
from dutylog.storage.engine import make_engine, resolve_url
from tests.conftest import FakeClock

TRIGGERS = {
    "matter_fts_ai",
    "matter_fts_ad",
    "matter_fts_au",
    "log_fts_ai",
    "log_fts_ad",
    "log_fts_au",
    "matter_log_fts_ai",
    "matter_log_fts_ad",
    "matter_log_fts_au_old",
    "matter_log_fts_au_new",
}


def test_every_search_trigger_survives_all_migrations(db_path: Path) -> None:
    # A later migration that rebuilt `matter` or `log_entry` (SQLite batch mode)
    # would drop these silently and the search would go stale: this test says so.
    Office.open(db_path).close()
    with sqlite3.connect(db_path) as conn:
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    conn.close()
    assert names >= TRIGGERS


def test_upgrading_a_database_with_matters_indexes_them_and_keeps_numbers_used(db_path: Path) -> None:
    engine = make_engine(resolve_url(db_path))
    command.upgrade(migrate.alembic_config(engine), "0001")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO matter (id, number, year, seq, title, summary, source, url, author_name, "
            "discovered_at, grade, sentiment, status, outcome, posts_removed, created_at, updated_at, "
            "version) "
            "VALUES (7, 'YQ-2026-0041', 2026, 41, '旧库中的删帖事项', '', '', '', '', '2026-03-01 09:00:00', "
            "'ordinary', 'negative', 'found', '', 0, '2026-03-01 09:00:00', '2026-03-01 09:00:00', 1)"
        )
        conn.exec_driver_sql(
            "INSERT INTO log_entry (id, occurred_at, duty_date, shift, kind, text, details, matter_id, "
            "created_at, version) VALUES (3, '2026-03-01 09:05:00', '2026-03-01', 'day', 'other', "
            "'旧日志：要求平台处理', '{}', 7, '2026-03-01 09:05:00', 1)"
        )
    engine.dispose()
    office = Office.open(db_path, clock=FakeClock())
    try:
        assert [m.number for m in office.matters.search("删帖")] == ["YQ-2026-0041"]
        assert [m.number for m in office.matters.search("平台处理")] == ["YQ-2026-0041"]
        assert [e.id for e in office.log.search("旧日志")] == [3]
        later = datetime(2026, 3, 2, 9, 0)
        assert office.matters.add("新事项", discovered_at=later).number == "YQ-2026-0042"
    finally:
        office.close()
