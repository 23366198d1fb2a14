"""How a migrated database differs from the ORM models, table by table."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from dutylog.storage.database import Database
from dutylog.storage.models import Base


def differences_touching(db_target: str | Path, tables: set[str]) -> list[object]:
    """Alembic's differences between the migrated file and the models that name one of ``tables``."""
    db = Database.open(db_target)
    try:
        with db.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            differences = compare_metadata(context, Base.metadata)
    finally:
        db.close()

    def touches(diff: object) -> bool:
        text = repr(diff)
        return any(f"'{table}'" in text or f"Table('{table}'" in text for table in tables)

    return [diff for diff in differences if touches(diff)]
