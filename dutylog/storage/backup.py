"""Backups of an SQLite database file: make, list, prune, verify, restore.

Plain ``sqlite3`` on purpose: these run before the ORM is trusted with a file
(at start-up when the integrity check fails, before a restore).
Copies use SQLite's online backup API, so a database in use by other workstations is
copied consistently, and are written by storage/backup_copy.py: under a temporary name,
verified, then renamed. Only then are older copies pruned, so a failed or killed backup
never counts towards ``keep`` and never pushes out a good one.

Every copy made here carries the audit chain's anchor as ``<copy>.anchor`` (see
storage/anchor.py): a backup's own head, or, for the copies kept before a restore, the
anchor of the database they were taken from. A restore puts the backup's anchor in place.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import sqlite3
from collections.abc import Collection
from datetime import date, datetime
from functools import cache
from pathlib import Path

from dutylog.domain.errors import DatabaseError, ValidationError
from dutylog.storage import anchor as anchors
from dutylog.storage.backup_copy import (
    REASONS,
    SIDE_SUFFIXES,
    CopyProgress,
    clean_leftovers,
    default_backup_folder,
    discard,
    one_line,
    partial_name,
    write_backup,
)
from dutylog.storage.migrate import known_revisions as _revisions_in_migrations
from dutylog.storage.opening import DUTYLOG_TABLES, SQLITE_HEADER

log = logging.getLogger(__name__)

DEFAULT_KEEP = 30
# Tables a DutyLog database must have for a restore to make sense.
# A restore refuses larger files before opening them: far above any duty office's
# database (evidence lives in files beside it), far below a disk image picked by mistake.
MAX_RESTORE_BYTES = 16 * 1024**3
# Where `prune_backups` puts a file under a backup's name that is not a usable database.
UNUSABLE = ".unusable"

__all__ = [
    "DEFAULT_KEEP",
    "check_file",
    "check_restorable",
    "clean_leftovers",
    "daily_backup_due",
    "default_backup_folder",
    "latest_good_backup",
    "list_backups",
    "make_backup",
    "prune_backups",
    "restore_file",
    "usable",
]


def make_backup(
    db_file: Path,
    folder: Path,
    reason: str,
    *,
    keep: int | None = None,
    now: datetime | None = None,
    create_folder: bool = True,
    progress: CopyProgress | None = None,
) -> Path:
    """A verified copy with its anchor; then, if ``keep`` is given, prune the older ones."""
    copy = write_backup(db_file, folder, reason, now=now, create_folder=create_folder, progress=progress)
    if keep is not None:
        try:
            prune_backups(db_file, folder, keep, verified={copy})
        except OSError as exc:
            # The new copy is safe; too many old ones is no reason to call the backup failed.
            log.warning("无法清理旧备份：%s", exc)
    return copy


def _name_pattern(stem: str) -> re.Pattern[str]:
    reasons = "|".join(re.escape(reason) for reason in REASONS)
    return re.compile(rf"^{re.escape(stem)}-(?:{reasons})-(?P<stamp>\d{{8}}-\d{{6}}-\d{{6}})\.sqlite3$")


def list_backups(db_file: Path, folder: Path) -> list[Path]:
    """Backups of ``db_file`` in ``folder`` under their real names, newest first.

    Never a partial copy (hidden, ``.partial``) nor a file set aside as unusable.
    """
    pattern = _name_pattern(db_file.stem)
    try:
        entries = list(folder.iterdir()) if folder.is_dir() else []
    except OSError as exc:
        log.warning("无法读取备份文件夹 %s：%s", folder, exc)
        return []
    found = [(match["stamp"], p) for p in entries if (match := pattern.match(p.name)) and p.is_file()]
    # The time stamp in the name, not the file's mtime: copying a folder keeps the order.
    return [path for _, path in sorted(found, key=lambda item: (item[0], item[1].name), reverse=True)]


def prune_backups(db_file: Path, folder: Path, keep: int, *, verified: Collection[Path] = ()) -> list[Path]:
    """Keep the ``keep`` newest usable backups, delete the older ones; return the deleted files.

    A file under a backup's name that is not `usable` (a copy an older version left when
    it was killed, a file damaged on disk) is not counted and is set aside as
    ``<name>.unusable`` rather than deleted: an unreadable network share can make a good
    copy look bad for a moment, and a damaged copy may still hold what someone needs.
    ``verified``: copies just checked in full, counted without opening them again.
    """
    kept = 0
    deleted: list[Path] = []
    for path in list_backups(db_file, folder):
        if kept >= max(keep, 1):
            discard(path)
            anchors.beside(path).unlink(missing_ok=True)
            deleted.append(path)
        elif path in verified or usable(path):
            kept += 1
        else:
            _set_aside(path)
    return deleted


def _set_aside(path: Path) -> None:
    aside = path.with_name(path.name + UNUSABLE)
    if aside.exists():
        return
    log.warning("备份文件不可用，已改名为 %s", aside.name)
    # The database first: killed after it, its journal is an orphan `clean_leftovers` removes.
    os.replace(path, aside)
    for suffix in SIDE_SUFFIXES:
        with contextlib.suppress(FileNotFoundError):
            os.replace(f"{path}{suffix}", f"{aside}{suffix}")
    with contextlib.suppress(FileNotFoundError):
        os.replace(anchors.beside(path), anchors.beside(aside))


def usable(path: Path) -> bool:
    """Whether ``path`` is a whole DutyLog database: a cheap test, for counting backups.

    Reads the header and a few pages, not the whole file: every copy this program names
    was checked in full before it got its name, so this only has to catch what older
    versions left (a copy cut short, a journal of an unfinished copy beside it) without
    reading thirty copies at every start. `check_file` is the full check, for restores.
    """
    if Path(f"{path}-journal").exists():
        return False  # an unfinished transaction: the copy was cut short
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
        size = path.stat().st_size
    except OSError:
        return False
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    # The page count in the header is valid when its version number matches the change counter.
    if header[24:28] == header[92:96] and int.from_bytes(header[28:32], "big") * page_size != size:
        return False
    # immutable: a copy is never written to, and a read-only open of a WAL-mode copy (as
    # older versions made them) would otherwise leave -wal and -shm files beside it.
    return not _schema_problems(path, immutable=True)


def daily_backup_due(db_file: Path, folder: Path, today: date) -> bool:
    stamp = f"{today:%Y%m%d}-"
    return not any(
        path.name.startswith(f"{db_file.stem}-daily-{stamp}") for path in list_backups(db_file, folder)
    )


@cache
def known_revisions() -> frozenset[str]:
    return frozenset(_revisions_in_migrations()[0])


def check_file(
    path: Path, *, require_schema: bool = True, immutable: bool = False, quick: bool = False
) -> list[str]:
    """Problems that make ``path`` unusable as a DutyLog database; empty if it is sound.

    ``immutable``: a file nobody has open (a backup to restore): read without creating
    -wal/-shm files beside it, which a read-only open of a WAL file would leave behind.
    ``quick``: SQLite's quick_check (every page and record, not index-to-table agreement):
    about 40% of integrity_check's time, for the check that stands between a person and
    the login (0.8 s instead of 2 s on a ten-year office); `dutylog check` and backups
    run the full one.
    """
    if not path.exists():
        return [f"文件不存在：{path}"]
    if not path.is_file():
        return [f"不是普通文件（文件夹或设备）：{path}"]
    try:
        with open(path, "rb") as handle:
            magic = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        return [f"无法读取 {path.name}：{exc.strerror}"]
    if magic != SQLITE_HEADER:
        return [f"不是 SQLite 数据库文件：{path.name}"]
    try:
        suffix = "&immutable=1" if immutable else ""
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro{suffix}", uri=True)
    except sqlite3.Error as exc:
        return [f"无法打开 {path.name}：{exc}"]
    try:
        problems = [
            f"完整性检查：{one_line(row[0])}"
            for row in conn.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check")
            if row[0] != "ok"
        ]
    except sqlite3.Error as exc:
        return [f"无法读取 {path.name}：{exc}"]
    finally:
        conn.close()
    if problems or not require_schema:
        return problems
    return _schema_problems(path, immutable=immutable)


def _schema_problems(path: Path, *, immutable: bool = False) -> list[str]:
    uri = f"{path.resolve().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")
    try:
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as conn:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            missing = DUTYLOG_TABLES - tables
            if missing:
                return [f"不是 DutyLog 数据库（缺少表 {', '.join(sorted(missing))}）"]
            revisions = {str(row[0]) for row in conn.execute("SELECT version_num FROM alembic_version")}
    except sqlite3.Error as exc:
        return [f"无法读取 {path.name}：{exc}"]
    if not revisions:
        return ["不是 DutyLog 数据库（没有架构版本）"]
    unknown = revisions - known_revisions()
    if unknown:
        return [f"数据库架构版本 {', '.join(sorted(unknown))} 比本程序新，请先升级程序"]
    return []


def check_restorable(path: Path) -> None:
    """Refuse ``path`` as a backup to restore, in one clear line; size and kind before opening it."""
    if not path.exists():
        raise ValidationError(f"备份文件不存在，未做任何更改：{path}", code="bad_backup_file")
    if not path.is_file():
        raise ValidationError(f"不是普通文件（文件夹或设备），未做任何更改：{path}", code="bad_backup_file")
    size = path.stat().st_size
    if size > MAX_RESTORE_BYTES:
        raise ValidationError(
            f"文件过大（{size // 1024**2} MB，上限 {MAX_RESTORE_BYTES // 1024**3} GB），"
            f"不像 DutyLog 的备份，未做任何更改：{path}",
            code="bad_backup_file",
        )
    try:
        with open(path, "rb") as handle:
            magic = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise ValidationError(
            f"无法读取备份文件，未做任何更改：{exc.strerror}", code="bad_backup_file"
        ) from exc
    if magic != SQLITE_HEADER:
        raise ValidationError(f"不是 SQLite 数据库文件，未做任何更改：{path}", code="bad_backup_file")
    problems = check_file(path, immutable=True)
    if problems:
        raise DatabaseError(f"备份文件不可用，未做任何更改：{problems[0]}", code="bad_backup")


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
    check_restorable(backup)
    safety: Path | None = None
    # The replaced database's anchor stays beside its kept copy: it still proves how far
    # that chain reached, while the restored database gets the backup's anchor.
    live_anchor = anchors.beside(db_file)
    if db_file.exists() and not check_file(db_file):
        safety = write_backup(db_file, folder, "pre-restore", now=now, carried_anchor=live_anchor)
    elif db_file.exists():
        _keep_damaged(db_file, folder, now or datetime.now())
    temp = db_file.with_name(f".{db_file.name}.restoring")
    discard(temp)
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
        discard(temp)
        raise DatabaseError(f"恢复失败：{exc}", code="restore_failed") from exc
    _carry_anchor(backup, db_file, now)
    return safety


def _keep_damaged(db_file: Path, folder: Path, now: datetime) -> None:
    """Keep a file that is not a sound DutyLog database byte for byte, under a name restores never pick."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    damaged = folder / f"{db_file.stem}-damaged-{now:%Y%m%d-%H%M%S-%f}.sqlite3.damaged"
    temp = folder / partial_name(damaged.name)
    try:
        shutil.copyfile(db_file, temp)
        temp.chmod(0o600)
        os.replace(temp, damaged)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise DatabaseError(
            f"无法保留损坏的数据库副本，未做任何更改：{exc.strerror}", code="restore_failed"
        ) from exc
    live_anchor = anchors.beside(db_file)
    if live_anchor.exists():
        shutil.copyfile(live_anchor, anchors.beside(damaged))
        anchors.beside(damaged).chmod(0o600)


def _carry_anchor(backup: Path, db_file: Path, now: datetime | None) -> None:
    """The restored database's anchor: the backup's (or its own head if it has none).

    Replaced, not advanced: the restored chain is legitimately shorter than the one it
    replaced. A backup whose anchor reaches further than its own chain is flagged by `check`.
    """
    try:
        anchors.anchor_copy(db_file, carried=anchors.beside(backup), at=now)
    except OSError as exc:
        raise DatabaseError(f"已恢复，但无法写入审计链锚点：{exc.strerror}", code="restore_failed") from exc
