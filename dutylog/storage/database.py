"""The front door to storage: open a database (migrating it), then work in transactions.

    db = Database.open("office.sqlite3")
    with db.transaction() as store:
        store.log.add(...)

A `Store` bundles the repositories of one transaction. Repositories return plain
records from `dutylog.domain.records`; ORM objects never leave this package.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from dutylog.domain.errors import ConnectionLostError, DatabaseError
from dutylog.domain.office.connection import OpenMode
from dutylog.storage import anchor, migrate, sound
from dutylog.storage.engine import BEGIN_OPTION, describe, make_engine, resolve_url, sqlite_path
from dutylog.storage.evidence_files import evidence_folder
from dutylog.storage.locking import serialize
from dutylog.storage.opening import check_schema, check_sqlite_target, create_sqlite_file
from dutylog.storage.output import Protected

# Every transaction flushes the change counters: that repository is always needed.
from dutylog.storage.repos.office.changes import ChangeRepo, track_changes

# The other repositories are imported by the Store property that makes them, so that a
# command reading two tables imports (and maps) only what it reads.
if TYPE_CHECKING:
    from dutylog.storage.repos.accounts.audit import AuditRepo, VoidRepo
    from dutylog.storage.repos.accounts.users import UserRepo
    from dutylog.storage.repos.briefings.briefings import BriefingRepo, SubmissionRepo
    from dutylog.storage.repos.briefings.reporting import ReportingRepo
    from dutylog.storage.repos.log.entries import LogRepo
    from dutylog.storage.repos.matters.evidence import EvidenceRepo
    from dutylog.storage.repos.matters.ledger_io import LedgerIORepo
    from dutylog.storage.repos.matters.matters import MatterRepo
    from dutylog.storage.repos.office.bulk import BulkRepo
    from dutylog.storage.repos.office.health import HealthRepo
    from dutylog.storage.repos.office.settings import SettingsRepo
    from dutylog.storage.repos.roster.calendar import DutyCalendarRepo
    from dutylog.storage.repos.roster.slots import RosterRepo
    from dutylog.storage.repos.roster.staff import StaffRepo
    from dutylog.storage.repos.supervision.assessment import AssessmentRepo
    from dutylog.storage.repos.supervision.assignments import AssignmentRepo
    from dutylog.storage.repos.supervision.units import UnitBookRepo


class Store:
    """The repositories available inside one transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session

    @cached_property
    def bulk(self) -> BulkRepo:
        from dutylog.storage.repos.office.bulk import BulkRepo

        return BulkRepo(self.session)

    @cached_property
    def settings(self) -> SettingsRepo:
        from dutylog.storage.repos.office.settings import SettingsRepo

        return SettingsRepo(self.session)

    @cached_property
    def staff(self) -> StaffRepo:
        from dutylog.storage.repos.roster.staff import StaffRepo

        return StaffRepo(self.session)

    @cached_property
    def roster(self) -> RosterRepo:
        from dutylog.storage.repos.roster.slots import RosterRepo

        return RosterRepo(self.session)

    @cached_property
    def duty_calendar(self) -> DutyCalendarRepo:
        from dutylog.storage.repos.roster.calendar import DutyCalendarRepo

        return DutyCalendarRepo(self.session)

    @cached_property
    def log(self) -> LogRepo:
        from dutylog.storage.repos.log.entries import LogRepo

        return LogRepo(self.session)

    @cached_property
    def matters(self) -> MatterRepo:
        from dutylog.storage.repos.matters.matters import MatterRepo

        return MatterRepo(self.session)

    @cached_property
    def changes(self) -> ChangeRepo:
        """``store.changes.bump("matters")`` after a write lets other workstations refresh."""
        return ChangeRepo(self.session)

    @cached_property
    def evidence(self) -> EvidenceRepo:
        from dutylog.storage.repos.matters.evidence import EvidenceRepo

        return EvidenceRepo(self.session)

    @cached_property
    def health(self) -> HealthRepo:
        from dutylog.storage.repos.office.health import HealthRepo

        return HealthRepo(self.session)

    def serialize(self, key: str) -> None:
        """Concurrent transactions passing the same ``key`` run one after the other (see locks)."""
        serialize(self.session, key)

    @cached_property
    def ledger_io(self) -> LedgerIORepo:
        from dutylog.storage.repos.matters.ledger_io import LedgerIORepo

        return LedgerIORepo(self.session)

    @cached_property
    def briefings(self) -> BriefingRepo:
        from dutylog.storage.repos.briefings.briefings import BriefingRepo

        return BriefingRepo(self.session)

    @cached_property
    def submissions(self) -> SubmissionRepo:
        from dutylog.storage.repos.briefings.briefings import SubmissionRepo

        return SubmissionRepo(self.session)

    @cached_property
    def reporting(self) -> ReportingRepo:
        from dutylog.storage.repos.briefings.reporting import ReportingRepo

        return ReportingRepo(self.session)

    @cached_property
    def unit_book(self) -> UnitBookRepo:
        from dutylog.storage.repos.supervision.units import UnitBookRepo

        return UnitBookRepo(self.session)

    @cached_property
    def assignments(self) -> AssignmentRepo:
        from dutylog.storage.repos.supervision.assignments import AssignmentRepo

        return AssignmentRepo(self.session)

    @cached_property
    def assessment(self) -> AssessmentRepo:
        from dutylog.storage.repos.supervision.assessment import AssessmentRepo

        return AssessmentRepo(self.session)

    @cached_property
    def users(self) -> UserRepo:
        from dutylog.storage.repos.accounts.users import UserRepo

        return UserRepo(self.session)

    @cached_property
    def audit(self) -> AuditRepo:
        from dutylog.storage.repos.accounts.audit import AuditRepo

        return AuditRepo(self.session)

    @cached_property
    def voids(self) -> VoidRepo:
        from dutylog.storage.repos.accounts.audit import VoidRepo

        return VoidRepo(self.session)

    def is_empty(self) -> bool:
        """True when the office has no staff, duties, entries or matters yet."""
        for table in ("staff", "duty_slot", "log_entry", "matter"):
            if self.session.execute(text(f"SELECT 1 FROM {table} LIMIT 1")).first():
                return False
        return True


ConnectionListener = Callable[[ConnectionLostError], None]

CONNECTION_LOST = ConnectionLostError.code


class Database:
    def __init__(self, engine: Engine, *, read_only: bool = False) -> None:
        # Opened for reading only (OpenMode.READ): the connections refuse writes, and nothing
        # beside the database (its audit anchor) is written either.
        self.read_only = read_only
        # This open made the file (see discard_created).
        self.created = False
        # The file was known sound when opened (storage/sound.py).
        self.was_sound = False
        # The Store of the transaction open on each thread, so that a nested
        # `transaction()` joins it (as a savepoint) instead of opening a second
        # connection that would wait for the first one's write lock.
        self._open = threading.local()
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # Called with the error whenever the server cannot be reached (the GUI shows a banner).
        self.connection_listeners: list[ConnectionListener] = []
        self._read_sessions = sessionmaker(
            engine.execution_options(**{BEGIN_OPTION: "DEFERRED"}), expire_on_commit=False
        )
        track_changes(self._sessions)
        track_changes(self._read_sessions)
        # The audit chain's anchor outside the database (storage/anchor.py) follows every
        # commit that appended audit records.
        self.anchor_path = anchor.anchor_path(engine.url)
        anchor.watch_audit(self._sessions)

    @classmethod
    def open(
        cls, target: str | os.PathLike[str], *, migrate_schema: bool = True, mode: OpenMode = OpenMode.CREATE
    ) -> Database:
        """Open the database at ``target``: read-only, read-write, or created if there is none.

        See storage/opening.py for what may be created. READ never migrates: a schema
        behind this program's is an error that says how to upgrade it.
        """
        url = resolve_url(target)
        path = sqlite_path(url)
        # Known sound before this open touches it: a clean close may then say so again.
        was_sound = path is not None and sound.known_sound(path)
        create = mode is OpenMode.CREATE
        created = path is not None and check_sqlite_target(path, create=create)
        if created and path is not None:
            create_sqlite_file(path)
        engine = make_engine(url, read_only=mode is OpenMode.READ)
        # Look before touching: an existing SQLite file is looked at read-only, so that
        # someone else's database is refused before a read-write connection makes it WAL.
        looking = (
            make_engine(url, read_only=True) if path is not None and mode is not OpenMode.READ else engine
        )
        try:
            with looking.connect() as conn:
                check_schema(conn, describe(url), create=create)
            if looking is not engine:
                looking.dispose()
            if mode is OpenMode.READ:
                _require_current_schema(engine, describe(url))
            elif migrate_schema:
                migrate.upgrade(engine)
        except DatabaseError:
            looking.dispose()
            engine.dispose()
            raise
        except SQLAlchemyError as exc:
            looking.dispose()
            engine.dispose()
            raise DatabaseError(f"无法打开数据库 {describe(url)}：{_reason(exc)}") from exc
        db = cls(engine, read_only=mode is OpenMode.READ)
        db.created = created
        db.was_sound = was_sound
        return db

    @property
    def url(self) -> URL:
        return self.engine.url

    @property
    def description(self) -> str:
        return describe(self.engine.url)

    @property
    def file(self) -> Path | None:
        return sqlite_path(self.engine.url)

    def protected_paths(self) -> list[Protected]:
        """What no export may replace (storage/output.py): this database's own files and folders.

        SQLite: the file, its journal, WAL and shared-memory files, its anchor, the default
        backup folder (pre-migration copies go there whatever the setting) and the evidence
        folder. A server: only the anchor this workstation keeps. The office adds the
        configured backup folder (services/office/backups.py owns that rule).
        """
        guarded = [Protected(self.anchor_path, "审计链锚点文件")]
        db_file = self.file
        if db_file is not None:
            guarded.append(Protected(db_file, "当前打开的数据库文件"))
            for suffix in ("-journal", "-wal", "-shm"):
                guarded.append(Protected(Path(f"{db_file}{suffix}"), "当前数据库的日志文件"))
            guarded.append(
                Protected(migrate.default_backup_folder(db_file), "本值班室的备份文件夹", folder=True)
            )
            guarded.append(Protected(evidence_folder(db_file), "本值班室的证据文件夹", folder=True))
        return guarded

    @property
    def backend(self) -> str:
        return self.engine.url.get_backend_name()

    @contextmanager
    def transaction(self, *, read_only: bool = False) -> Iterator[Store]:
        """A unit of work: committed if the block finishes, rolled back if it raises.

        On SQLite it starts with the write lock (BEGIN IMMEDIATE) so that several
        workstations writing at once queue up instead of failing. A long read that
        writes nothing (export, statistics) may pass ``read_only=True`` to not hold
        other writers up.
        """
        outer: Store | None = getattr(self._open, "store", None)
        if outer is not None:
            with outer.session.begin_nested():
                yield outer
            return
        session = (self._read_sessions if read_only or self.read_only else self._sessions)()
        try:
            with session.begin():
                store = Store(session)
                self._open.store = store
                try:
                    yield store
                finally:
                    self._open.store = None
                # Counters last and in a fixed order: row locks are held briefly and never deadlock.
                store.changes.flush()
        except DBAPIError as exc:
            if _connection_lost(exc, self.backend):
                raise self._lost(exc) from exc
            if _damaged(exc):
                raise DatabaseError(
                    f"数据库文件已损坏（{_reason(exc)}）：请用 dutylog restore 从备份恢复。", code="damaged"
                ) from exc
            if isinstance(exc, OperationalError):
                raise DatabaseError(f"数据库操作失败：{_reason(exc)}") from exc
            raise
        finally:
            session.close()
        # Committed: remember outside the database how far the audit chain now reaches.
        if session.info.pop(anchor.AUDIT_APPENDED, False):
            anchor.advance(self)

    def ping(self) -> None:
        """A round trip to the server; raises DatabaseError (code ``connection_lost``) when it is down."""
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except DBAPIError as exc:
            raise self._lost(exc) from exc

    def _lost(self, exc: DBAPIError) -> ConnectionLostError:
        error = ConnectionLostError(
            f"与数据库服务器的连接中断（{self.description}）：{_reason(exc)}。"
            "请检查网络或数据库服务器，连接恢复后重试。",
        )
        for listener in list(self.connection_listeners):
            listener(error)
        return error

    def close(self) -> None:
        self.engine.dispose()
        db_file = self.file
        if self.was_sound and db_file is not None:
            sound.remember_sound(db_file)  # closed cleanly: the next start need not re-read it

    def discard_created(self) -> None:
        """Close and remove the file this open created: a setup that failed leaves nothing behind."""
        self.close()
        path = self.file
        if not self.created or path is None:
            return
        for leftover in (path, *(Path(f"{path}{end}") for end in ("-wal", "-shm", "-journal"))):
            leftover.unlink(missing_ok=True)
        anchor.beside(path).unlink(missing_ok=True)


def _require_current_schema(engine: Engine, where: str) -> None:
    current, heads = migrate.pending_revisions(engine)
    if current != heads:
        raise DatabaseError(
            f"{where} 的数据库结构需要升级，只读命令不做升级：请先打开一次桌面程序，"
            "或执行任一写入命令（升级前会自动备份）。",
            code="needs_upgrade",
        )


# SQLSTATE classes meaning "the server went away": connection exceptions and shutdowns.
_LOST_STATES = ("08", "57P01", "57P02", "57P03")


def _connection_lost(exc: DBAPIError, backend: str) -> bool:
    """True when the server is unreachable, as opposed to a failing statement."""
    if backend == "sqlite":
        return False  # a file does not go away; "locked" and friends are ordinary failures
    if exc.connection_invalidated or isinstance(exc, InterfaceError):
        return True
    if not isinstance(exc, OperationalError):
        return False
    state = getattr(exc.orig, "sqlstate", None)
    return state is None or state.startswith(_LOST_STATES)


def _damaged(exc: DBAPIError) -> bool:
    """SQLite says the file is corrupt or not a database at all (not an ordinary failed statement)."""
    return getattr(exc.orig, "sqlite_errorname", "") in ("SQLITE_CORRUPT", "SQLITE_NOTADB")


def _reason(exc: SQLAlchemyError) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig if orig is not None else exc).splitlines()[0]
