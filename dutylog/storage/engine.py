"""Turn a file path or SQLAlchemy URL into an engine with the right connection settings."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

BUSY_TIMEOUT_MS = 10_000
# Execution option naming how SQLite transactions begin: "IMMEDIATE" (default) or "DEFERRED".
BEGIN_OPTION = "dutylog_sqlite_begin"

# Fail fast when the server is unreachable: the GUI shows a banner and retries by itself.
SERVER_CONNECT_TIMEOUT_S = 5


def resolve_url(target: str | os.PathLike[str]) -> URL:
    """Accept ``sqlite:///x``, ``postgresql+psycopg://...`` or a plain file path."""
    text = os.fspath(target)
    if "://" in text:
        return make_url(text)
    path = Path(text).expanduser().resolve()
    return URL.create("sqlite+pysqlite", database=str(path))


def sqlite_path(url: URL) -> Path | None:
    """The file behind an SQLite URL, or None for another backend or an in-memory database."""
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def describe(url: URL) -> str:
    """A short, password-free description for status bars and messages."""
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    return url.render_as_string(hide_password=True)


def make_engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url)
    return _server_engine(url)


def _server_engine(url: URL) -> Engine:
    """PostgreSQL (psycopg 3): a checked pool; READ COMMITTED, the server's default isolation.

    Optimistic locking (``UPDATE ... WHERE version = :seen``) is safe under READ COMMITTED:
    a concurrent writer's UPDATE waits, re-reads the row, then matches nothing.

    JIT compilation is off for these sessions: the app's queries each touch a page or
    an index range, and compiling one costs 20-30 ms more than running it.
    """
    connect_args: dict[str, Any] = {}
    if url.get_backend_name() == "postgresql":
        connect_args = {
            "connect_timeout": SERVER_CONNECT_TIMEOUT_S,
            "application_name": "dutylog",
            "options": "-c jit=off",
        }
    return create_engine(url, pool_pre_ping=True, connect_args=connect_args)


def _sqlite_engine(url: URL) -> Engine:
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions start,
        # so that DDL in migrations is transactional too.
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # IMMEDIATE takes the write lock at the start (waiting up to busy_timeout), so a
        # transaction that reads and then writes never finds its snapshot stale when
        # another workstation committed in between ("database is locked" at once).
        # Pure reads may ask for DEFERRED through the execution option below.
        mode = conn.get_execution_options().get(BEGIN_OPTION, "IMMEDIATE")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine
