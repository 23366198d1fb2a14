"""Fixed SQL run by sqlite3 itself inside the session's transaction, for the hottest reads.

SQLAlchemy's statement handling costs about 0.1-0.15 ms a statement: nothing for most
reads, but as much as the query itself for a search's vocabulary seeks or a ledger page
(storage/search.py, storage/repos/matters/plain_rows.py). Errors are wrapped as
SQLAlchemy wraps them, so callers see the usual DBAPIError.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session


def driver_rows(session: Session, sql: str, params: Mapping[str, Any] | Sequence[Any]) -> list[Any]:
    """Rows of ``sql`` on the session's SQLite connection (its open transaction)."""
    raw = session.connection().connection.driver_connection
    assert isinstance(raw, sqlite3.Connection), "plain SQL here is SQLite's"
    try:
        return raw.execute(sql, params).fetchall()
    except sqlite3.Error as error:
        raise DBAPIError.instance(sql, params, error, sqlite3.Error) from error
