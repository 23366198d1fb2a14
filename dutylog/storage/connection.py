"""Connection profiles as SQLAlchemy URLs, and the "test connection" round trip.

URLs are built with ``URL.create`` and rendered by SQLAlchemy, never by string
formatting, so user names and passwords with ``@ : / % #`` or Chinese survive.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

from dutylog.domain.errors import DatabaseError
from dutylog.domain.office.connection import Backend, ConnectionCheck, ConnectionProfile
from dutylog.paths import default_database_path
from dutylog.storage.engine import SERVER_CONNECT_TIMEOUT_S, sqlite_path

PG_DRIVER = "postgresql+psycopg"
SCHEMA_MARK = "alembic_version"  # every migrated DutyLog database has it

# Substrings of libpq / psycopg messages (lower case) and what they mean to a person.
_PG_REASONS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("password authentication failed",), "用户名或密码错误"),
    (("no password supplied", "fe_sendauth"), "服务器要求密码，请填写密码"),
    (("connection refused",), "服务器拒绝连接：请检查地址和端口，以及数据库服务是否已启动"),
    (("timeout expired", "timed out"), "连接超时：服务器无响应，请检查网络和防火墙"),
    (
        ("could not translate host name", "name or service not known", "nodename nor servname"),
        "找不到该服务器地址",
    ),
    (("no pg_hba.conf entry",), "服务器不允许本机连接（请在 pg_hba.conf 中放行）"),
    (("database", "does not exist"), "服务器上没有这个数据库"),
    (("role", "does not exist"), "服务器上没有这个用户"),
)


def sqlite_file(profile: ConnectionProfile) -> Path:
    if profile.backend is Backend.SQLITE_DEFAULT:
        return default_database_path()
    return Path(profile.sqlite_path).expanduser().absolute()


def profile_url(profile: ConnectionProfile) -> URL:
    if profile.backend is Backend.POSTGRESQL:
        return URL.create(
            PG_DRIVER,
            username=profile.user,
            password=profile.password or None,
            host=profile.host,
            port=profile.port,
            database=profile.database,
        )
    return URL.create("sqlite+pysqlite", database=str(sqlite_file(profile)))


def profile_target(profile: ConnectionProfile) -> str:
    """What ``Database.open`` takes: a file path, or the URL with its password.

    A file stays a path: as a URL, a ``?`` or ``#`` in its name would be read as a query.
    """
    if profile.backend is Backend.POSTGRESQL:
        return profile_url(profile).render_as_string(hide_password=False)
    return str(sqlite_file(profile))


def profile_from_url(url: URL) -> ConnectionProfile | None:
    """The profile of an open database, to start the form from; None for other backends."""
    path = sqlite_path(url)
    if path is not None:
        if path == default_database_path():
            return ConnectionProfile(Backend.SQLITE_DEFAULT)
        return ConnectionProfile(Backend.SQLITE_FILE, sqlite_path=str(path))
    if url.get_backend_name() != "postgresql":
        return None
    return ConnectionProfile(
        Backend.POSTGRESQL,
        host=url.host or "",
        port=url.port or 5432,
        database=url.database or "",
        user=url.username or "",
        password=url.password if isinstance(url.password, str) else "",
    )


def check_connection(
    profile: ConnectionProfile, *, timeout_s: int = SERVER_CONNECT_TIMEOUT_S
) -> ConnectionCheck:
    """Connect, run a query and close; DatabaseError with a Chinese reason when that fails.

    Nothing is created or migrated: a missing SQLite file is only checked for a writable folder.
    """
    if profile.backend is Backend.POSTGRESQL:
        return _check_server(profile, timeout_s)
    return _check_sqlite(sqlite_file(profile))


def _check_server(profile: ConnectionProfile, timeout_s: int) -> ConnectionCheck:
    url = profile_url(profile)
    where = url.render_as_string(hide_password=True)
    try:
        # NullPool: a test connection must not linger in a pool after the answer.
        engine = create_engine(
            url,
            poolclass=NullPool,
            connect_args={"connect_timeout": max(2, timeout_s), "application_name": "dutylog"},
        )
    except ModuleNotFoundError as exc:
        raise DatabaseError(
            "未安装 PostgreSQL 驱动：请执行 pip install 'dutylog[postgres]'。", code="no_driver"
        ) from exc
    try:
        with engine.connect() as conn:
            version = str(conn.execute(text("SHOW server_version")).scalar_one())
            has_data = inspect(conn).has_table(SCHEMA_MARK)
    except SQLAlchemyError as exc:
        detail = _detail(exc)
        raise DatabaseError(
            f"无法连接到 {where}：{_pg_reason(detail)}（{detail}）", code="connect_failed"
        ) from exc
    finally:
        engine.dispose()
    return ConnectionCheck(where, f"PostgreSQL {version}", has_dutylog_data=has_data)


def _check_sqlite(path: Path) -> ConnectionCheck:
    version = f"SQLite {sqlite3.sqlite_version}"
    if path.is_dir():
        raise DatabaseError(f"{path} 是文件夹，请选择数据库文件。", code="connect_failed")
    if not path.exists():
        folder = _nearest_existing(path.parent)
        if not os.access(folder, os.W_OK):
            raise DatabaseError(f"无法在 {folder} 中创建数据库文件：没有写入权限。", code="connect_failed")
        return ConnectionCheck(description=str(path), server_version=version, has_dutylog_data=False)
    # Read-only, so a test never creates, locks or changes the file.
    uri = f"{path.resolve().as_uri()}?mode=ro"
    engine = create_engine("sqlite+pysqlite://", poolclass=NullPool, creator=lambda: _open_ro(uri))
    try:
        with engine.connect() as conn:
            has_data = inspect(conn).has_table(SCHEMA_MARK)
    except SQLAlchemyError as exc:
        raise DatabaseError(f"无法打开数据库文件 {path}：{_detail(exc)}", code="connect_failed") from exc
    finally:
        engine.dispose()
    return ConnectionCheck(description=str(path), server_version=version, has_dutylog_data=has_data)


def _open_ro(uri: str) -> sqlite3.Connection:
    return sqlite3.connect(uri, uri=True, check_same_thread=False)


def _nearest_existing(folder: Path) -> Path:
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    return folder


def _detail(exc: SQLAlchemyError) -> str:
    orig = getattr(exc, "orig", None)
    lines = str(orig if orig is not None else exc).strip().splitlines()
    return lines[0].strip() if lines else type(exc).__name__


def _pg_reason(detail: str) -> str:
    lowered = detail.lower()
    for needles, reason in _PG_REASONS:
        if all(needle in lowered for needle in needles):
            return reason
    return "连接失败"
