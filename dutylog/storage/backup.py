"""Backups of an SQLite database file: make, list, prune, verify, restore.

Plain ``sqlite3`` on purpose: these run before the ORM is trusted with a file
(at start-up when the integrity check fails, before a restore).
Copies use SQLite's online backup API (`migrate.backup_sqlite`), so a database
in use by other workstations is copied consistently.

Every copy made here carries the audit chain's anchor as ``<copy>.anchor`` (see
storage/anchor.py): a backup's own head, or, for the copies kept before a restore, the
anchor of the database they were taken from. A restore puts the backup's anchor in place.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
from datetime import date, datetime
from pathlib import Path

from alembic.config import Config
from alembic.script import ScriptDirectory

from dutylog.domain.errors import DatabaseError
from dutylog.storage import anchor as anchors
from dutylog.storage.migrate import MIGRATIONS_DIR, backup_sqlite, default_backup_folder

DEFAULT_KEEP = 30
# Tables a DutyLog database must have for a restore to make sense.
REQUIRED_TABLES = frozenset({"alembic_version", "staff", "duty_slot", "log_entry", "matter", "audit_log"})

__all__ = [
    "DEFAULT_KEEP",
    "backup_sqlite",
    "check_file",
    "daily_backup_due",
    "default_backup_folder",
    "latest_good_backup",
    "list_backups",
    "make_backup",
    "prune_backups",
    "restore_file",
]


def make_backup(db_file: Path, folder: Path, reason: str, *, now: datetime | None = None) -> Path:
    """`backup_sqlite` plus ``<copy>.anchor``: the head of the chain the copy holds."""
    copy = backup_sqlite(db_file, folder, reason, now=now)
    anchors.anchor_copy(copy, at=now)
    return copy


def list_backups(db_file: Path, folder: Path) -> list[Path]:
    """Backups of ``db_file`` in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"{db_file.stem}-*.sqlite3") if p.is_file()]
    return sorted(found, key=_age_key, reverse=True)


_STAMP = re.compile(r"-(\d{8}-\d{6}-\d{6})\.sqlite3$")


def _age_key(path: Path) -> tuple[str, str]:
    # The time stamp in the name, not the file's mtime: copying a folder keeps the order.
    match = _STAMP.search(path.name)
    return (match.group(1) if match else "", path.name)


def prune_backups(db_file: Path, folder: Path, keep: int) -> list[Path]:
    """Delete all but the ``keep`` newest backups; return the deleted files."""
    doomed = list_backups(db_file, folder)[max(keep, 1) :]
    for path in doomed:
        path.unlink(missing_ok=True)
        anchors.beside(path).unlink(missing_ok=True)
    return doomed


def daily_backup_due(db_file: Path, folder: Path, today: date) -> bool:
    return not any(folder.glob(f"{db_file.stem}-daily-{today:%Y%m%d}-*.sqlite3")) if folder.is_dir() else True


def known_revisions() -> set[str]:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return {rev.revision for rev in ScriptDirectory.from_config(config).walk_revisions()}


def check_file(path: Path, *, require_schema: bool = True) -> list[str]:
    """Problems that make ``path`` unusable as a DutyLog database; empty if it is sound."""
    if not path.is_file():
        return [f"文件不存在：{path}"]
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return [f"无法打开 {path.name}：{exc}"]
    try:
        problems = [
            f"完整性检查：{row[0]}" for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"
        ]
        if problems or not require_schema:
            return problems
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        missing = REQUIRED_TABLES - tables
        if missing:
            return [f"不是 DutyLog 数据库（缺少表 {', '.join(sorted(missing))}）"]
        revisions = {row[0] for row in conn.execute("SELECT version_num FROM alembic_version")}
        unknown = revisions - known_revisions()
        if unknown:
            return [f"数据库架构版本 {', '.join(sorted(unknown))} 比本程序新，请先升级程序"]
        return []
    except sqlite3.Error as exc:
        return [f"无法读取 {path.name}：{exc}"]
    finally:
        conn.close()


def latest_good_backup(db_file: Path, folder: Path) -> Path | None:
    """The newest backup that passes `check_file`."""
    for candidate in list_backups(db_file, folder):
        if not check_file(candidate):
            return candidate
    return None


def restore_file(backup: Path, db_file: Path, folder: Path, *, now: datetime | None = None) -> Path | None:
    """Replace ``db_file`` with ``backup``; return the safety copy made of the current file (if readable).

    The backup is verified first; the current database is copied aside; the new
    content is written to a temporary file beside the database and moved into
    place in one rename, so a crash leaves either the old or the new database.
    Every connection to ``db_file`` must be closed.
    """
    problems = check_file(backup)
    if problems:
        raise DatabaseError(f"备份文件不可用，未做任何更改：{problems[0]}", code="bad_backup")
    safety: Path | None = None
    # The replaced database's anchor stays beside its kept copy: it still proves how far
    # that chain reached, while the restored database gets the backup's anchor.
    live_anchor = anchors.beside(db_file)
    if db_file.exists() and not check_file(db_file, require_schema=False):
        safety = backup_sqlite(db_file, folder, "pre-restore", now=now)
        anchors.anchor_copy(safety, carried=live_anchor, at=now)
    elif db_file.exists():
        # A damaged file is still kept, byte for byte, under a name restores never pick.
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        damaged = (
            folder / f"{db_file.stem}-damaged-{(now or datetime.now()):%Y%m%d-%H%M%S-%f}.sqlite3.damaged"
        )
        shutil.copyfile(db_file, damaged)
        damaged.chmod(0o600)
        if live_anchor.exists():
            shutil.copyfile(live_anchor, anchors.beside(damaged))
            anchors.beside(damaged).chmod(0o600)
    temp = db_file.with_name(f".{db_file.name}.restoring")
    temp.unlink(missing_ok=True)
    os.close(os.open(temp, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600))
    try:
        with (
            contextlib.closing(sqlite3.connect(backup)) as src,
            contextlib.closing(sqlite3.connect(temp)) as dst,
        ):
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        with open(temp, "rb") as handle:
            os.fsync(handle.fileno())
        for suffix in ("-wal", "-shm"):
            Path(f"{db_file}{suffix}").unlink(missing_ok=True)
        os.replace(temp, db_file)
    except (OSError, sqlite3.Error) as exc:
        temp.unlink(missing_ok=True)
        raise DatabaseError(f"恢复失败：{exc}", code="restore_failed") from exc
    _carry_anchor(backup, db_file, now)
    return safety


def _carry_anchor(backup: Path, db_file: Path, now: datetime | None) -> None:
    """The restored database's anchor: the backup's (or its own head if it has none).

    Replaced, not advanced: the restored chain is legitimately shorter than the one it
    replaced. A backup whose anchor reaches further than its own chain is flagged by `check`.
    """
    try:
        anchors.anchor_copy(db_file, carried=anchors.beside(backup), at=now)
    except OSError as exc:
        raise DatabaseError(f"已恢复，但无法写入审计链锚点：{exc.strerror}", code="restore_failed") from exc
