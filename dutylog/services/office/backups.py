"""Backups and restore of the office database (SQLite files only).

- a daily backup the first time DutyLog opens the database each day
  (``office.backups.daily_if_due()``, called by the GUI at start-up, which first clears
  what killed backups left behind),
- one before every migration (storage/migrate.py) and before every restore,
- ``office.backups.backup()`` on demand (`dutylog backup`),
all into one folder (setting ``backup_folder``, default ``backups/`` beside the
database, created 0700, files 0600), keeping the newest ``backup_keep`` (30) usable
copies. A copy is verified under a temporary name before it is named and before any
older copy is pruned (storage/backup_copy.py).
Each backup carries the audit chain's anchor as ``<backup>.anchor``; a restore puts the
backup's anchor in place and keeps the replaced one beside the safety copy.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from dutylog.domain.accounts.audit import AuditAction
from dutylog.domain.accounts.permissions import Actor, Permission
from dutylog.domain.errors import DatabaseError, ValidationError
from dutylog.services.context import OfficeContext
from dutylog.services.writes import writes, writes_files
from dutylog.storage import backup as files
from dutylog.storage.database import Database

if TYPE_CHECKING:
    from dutylog.services.office.settings import SettingsService


class BackupsContext(OfficeContext, Protocol):
    """The office as this module's services need it: the context and the services they use."""

    @property
    def settings(self) -> SettingsService: ...


class BackupService:
    def __init__(self, office: BackupsContext) -> None:
        self.office = office

    def _db_file(self) -> Path:
        path = self.office.db.file
        if path is None:
            raise DatabaseError(
                "只有 SQLite 数据库文件可以由 DutyLog 备份；服务器数据库请使用其自带的备份工具。",
                code="not_sqlite",
            )
        return path

    def folder(self) -> Path:
        configured = str(self.office.settings.get("backup_folder", "") or "")
        return Path(configured).expanduser() if configured else files.default_backup_folder(self._db_file())

    def keep(self) -> int:
        return int(self.office.settings.get("backup_keep", files.DEFAULT_KEEP))

    @writes
    def configure(self, folder: str | None = None, keep: int | None = None) -> None:
        self.office.require(Permission.SETTINGS_MANAGE)
        if keep is not None and not 1 <= keep <= 3650:
            raise ValidationError("保留份数应在 1 到 3650 之间。", code="out_of_range", field="keep")
        with self.office.db.transaction() as store:
            before = {
                "folder": store.settings.get("backup_folder", ""),
                "keep": store.settings.get("backup_keep"),
            }
            if folder is not None:
                store.settings.set("backup_folder", folder)
            if keep is not None:
                store.settings.set("backup_keep", keep)
            after = {
                "folder": store.settings.get("backup_folder", ""),
                "keep": store.settings.get("backup_keep"),
            }
            self.office.audit.record(
                store, AuditAction.UPDATE, "setting", "backup", before=before, after=after
            )

    def list(self) -> list[Path]:
        return files.list_backups(self._db_file(), self.folder())

    @writes_files
    def backup(
        self,
        to: Path | None = None,
        *,
        reason: str = "manual",
        progress: Callable[[int, int, str], None] | None = None,
    ) -> Path:
        """Copy the database now; prune old copies in the configured folder.

        ``progress`` hears of the copy's steps and may stop it by raising (nothing is left).
        """
        self.office.require(Permission.BACKUP_RESTORE)
        path = self._backup(to, reason, progress)
        # Who copied the office's records, and where to: the copy can leave the building.
        with self.office.db.transaction() as store:
            after = {"file": str(path), "reason": reason}
            self.office.audit.record(store, AuditAction.BACKUP, "database", path.name, after=after)
        return path

    def _backup(
        self, to: Path | None, reason: str, progress: Callable[[int, int, str], None] | None = None
    ) -> Path:
        """A verified copy (storage/backup_copy.py); the configured folder is then pruned.

        A folder named for one copy (``to``) must exist already and is never pruned.
        """
        db_file = self._db_file()
        if to is None:
            return files.make_backup(
                db_file, self.folder(), reason, keep=self.keep(), now=datetime.now(), progress=progress
            )
        return files.make_backup(
            db_file, to, reason, now=datetime.now(), create_folder=False, progress=progress
        )

    def clean_leftovers(self) -> Sequence[Path]:
        """Remove what killed backups left in the backup folder (at start-up; every backup does too)."""
        db_file = self.office.db.file
        return [] if db_file is None else files.clean_leftovers(db_file, self.folder())

    def daily_if_due(self) -> Path | None:
        """At start-up: clear leftovers of killed backups, then make today's backup unless there is one."""
        db_file = self.office.db.file
        if db_file is None:
            return None
        self.clean_leftovers()
        if self.office.is_empty():
            return None
        if not files.daily_backup_due(db_file, self.folder(), datetime.now().date()):
            return None
        return self._backup(None, "daily")

    @writes_files
    def restore(self, backup: Path) -> Path | None:
        """Replace the database with ``backup`` (verified first); return the safety copy of the old one."""
        self.office.require(Permission.BACKUP_RESTORE)
        db_file = self._db_file()
        files.check_restorable(backup)  # before the database is closed: a refusal changes nothing
        actor = self.office.actor
        self.office.db.close()
        try:
            safety = files.restore_file(backup, db_file, self.folder())
        finally:
            # Reopen whatever is in place now (migrating an older backup's schema).
            self.office.db = Database.open(db_file)
        with self.office.db.transaction() as store:
            self.office.audit.record(
                store,
                AuditAction.RESTORE,
                "database",
                None,
                after={"from": backup.name, "safety_copy": safety.name if safety else ""},
                # The restored file may not know this account: keep the name, not the id.
                actor=Actor(username=actor.username),
            )
        return safety


# -- before the database is opened ----------------------------------------------------


@dataclass(frozen=True)
class DamagedFile:
    """A SQLite file that failed its integrity check, and the newest good backup (if any)."""

    db_file: Path
    problem: str
    folder: Path
    backup: Path | None


def damaged_database(target: str) -> DamagedFile | None:
    """Check an existing SQLite file before anything opens it; None if it is sound, new or a server."""
    from dutylog.storage.engine import resolve_url, sqlite_path
    from dutylog.storage.sound import known_sound, remember_sound

    db_file = sqlite_path(resolve_url(target))
    if db_file is None or not db_file.exists() or db_file.stat().st_size == 0:
        return None
    if known_sound(db_file):
        return None  # closed cleanly by DutyLog and untouched since (storage/sound.py)
    problems = files.check_file(db_file, require_schema=False, quick=True)
    if not problems:
        remember_sound(db_file)
        return None
    folder = files.default_backup_folder(db_file)
    return DamagedFile(db_file, problems[0], folder, files.latest_good_backup(db_file, folder))


def restore_damaged(damaged: DamagedFile) -> None:
    """Swap the newest good backup in; the damaged file is kept beside it."""
    if damaged.backup is None:
        raise ValidationError("没有可用的备份。", code="no_backup")
    files.restore_file(damaged.backup, damaged.db_file, damaged.folder)
