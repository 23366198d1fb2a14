"""Bump and read the per-area change counters (see models_changes)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from dutylog.storage.models_changes import ChangeCounter

_PENDING = "dutylog_changed_areas"


class ChangeRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    def bump(self, area: str) -> None:
        """Record that this transaction changed ``area``; written when the transaction commits."""
        pending: set[str] = self.session.info.setdefault(_PENDING, set())
        pending.add(area)

    def flush(self) -> None:
        """Increment the counters of the areas bumped in this transaction, in a fixed order."""
        pending: set[str] = self.session.info.pop(_PENDING, set())
        if not pending:
            return
        dialect = self.session.get_bind().dialect.name
        make_insert: Any = pg_insert if dialect == "postgresql" else sqlite_insert
        for area in sorted(pending):
            statement = make_insert(ChangeCounter).values(area=area, serial=1)
            statement = statement.on_conflict_do_update(
                index_elements=[ChangeCounter.area],
                set_={"serial": ChangeCounter.serial + 1},
            )
            self.session.execute(statement)

    def serials(self) -> dict[str, int]:
        return {
            area: serial
            for area, serial in self.session.execute(select(ChangeCounter.area, ChangeCounter.serial))
        }
