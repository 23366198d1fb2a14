"""Transaction-scoped locks for read-then-write steps (numbering: max + 1).

Two workstations on PostgreSQL (READ COMMITTED) could both read the same maximum and
draw the same number; the advisory lock makes the second wait for the first to commit.
On SQLite the write transaction (BEGIN IMMEDIATE) already serialises writers; a write
that changes nothing takes the file's write lock if a deferred transaction calls this.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session


def serialize(session: Session, key: str) -> None:
    """Call FIRST in the transaction, before reading what the write depends on."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:key))"), {"key": key})
    else:
        session.execute(text("UPDATE change_counter SET serial = serial WHERE 1 = 0"))
