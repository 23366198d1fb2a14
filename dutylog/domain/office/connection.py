"""This workstation's database connection: what may be saved, and the rules it must meet.

A profile names one of three targets: the embedded default SQLite file, another SQLite
file, or a PostgreSQL server. It is pure data; turning it into a SQLAlchemy URL is the
storage layer's job (``dutylog.storage.connection``), keeping user names and passwords
with any character intact.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, replace
from enum import Enum, StrEnum
from pathlib import Path

from dutylog.domain.errors import ValidationError

DEFAULT_PG_PORT = 5432
# PostgreSQL truncates identifiers (database and role names) to 63 bytes.
PG_NAME_BYTES = 63
MAX_HOST_LENGTH = 255
MAX_PATH_LENGTH = 4096
MAX_PASSWORD_LENGTH = 1024


class Backend(StrEnum):
    SQLITE_DEFAULT = "sqlite_default"
    SQLITE_FILE = "sqlite_file"
    POSTGRESQL = "postgresql"


class PasswordStorage(StrEnum):
    """Where a saved password lives."""

    NONE = "none"  # no password (trust / peer authentication, or .pgpass)
    KEYRING = "keyring"  # the operating system's keyring
    FILE = "file"  # plain text in the connection file: no usable keyring


class TargetSource(StrEnum):
    """Why this database was opened, in the order they are tried."""

    OPTION = "option"  # --db
    ENVIRONMENT = "environment"  # $DUTYLOG_DB
    SAVED = "saved"  # the connection saved on the Settings page
    DEFAULT = "default"  # the file in the user data folder


@dataclass(frozen=True)
class ConnectionProfile:
    backend: Backend
    sqlite_path: str = ""  # SQLITE_FILE only
    host: str = ""
    port: int = DEFAULT_PG_PORT
    database: str = ""
    user: str = ""
    # Never in repr: profiles end up in logs and tracebacks.
    password: str = field(default="", repr=False)

    @property
    def is_server(self) -> bool:
        return self.backend is Backend.POSTGRESQL

    def without_password(self) -> ConnectionProfile:
        return replace(self, password="")

    def describe(self) -> str:
        """Password-free, for messages and the audit trail."""
        if self.backend is Backend.SQLITE_DEFAULT:
            return "默认数据库文件"
        if self.backend is Backend.SQLITE_FILE:
            return self.sqlite_path
        return f"PostgreSQL {self.user}@{self.host}:{self.port}/{self.database}"

    def keyring_entry(self) -> str:
        """The name the password is filed under in the keyring: one per server account."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"


@dataclass(frozen=True)
class SavedConnection:
    """The profile read from (or just written to) this workstation's connection file."""

    profile: ConnectionProfile
    file: Path
    password_storage: PasswordStorage = PasswordStorage.NONE
    # Something the user should know: the password is in plain text, or the keyring failed.
    warning: str | None = None

    @property
    def plain_text_password(self) -> bool:
        return self.password_storage is PasswordStorage.FILE


@dataclass(frozen=True)
class ConnectionCheck:
    """A successful test connection."""

    description: str
    server_version: str
    has_dutylog_data: bool  # False: an empty database, the schema is created on first start


def _has_control(text: str) -> bool:
    return any(unicodedata.category(char) == "Cc" for char in text)


def _name(value: str, field_name: str, label: str) -> str:
    clean = value.strip()
    if not clean:
        raise ValidationError(f"请填写{label}。", code="required", field=field_name)
    if _has_control(clean):
        raise ValidationError(f"{label}不能包含控制字符。", code="bad_character", field=field_name)
    if len(clean.encode("utf-8")) > PG_NAME_BYTES:
        raise ValidationError(
            f"{label}过长（PostgreSQL 最多 {PG_NAME_BYTES} 字节）。", code="too_long", field=field_name
        )
    return clean


def validate_profile(profile: ConnectionProfile) -> ConnectionProfile:
    """The profile with surrounding blanks trimmed; ValidationError naming the first bad field."""
    if profile.backend is Backend.SQLITE_DEFAULT:
        return ConnectionProfile(Backend.SQLITE_DEFAULT)
    if profile.backend is Backend.SQLITE_FILE:
        path = profile.sqlite_path.strip()
        if not path:
            raise ValidationError("请选择 SQLite 数据库文件。", code="required", field="sqlite_path")
        if _has_control(path) or len(path) > MAX_PATH_LENGTH:
            raise ValidationError("数据库文件路径无效。", code="bad_path", field="sqlite_path")
        return ConnectionProfile(Backend.SQLITE_FILE, sqlite_path=path)
    host = profile.host.strip()
    if not host:
        raise ValidationError("请填写数据库服务器地址。", code="required", field="host")
    if len(host) > MAX_HOST_LENGTH or _has_control(host) or any(char.isspace() for char in host):
        raise ValidationError("服务器地址不能包含空格或控制字符。", code="bad_host", field="host")
    if isinstance(profile.port, bool) or not isinstance(profile.port, int) or not 1 <= profile.port <= 65535:
        raise ValidationError("端口应为 1 到 65535 之间的整数。", code="out_of_range", field="port")
    database = _name(profile.database, "database", "数据库名")
    user = _name(profile.user, "user", "用户名")
    # libpq passes strings NUL-terminated: a NUL would silently cut the password short.
    if "\x00" in profile.password or len(profile.password) > MAX_PASSWORD_LENGTH:
        raise ValidationError("密码包含无法使用的字符或过长。", code="bad_password", field="password")
    return ConnectionProfile(
        Backend.POSTGRESQL,
        host=host,
        port=profile.port,
        database=database,
        user=user,
        password=profile.password,
    )


class OpenMode(Enum):
    """How a database is opened (see storage/opening.py)."""

    READ = "read"  # read-only connection, never created or migrated
    WRITE = "write"  # read-write, migrated if behind; must already exist
    CREATE = "create"  # read-write, created when there is nothing yet
