"""Before a database is opened: is the target a DutyLog database, and may it be created?

Reads never create anything, and nothing is ever created in place of a file that
held records. A missing file (or an empty one with no anchor beside it) becomes a
new database only when the caller asks to create one (`demo`, the first-run wizard,
`user add` of the first administrator); a file that is empty, truncated, damaged or
someone else's is an error that says which, so that the user restores a backup
instead of carrying on with an empty office.
"""

from __future__ import annotations

import os
import stat
from enum import Enum
from pathlib import Path

from sqlalchemy import Connection, inspect

from dutylog.domain.errors import DatabaseError
from dutylog.storage import anchor

SQLITE_HEADER = b"SQLite format 3\x00"
# The tables every DutyLog schema has had since the first revision.
HOW_TO_CREATE = "新建数据库请运行 dutylog demo、dutylog user add，或打开桌面程序。"
DUTYLOG_TABLES = frozenset({"alembic_version", "staff", "duty_slot", "log_entry", "matter", "audit_log"})


class FileState(Enum):
    MISSING = "missing"
    EMPTY = "empty"
    SQLITE = "sqlite"


def sqlite_file_state(path: Path) -> FileState:
    """What is at ``path``: nothing, an empty file, or an SQLite database (else DatabaseError)."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return FileState.MISSING
    except OSError as exc:
        raise DatabaseError(f"无法读取数据库文件 {path}：{exc.strerror}", code="unreadable") from exc
    if stat.S_ISDIR(info.st_mode):
        raise DatabaseError(f"{path} 是一个文件夹，不是数据库文件。", code="not_a_database")
    if not stat.S_ISREG(info.st_mode):
        raise DatabaseError(f"{path} 不是普通文件，不能作为数据库。", code="not_a_database")
    if info.st_size == 0:
        return FileState.EMPTY
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseError(f"无法读取数据库文件 {path}：{exc.strerror}", code="unreadable") from exc
    if header != SQLITE_HEADER:
        raise DatabaseError(
            f"{path} 不是 DutyLog 数据库（文件头不是 SQLite 数据库）；如是损坏的数据库，请从备份恢复。",
            code="not_a_database",
        )
    return FileState.SQLITE


def check_sqlite_target(path: Path, *, create: bool) -> bool:
    """Raise unless ``path`` may be opened; True when a new database is to be made there."""
    state = sqlite_file_state(path)
    if state is FileState.SQLITE:
        return False
    had_records = anchor.beside(path).exists()
    if state is FileState.EMPTY and had_records:
        raise DatabaseError(
            f"数据库文件 {path} 是空的（0 字节），但它的审计锚点文件还在：文件被截断或替换过。"
            "请从备份恢复（dutylog restore），不要在它上面新建数据库。",
            code="truncated",
        )
    if not create:
        if state is FileState.MISSING:
            raise DatabaseError(
                f"数据库文件不存在：{path}。{HOW_TO_CREATE}",
                code="no_database",
            )
        raise DatabaseError(
            f"数据库文件 {path} 是空的（0 字节），不是 DutyLog 数据库。", code="empty_database"
        )
    if state is FileState.MISSING and had_records:
        raise DatabaseError(
            f"数据库文件 {path} 不见了，但它的审计锚点文件还在：请从备份恢复（dutylog restore）。",
            code="missing_database",
        )
    return True


def create_sqlite_file(path: Path) -> None:
    """Create the folder and an empty file readable by the owner only."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    except OSError as exc:
        raise DatabaseError(f"无法创建数据库文件 {path}：{exc.strerror}") from exc


def check_schema(conn: Connection, where: str, *, create: bool) -> None:
    """Refuse a database that has tables but is not DutyLog's, or has none when not creating."""
    tables = set(inspect(conn).get_table_names())
    if not tables:
        if create:
            return
        raise DatabaseError(
            f"{where} 是空数据库，没有 DutyLog 的数据表。{HOW_TO_CREATE}",
            code="empty_database",
        )
    missing = DUTYLOG_TABLES - tables
    if missing:
        raise DatabaseError(
            f"{where} 不是 DutyLog 数据库（缺少数据表：{', '.join(sorted(missing))}）；"
            "请确认 --db 指向的数据库，或从备份恢复。",
            code="not_a_database",
        )
