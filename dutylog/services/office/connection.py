"""The Settings page's saved connection (test, save, move the data to another database).

Which database a start opens is `services/office/targets.py`. A saved connection takes
effect at the next start: the open ``Office`` keeps the database it was opened on.

Saving requires ``settings_manage`` (administrators): the file is this workstation's, but
pointing it at another server decides where every later user of the workstation writes.
Anyone logged in may look at it and test a connection, which changes nothing.
"""

from __future__ import annotations

import socket
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from dutylog.domain.accounts.audit import AuditAction
from dutylog.domain.accounts.permissions import Permission
from dutylog.domain.errors import DutyLogError, ValidationError
from dutylog.domain.office.connection import (
    Backend,
    ConnectionCheck,
    ConnectionProfile,
    SavedConnection,
    validate_profile,
)
from dutylog.services.context import OfficeContext
from dutylog.services.office.connection_store import ConnectionStore
from dutylog.services.office.targets import ResolvedTarget
from dutylog.services.writes import writes, writes_files

if TYPE_CHECKING:
    from dutylog.storage.transfer import TransferResult


class ConnectionService:
    def __init__(self, office: OfficeContext) -> None:
        self.office = office
        self.store = ConnectionStore()
        # Set by dutylog.office.open_resolved; None when the Office was opened directly (tests, tools).
        self.started_from: ResolvedTarget | None = None

    def current(self) -> str:
        """The open database, password hidden."""
        return self.office.db.description

    def current_profile(self) -> ConnectionProfile | None:
        """The open database as a profile (to start the form from), None for other backends."""
        from dutylog.storage.connection import profile_from_url

        return profile_from_url(self.office.db.url)

    def saved(self) -> SavedConnection | None:
        """What is saved, without asking the keyring (which may prompt to unlock)."""
        return self.store.load(with_password=False)

    def keyring_available(self) -> bool:
        from dutylog.services.office.keyring_store import keyring_available

        return keyring_available()

    def test(self, profile: ConnectionProfile) -> ConnectionCheck:
        """Connect and run a query (safe off the GUI thread: it does not touch the open database).

        An empty password means the saved one, as on save.
        """
        from dutylog.storage.connection import check_connection

        profile = self.store.fill_password(validate_profile(self._absolute(profile)))
        return check_connection(profile)

    @writes
    def save(self, profile: ConnectionProfile) -> SavedConnection:
        """Save for the next start; an empty password keeps the saved one."""
        profile = validate_profile(self._absolute(profile))
        self.office.require(Permission.SETTINGS_MANAGE)
        before = self._saved_description()
        saved = self.store.save(profile, keep_password=True)
        try:
            with self.office.db.transaction() as store:
                self.office.audit.record(
                    store,
                    AuditAction.UPDATE,
                    "setting",
                    # Per workstation: the host name says which (the column holds 40 characters).
                    f"connection@{socket.gethostname() or 'workstation'}"[:40],
                    before=before,
                    after=saved.profile.describe(),
                )
        except DutyLogError as exc:
            # The file is saved (that is what the user asked for); say what is missing.
            note = f"连接已保存，但未能写入审计记录：{exc.message}"
            return replace(saved, warning=f"{saved.warning} {note}" if saved.warning else note)
        return saved

    def _saved_description(self) -> str:
        try:
            previous = self.store.load(with_password=False)
        except DutyLogError:
            return "（无法读取）"
        return previous.profile.describe() if previous is not None else "（未保存）"

    @staticmethod
    def _absolute(profile: ConnectionProfile) -> ConnectionProfile:
        """A relative file would mean a different file from each start-up folder."""
        if profile.backend is not Backend.SQLITE_FILE or not profile.sqlite_path.strip():
            return profile
        path = Path(profile.sqlite_path.strip()).expanduser().absolute()
        return replace(profile, sqlite_path=str(path))

    @writes_files
    def migrate_to(self, target: str, *, batch_size: int = 2000) -> TransferResult:
        """Copy every table into the EMPTY database ``target`` and compare each table's row count.

        Audited in this database: the whole office's records went somewhere else.
        """
        from dutylog.storage.engine import resolve_url, sqlite_path
        from dutylog.storage.transfer import copy_database

        target_url = resolve_url(target)
        target_file = sqlite_path(target_url)
        if target_file is None and target_url.get_backend_name() == "sqlite":
            raise ValidationError("不能迁移到内存数据库：复制的记录会随程序退出而消失。", code="bad_target")
        if target_file is not None:
            self.office.outputs.check(target_file)  # never this office's own files, a folder or a device
        result = copy_database(self.office.db, target, batch_size=max(1, batch_size))
        with self.office.db.transaction() as store:
            after = {"to": result.target, "rows": result.rows, "ok": result.ok, "reason": "migrate-to"}
            self.office.audit.record(store, AuditAction.BACKUP, "database", None, after=after)
        return result
