"""The start-up check reads revisions without Alembic; it must agree with Alembic."""

from __future__ import annotations

from pathlib import Path

from alembic.script import ScriptDirectory

from dutylog.storage.database import Database
from dutylog.storage.migrate import alembic_config, known_revisions


def test_known_revisions_match_alembic(db_path: Path) -> None:
    db = Database.open(db_path)
    script = ScriptDirectory.from_config(alembic_config(db.engine))
    revisions, heads = known_revisions()
    assert revisions == {rev.revision for rev in script.walk_revisions()}
    assert heads == set(script.get_heads())
    db.close()
