"""Migration 0012_plans: the plans tables it creates are the ORM models, on both backends."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, inspect

from dutylog.storage.database import Database
from dutylog.storage.migrate import alembic_config
from tests.helpers.schema import differences_touching

PLAN_TABLES = {
    "plan",
    "plan_step",
    "matter_plan",
    "matter_plan_step",
    "keyword",
    "matter_keyword",
    "drill",
    "drill_person",
}


def test_migrated_plans_tables_match_the_models(db_target: str | Path) -> None:
    assert differences_touching(db_target, PLAN_TABLES) == []


def test_downgrade_drops_the_plans_tables_and_upgrade_restores_them(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    Database.open(path).close()
    engine = create_engine(f"sqlite:///{path}")
    try:
        command.downgrade(alembic_config(engine), "0011_watch_roster")
        assert PLAN_TABLES.isdisjoint(inspect(engine).get_table_names())
        command.upgrade(alembic_config(engine), "0012_plans")
        assert set(inspect(engine).get_table_names()) >= PLAN_TABLES
    finally:
        engine.dispose()
