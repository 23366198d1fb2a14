"""Migration 0013_monthly_bulletin: briefings gain a kind; every existing one is a daily briefing."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, inspect, text

from dutylog.domain.enums import BriefingKind, DutyRole
from dutylog.office import Office
from dutylog.storage.migrate import alembic_config
from tests.conftest import FakeClock
from tests.helpers.schema import differences_touching


def test_the_migrated_briefing_table_matches_the_model(db_target: str | Path) -> None:
    assert differences_touching(db_target, {"briefing"}) == []


def test_briefings_signed_before_the_migration_stay_daily_and_intact(
    tmp_path: Path, clock: FakeClock
) -> None:
    path = tmp_path / "old.sqlite3"
    office = Office.open(path, clock=clock)
    leader = office.staff.add("王建国", roles=[DutyRole.LEADER])
    briefing = office.briefings.draft(clock.now.date(), author_id=None)
    office.briefings.submit(briefing.id, author_id=None)
    office.briefings.sign(briefing.id, reviewer_id=leader.id)
    office.close()
    engine = create_engine(f"sqlite:///{path}")
    try:
        command.downgrade(alembic_config(engine), "0012_plans")
        assert "kind" not in {column["name"] for column in inspect(engine).get_columns("briefing")}
        command.upgrade(alembic_config(engine), "head")
        with engine.connect() as conn:
            assert conn.execute(text("SELECT kind FROM briefing")).scalars().all() == ["daily"]
    finally:
        engine.dispose()
    reopened = Office.open(path, clock=clock)
    try:
        assert reopened.briefings.get(briefing.id).kind is BriefingKind.DAILY
        assert reopened.briefings.verify(briefing.id)
    finally:
        reopened.close()
