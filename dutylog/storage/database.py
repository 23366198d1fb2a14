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

from sqlalchemy import Engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from dutylog.domain.errors import ConnectionLostError, DatabaseError
from dutylog.storage import anchor, migrate
from dutylog.storage.engine import BEGIN_OPTION, describe, make_engine, resolve_url, sqlite_path
from dutylog.storage.locking import serialize
from dutylog.storage.repos.accounts.audit import AuditRepo, VoidRepo
from dutylog.storage.repos.accounts.users import UserRepo
from dutylog.storage.repos.briefings.briefings import BriefingRepo, SubmissionRepo
from dutylog.storage.repos.briefings.reporting import ReportingRepo
from dutylog.storage.repos.log.entries import LogRepo
from dutylog.storage.repos.matters.evidence import EvidenceRepo
from dutylog.storage.repos.matters.ledger_io import LedgerIORepo
from dutylog.storage.repos.matters.matters import MatterRepo
from dutylog.storage.repos.office.bulk import BulkRepo
from dutylog.storage.repos.office.changes import ChangeRepo, track_changes
from dutylog.storage.repos.office.health import HealthRepo
from dutylog.storage.repos.office.settings import SettingsRepo
from dutylog.storage.repos.roster.calendar import DutyCalendarRepo
from dutylog.storage.repos.roster.slots import RosterRepo
from dutylog.storage.repos.roster.staff import StaffRepo


class Store:
    """The repositories available inside one transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session

    @cached_property
    def bulk(self) -> BulkRepo:
        return BulkRepo(self.session)

    @cached_property
    def settings(self) -> SettingsRepo:
        return SettingsRepo(self.session)

    @cached_property
    def staff(self) -> StaffRepo:
        return StaffRepo(self.session)

    @cached_property
    def roster(self) -> RosterRepo:
        return RosterRepo(self.session)

    @cached_property
    def duty_calendar(self) -> DutyCalendarRepo:
        return DutyCalendarRepo(self.session)

    @cached_property
    def log(self) -> LogRepo:
        return LogRepo(self.session)

    @cached_property
    def matters(self) -> MatterRepo:
        return MatterRepo(self.session)

    @cached_property
    def changes(self) -> ChangeRepo:
        """``store.changes.bump("matters")`` after a write lets other workstations refresh."""
        return ChangeRepo(self.session)

    @cached_property
    def evidence(self) -> EvidenceRepo:
        return EvidenceRepo(self.session)

    @cached_property
    def health(self) -> HealthRepo:
        return HealthRepo(self.session)

    def serialize(self, key: str) -> None:
        """Concurrent transactions passing the same ``key`` run one after the other (see locks)."""
        serialize(self.session, key)

    @cached_property
    def ledger_io(self) -> LedgerIORepo:
        return LedgerIORepo(self.session)

    @cached_property
    def briefings(self) -> BriefingRepo:
        return BriefingRepo(self.session)

    @cached_property
    def submissions(self) -> SubmissionRepo:
        return SubmissionRepo(self.session)

    @cached_property
    def reporting(self) -> ReportingRepo:
        return ReportingRepo(self.session)

    @cached_property
    def users(self) -> UserRepo:
        return UserRepo(self.session)

    @cached_property
    def audit(self) -> AuditRepo:
        return AuditRepo(self.session)

    @cached_property
    def voids(self) -> VoidRepo:
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
    def __init__(self, engine: Engine) -> None:
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
    def open(cls, target: str | os.PathLike[str], *, migrate_schema: bool = True) -> Database:
        """Open (creating if needed) and migrate the database at ``target``."""
        url = resolve_url(target)
        path = sqlite_path(url)
        if path is not None:
            _prepare_sqlite_file(path)
        engine = make_engine(url)
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            if migrate_schema:
                migrate.upgrade(engine)
        except DatabaseError:
            engine.dispose()
            raise
        except SQLAlchemyError as exc:
            engine.dispose()
            raise DatabaseError(f"无法打开数据库 {describe(url)}：{_reason(exc)}") from exc
        return cls(engine)

    @property
    def url(self) -> URL:
        return self.engine.url

    @property
    def description(self) -> str:
        return describe(self.engine.url)

    @property
    def file(self) -> Path | None:
        return sqlite_path(self.engine.url)

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
        session = (self._read_sessions if read_only else self._sessions)()
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


def _prepare_sqlite_file(path: Path) -> None:
    """Create the folder and the file readable by the owner only."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not path.exists():
            fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
            os.close(fd)
    except OSError as exc:
        raise DatabaseError(f"无法创建数据库文件 {path}：{exc.strerror}") from exc


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


def _reason(exc: SQLAlchemyError) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig if orig is not None else exc).splitlines()[0]
