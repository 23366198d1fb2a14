"""Turn a file path or SQLAlchemy URL into an engine with the right connection settings."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from dutylog.domain.errors import DatabaseError

BUSY_TIMEOUT_MS = 10_000
# Execution option naming how SQLite transactions begin: "IMMEDIATE" (default) or "DEFERRED".
BEGIN_OPTION = "dutylog_sqlite_begin"

# Fail fast when the server is unreachable: the GUI shows a banner and retries by itself.
SERVER_CONNECT_TIMEOUT_S = 5


def resolve_url(target: str | os.PathLike[str]) -> URL:
    """Accept ``sqlite:///x``, ``postgresql+psycopg://...`` or a plain file path."""
    text = os.fspath(target)
    if text == ":memory:":
        return URL.create("sqlite+pysqlite", database=":memory:")
    if "://" in text:
        try:
            return make_url(text)
        except (ArgumentError, ValueError) as exc:  # ValueError: a port that is not a number
            raise DatabaseError(f"无法识别的数据库地址：{exc}", code="bad_url") from None
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


# The package to install for each database driver a URL may name.
DRIVER_PACKAGES = {"psycopg": "psycopg[binary]", "psycopg2": "psycopg2-binary", "pg8000": "pg8000"}


def make_engine(url: URL, *, read_only: bool = False) -> Engine:
    """An engine for ``url``; ``read_only`` makes the connections themselves refuse to write."""
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url, read_only=read_only)
    try:
        return _server_engine(url, read_only=read_only)
    except ModuleNotFoundError as exc:
        driver = url.get_driver_name()
        package = DRIVER_PACKAGES.get(driver, exc.name or driver)
        raise DatabaseError(
            f'缺少数据库驱动 {driver}：请安装 Python 包 {package}（pip install "{package}"）。',
            code="missing_driver",
        ) from exc
    except (NoSuchModuleError, ArgumentError) as exc:
        raise DatabaseError(f"无法识别的数据库地址 {describe(url)}：{exc}", code="bad_url") from exc


def _server_engine(url: URL, *, read_only: bool) -> Engine:
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
            "options": "-c jit=off" + (" -c default_transaction_read_only=on" if read_only else ""),
        }
    return create_engine(url, pool_pre_ping=True, connect_args=connect_args)


def _sqlite_engine(url: URL, *, read_only: bool) -> Engine:
    timeout = BUSY_TIMEOUT_MS / 1000
    path = sqlite_path(url)
    if read_only and path is not None:
        # Never creates the file (mode=rw, not rwc), and `query_only` refuses every write.
        # Read-write at the file level on purpose: the last connection to close then tidies
        # the -wal/-shm files away as usual; a file on read-only media is opened mode=ro.
        base = f"file:{quote(str(path))}"

        def connect() -> sqlite3.Connection:
            try:
                return sqlite3.connect(f"{base}?mode=rw", uri=True, timeout=timeout, check_same_thread=False)
            except sqlite3.OperationalError:
                return sqlite3.connect(f"{base}?mode=ro", uri=True, timeout=timeout, check_same_thread=False)

        engine = create_engine(url, creator=connect)
    else:
        engine = create_engine(url, connect_args={"timeout": timeout})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions start,
        # so that DDL in migrations is transactional too.
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        if read_only:
            cursor.execute("PRAGMA query_only=ON")
        else:
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
        mode = "DEFERRED" if read_only else conn.get_execution_options().get(BEGIN_OPTION, "IMMEDIATE")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine
