"""Bump and read the per-area change counters (see storage.models.office).

Writes are noticed automatically: every ORM insert/update/delete in a transaction
marks the area of its table (``area_of``), and the counters are incremented just
before the commit. ``store.changes.bump(area)`` marks an area by hand, for writes the
ORM does not see (raw SQL).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from dutylog.storage.models import ChangeCounter

_PENDING = "dutylog_changed_areas"

# Table name prefix -> area shown to the GUI; first match wins.
_AREAS = (
    ("log_", "log"),
    ("shift_closure", "log"),
    ("matter", "matters"),
    ("evidence", "matters"),
    ("ledger", "matters"),
    ("duty_", "roster"),
    ("staff_leave", "roster"),
    ("special_period", "roster"),
    ("holiday", "roster"),
    ("briefing", "briefings"),
    ("upward_submission", "briefings"),
    ("staff", "staff"),
    ("unit", "staff"),
    ("setting", "settings"),
    ("app_user", "accounts"),
)
# Bookkeeping that accompanies other writes: not a change anyone needs to see.
_SILENT = frozenset({"change_counter", "audit_log", "audit_head"})


def area_of(table: str) -> str | None:
    if table in _SILENT:
        return None
    for prefix, area in _AREAS:
        if table.startswith(prefix):
            return area
    return table


class ChangeRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    def bump(self, area: str) -> None:
        """Record that this transaction changed ``area``; written when the transaction commits."""
        pending: set[str] = self.session.info.setdefault(_PENDING, set())
        pending.add(area)

    def pending(self) -> frozenset[str]:
        """The areas this transaction has changed so far (pending ORM writes included)."""
        self.session.flush()
        return frozenset(self.session.info.get(_PENDING, ()))

    def flush(self) -> None:
        """Increment the counters of the areas changed in this transaction, in a fixed order."""
        self.session.flush()  # let pending ORM objects announce their areas first
        pending: set[str] = self.session.info.pop(_PENDING, set())
        if not pending:
            return
        # The dialect's own upsert, imported here: a read never pays for the other backend's module.
        make_insert: Any
        if self.session.get_bind().dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as make_insert
        else:
            from sqlalchemy.dialects.sqlite import insert as make_insert
        for area in sorted(pending):
            statement = make_insert(ChangeCounter).values(area=area, serial=1)
            statement = statement.on_conflict_do_update(
                index_elements=[ChangeCounter.area],
                set_={"serial": ChangeCounter.serial + 1},
            )
            self.session.execute(statement)

    def serials(self) -> dict[str, int]:
        rows = self.session.execute(select(ChangeCounter.area, ChangeCounter.serial))
        return {area: serial for area, serial in rows}


def track_changes(sessions: sessionmaker[Session]) -> None:
    """Mark the area of every ORM write made through ``sessions``."""

    def mark(session: Session, table: str | None) -> None:
        area = area_of(table) if table else None
        if area is not None:
            session.info.setdefault(_PENDING, set()).add(area)

    @event.listens_for(sessions, "before_flush")
    def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
        for obj in [*session.new, *session.deleted]:
            mark(session, getattr(obj, "__tablename__", None))
        for obj in session.dirty:
            if session.is_modified(obj):
                mark(session, getattr(obj, "__tablename__", None))

    @event.listens_for(sessions, "do_orm_execute")
    def _on_execute(state: ORMExecuteState) -> None:
        if state.is_insert or state.is_update or state.is_delete:
            table = getattr(state.statement, "table", None)
            mark(state.session, getattr(table, "name", None))
