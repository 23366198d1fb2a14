"""Writing one backup copy so that a failed or killed run never leaves a file under a backup's name.

A copy is written under a hidden temporary name in the backup folder
(``.<real name>.<host>.<pid>.partial``), verified (``PRAGMA integrity_check`` and the
schema revision equal to the source's), fsynced, given its ``.anchor``, and only then
renamed to its real name ``<stem>-<reason>-<stamp>.sqlite3`` and the folder fsynced.
A run killed on the way leaves only files whose names say they are leftovers:
`clean_leftovers` removes them at the next start and before every backup, and no
leftover is ever listed, counted towards ``keep`` or restored (storage/backup.py).

The host and process id in a temporary name tell a leftover of a dead run from a copy
another DutyLog (on this workstation or another one sharing the folder) is writing now.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import socket
import sqlite3
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from dutylog.domain.accounts.anchor import Anchor
from dutylog.domain.errors import DatabaseError, ValidationError
from dutylog.storage import anchor as anchors
from dutylog.storage.evidence_files import evidence_folder
from dutylog.storage.files import fsync_dir

log = logging.getLogger(__name__)

# The only reasons a backup is made for; the real names are matched exactly, so that the
# backups of ``office.sqlite3`` are never mistaken for those of ``office-old.sqlite3``.
REASONS = ("manual", "daily", "pre-migration", "pre-restore")
SIDE_SUFFIXES = ("-journal", "-wal", "-shm")
PARTIAL = ".partial"
# A leftover whose owner cannot be asked (another workstation, or no way to look up a
# process here) is removed once it has not been written to for this long: no copy of a
# duty office's database takes hours, and until then it is only a hidden, uncounted file.
STALE_SECONDS = 6 * 3600
# Temporary anchor files of older versions carry no owner; they live for milliseconds.
STALE_ANCHOR_TMP_SECONDS = 600

# (pages copied, pages in all, what is being done); may raise to stop the copy (Cancel).
CopyProgress = Callable[[int, int, str], None]
# Pages a step of SQLite's online backup copies: 4 MiB of 4 KiB pages, a few ms each.
STEP_PAGES = 1024

HOST = re.sub(r"[^A-Za-z0-9_-]", "_", socket.gethostname() or "host")[:40] or "host"


def default_backup_folder(db_file: Path) -> Path:
    return db_file.parent / "backups"


def backup_name(db_file: Path, reason: str, now: datetime) -> str:
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    return f"{db_file.stem}-{reason}-{now:%Y%m%d-%H%M%S-%f}.sqlite3"


def partial_name(final_name: str, *, host: str = HOST, pid: int | None = None) -> str:
    """The hidden name a copy is written under until it is verified."""
    return f".{final_name}.{host}.{os.getpid() if pid is None else pid}{PARTIAL}"


def _partial_pattern(stem: str) -> re.Pattern[str]:
    # Also matches what SQLite and write_atomic put beside a partial copy:
    # ``…partial-journal``, ``…partial.anchor``, ``..…partial.anchor.XXXX.tmp``.
    return re.compile(
        rf"^\.+{re.escape(stem)}-.+\.(?P<host>[A-Za-z0-9_-]+)\.(?P<pid>\d+)\.partial(?:[-.].*)?$"
    )


def prepare_folder(folder: Path, db_file: Path, *, create: bool) -> Path:
    """``folder`` if a backup may be written there; else one clear ValidationError.

    A folder named on the command line must exist (``create=False``): a USB stick that is
    not mounted must not turn its mount point into a backup on the local disk. The
    configured folder (default ``backups/`` beside the database) is created, owner-only,
    but not its parents.
    """
    shown = folder.absolute()
    if folder.exists() and not folder.is_dir():
        raise _bad_folder(f"备份位置不是文件夹：{shown}")
    if not folder.exists():
        if not create:
            raise _bad_folder(f"备份文件夹不存在：{shown}")
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            pass  # made by another workstation just now
        except OSError as exc:
            raise _bad_folder(f"无法创建备份文件夹 {shown}：{exc.strerror}") from exc
    if not os.access(folder, os.W_OK | os.X_OK):
        raise _bad_folder(f"没有写入备份文件夹的权限：{shown}")
    resolved = folder.resolve()
    evidence = evidence_folder(db_file).resolve()
    if resolved == evidence or evidence in resolved.parents:
        raise _bad_folder(f"备份不能放在证据文件夹中：{shown}")
    return folder


def _bad_folder(message: str) -> ValidationError:
    return ValidationError(message, code="bad_backup_folder", field="folder")


def write_backup(
    source: Path,
    folder: Path,
    reason: str,
    *,
    now: datetime | None = None,
    create_folder: bool = True,
    carried_anchor: Path | None = None,
    progress: CopyProgress | None = None,
) -> Path:
    """Copy ``source`` into ``folder``, verified, under its real name; return that path.

    ``carried_anchor``: the anchor to keep beside the copy instead of the copy's own head
    (the copy kept before a restore remembers how far the replaced chain reached).
    ``progress`` hears of every step of the copy and of the check; an exception it raises
    stops the backup and leaves nothing behind.
    Raises ValidationError for an unusable folder and DatabaseError when the copy fails or
    does not verify; either way no file is left under a backup's name.
    """
    now = now or datetime.now()
    if not source.is_file():
        raise DatabaseError(f"数据库文件不存在：{source}", code="backup_failed")
    prepare_folder(folder, source, create=create_folder)
    clean_leftovers(source, folder)
    final = folder / backup_name(source, reason, now)
    if final.resolve() == source.resolve():
        raise _bad_folder(f"备份不能覆盖数据库文件本身：{final}")
    temp = folder / partial_name(final.name)
    try:
        os.close(os.open(temp, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600))
    except FileExistsError as exc:
        raise DatabaseError(f"同名的备份正在写入，未覆盖：{final}", code="backup_failed") from exc
    except OSError as exc:
        raise _bad_folder(f"无法在备份文件夹中创建文件 {folder.absolute()}：{exc.strerror}") from exc
    try:
        expected = _copy(source, temp, progress)
        if progress is not None:
            progress(1, 1, "校验副本")
        problem = verify_copy(temp, expected)
        if problem:
            raise DatabaseError(f"备份校验失败，未保留该副本：{problem}", code="backup_unverified")
        with open(temp, "rb") as handle:
            os.fsync(handle.fileno())
        _anchor(temp, final, carried_anchor, now)
        if final.exists():
            raise DatabaseError(f"备份文件已存在，未覆盖：{final}", code="backup_failed")
        # The anchor first: killed between the two renames, an anchor without its backup
        # is a leftover `clean_leftovers` removes; a backup under its real name is whole.
        os.replace(anchors.beside(temp), anchors.beside(final))
        os.replace(temp, final)
        fsync_dir(folder)
    except BaseException as exc:
        discard(temp)
        discard(anchors.beside(temp))
        if isinstance(exc, OSError | sqlite3.Error):
            detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise DatabaseError(f"备份失败，未留下不完整的文件：{detail}", code="backup_failed") from exc
        raise
    return final


def _copy(source: Path, temp: Path, progress: CopyProgress | None = None) -> set[str]:
    """Copy with SQLite's online backup API; return the source's schema revisions at the copy."""
    with (
        contextlib.closing(sqlite3.connect(source)) as src,
        contextlib.closing(sqlite3.connect(temp)) as dst,
    ):
        # No journal and no syncs while copying: a copy that fails is thrown away whole,
        # and the finished one is fsynced once below.
        dst.execute("PRAGMA journal_mode=OFF")
        dst.execute("PRAGMA synchronous=OFF")
        src.execute("BEGIN")  # one snapshot for the copy and the revision it is compared with
        try:
            revisions = _revisions(src)
            if progress is None:
                src.backup(dst)
            else:
                # Step by step, so that progress shows and Cancel (raised from it) is heard.
                def copied(_status: int, remaining: int, total: int) -> None:
                    progress(total - remaining, total, "复制数据库")

                src.backup(dst, pages=STEP_PAGES, progress=copied)
        finally:
            src.rollback()
        # The copy of a WAL database is a WAL database; a backup is read by people and tools
        # that may not write beside it, so it is made a plain rollback-journal file.
        dst.execute("PRAGMA journal_mode=DELETE")
    return revisions


def _revisions(conn: sqlite3.Connection) -> set[str]:
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "alembic_version" not in tables:
        return set()
    return {str(row[0]) for row in conn.execute("SELECT version_num FROM alembic_version")}


def verify_copy(copy: Path, expected: set[str]) -> str | None:
    """Why ``copy`` is not a whole copy at schema revision ``expected``; None if it is."""
    try:
        with contextlib.closing(sqlite3.connect(f"{copy.resolve().as_uri()}?mode=ro", uri=True)) as conn:
            result = [str(row[0]) for row in conn.execute("PRAGMA integrity_check")]
            if result != ["ok"]:
                return f"完整性检查：{one_line(result[0]) if result else '无结果'}"
            revisions = _revisions(conn)
    except sqlite3.Error as exc:
        return f"无法读取副本：{exc}"
    if revisions != expected:
        found = ", ".join(sorted(revisions)) or "无"
        return f"副本的架构版本（{found}）与数据库（{', '.join(sorted(expected)) or '无'}）不同"
    return None


def one_line(text: str) -> str:
    """SQLite's integrity report spans lines (``*** in database main ***``); errors are one line."""
    return "; ".join(
        part.strip() for part in text.splitlines() if part.strip() and not part.startswith("***")
    )


def _anchor(temp: Path, final: Path, carried: Path | None, now: datetime) -> None:
    anchor: Anchor | None = None
    if carried is not None:
        with contextlib.suppress(anchors.AnchorUnreadable):
            anchor = anchors.read(carried)
    if anchor is None:
        anchor = Anchor.of(anchors.file_head(temp), database=str(final), at=now)
    anchors.write(anchors.beside(temp), anchor)


def discard(path: Path) -> None:
    """Remove ``path`` and whatever SQLite keeps beside it; missing files are no error."""
    for name in (str(path), *(f"{path}{suffix}" for suffix in SIDE_SUFFIXES)):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(name)


def clean_leftovers(db_file: Path, folder: Path) -> list[Path]:
    """Remove what killed runs left in ``folder``; return the removed files.

    Partial copies (and their journals and anchors) whose run is gone; journals, WAL
    files and anchors whose backup no longer exists. Never a file under a backup's real
    name: that is `prune_backups`' to judge. Errors are logged, not raised: this runs at
    start-up and before a backup, neither of which a stubborn file should stop.
    """
    try:
        entries = list(folder.iterdir()) if folder.is_dir() else []
    except OSError as exc:
        log.warning("无法读取备份文件夹 %s：%s", folder, exc)
        return []
    names = {path.name for path in entries}
    partial = _partial_pattern(db_file.stem)
    prefix = f"{db_file.stem}-"
    removed: list[Path] = []
    for path in entries:
        name = path.name
        match = partial.match(name)
        if match:
            doomed = _owner_gone(match["host"], int(match["pid"]), path)
        elif name.startswith(f".{prefix}") and name.endswith(".tmp") and ".anchor." in name:
            doomed = _age(path) > STALE_ANCHOR_TMP_SECONDS
        elif name.startswith(prefix):
            base = _base_of(name)
            doomed = base is not None and base not in names
        else:
            doomed = False
        if doomed:
            try:
                path.unlink()
                removed.append(path)
            except FileNotFoundError:
                pass
            except OSError as exc:
                log.warning("无法删除备份残留文件 %s：%s", path, exc)
    return removed


def _base_of(name: str) -> str | None:
    """The file ``name`` belongs to, if it is an anchor or an SQLite side file."""
    for suffix in (anchors.SUFFIX, *SIDE_SUFFIXES):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return None


def _age(path: Path) -> float:
    try:
        return time.time() - path.stat().st_mtime
    except OSError:
        return 0.0


def _owner_gone(host: str, pid: int, path: Path) -> bool:
    """Whether the run that wrote ``path`` has ended (so the file is a leftover)."""
    if _age(path) > STALE_SECONDS:
        return True
    if host != HOST or pid == os.getpid() or os.name != "posix":
        # Another workstation, or this process (another thread may be writing it), or no
        # safe way to ask (on Windows os.kill(pid, 0) would stop the process): wait for age.
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False  # a live process of another user
    return False
