"""`Office`: the one front door to an office's data, with a service object per area.

    office = Office.open("office.sqlite3")
    office.log.add_entry(NewLogEntry(kind=EntryKind.PATROL, text="..."))

The GUI, the CLI and the tests all go through it.

Who is acting: ``office.actor`` (an `Actor`). A fresh Office acts as the system
actor (command line, tests, demo); the GUI logs in with ``office.login(name,
password)`` and every service checks ``office.require(Permission.X)`` against
that user and writes the audit trail under their name (see services/audit.py).
"""

from __future__ import annotations

import os
from datetime import datetime, time
from functools import cached_property
from typing import TYPE_CHECKING

from dutylog.domain.accounts.permissions import SHIFT_BOUND, SYSTEM_ACTOR, Actor, Permission, require
from dutylog.domain.errors import DutyLogError
from dutylog.domain.log.shifts import SHIFT_PATTERNS_KEY, ShiftTimes, eras_from_json
from dutylog.domain.office.connection import OpenMode, TargetSource
from dutylog.services.context import Clock
from dutylog.services.office.targets import ResolvedTarget
from dutylog.storage.database import Database
from dutylog.storage.output import OutputFiles, Protected

# Each area service is imported by the property that makes it (a command touching one area
# imports one); the services refer back to Office for typing only.
if TYPE_CHECKING:
    from dutylog.services.accounts.accounts import AccountService
    from dutylog.services.accounts.audit import AuditService
    from dutylog.services.briefings.briefings import BriefingService
    from dutylog.services.briefings.monthly import MonthlyBulletins
    from dutylog.services.briefings.reports import ReportService
    from dutylog.services.briefings.submissions import SubmissionService
    from dutylog.services.log.drafts import DraftService
    from dutylog.services.log.entries import LogService
    from dutylog.services.log.handover import HandoverService
    from dutylog.services.log.patrols import PatrolService
    from dutylog.services.matters.ledger_export import LedgerExportService
    from dutylog.services.matters.ledger_import import LedgerImportService
    from dutylog.services.matters.matters import MatterService
    from dutylog.services.office.archive import YearArchiveService
    from dutylog.services.office.archive_documents import OfficeDocuments
    from dutylog.services.office.backups import BackupService
    from dutylog.services.office.changes import ChangesService
    from dutylog.services.office.connection import ConnectionService
    from dutylog.services.office.health import HealthService
    from dutylog.services.office.reminders import ReminderService
    from dutylog.services.office.settings import SettingsService
    from dutylog.services.plans.checklists import ChecklistService
    from dutylog.services.plans.drills import DrillService
    from dutylog.services.plans.keywords import KeywordService
    from dutylog.services.plans.plans import PlanService
    from dutylog.services.roster.holidays import HolidayService
    from dutylog.services.roster.roster import RosterService
    from dutylog.services.roster.staff import StaffService
    from dutylog.services.supervision.assignments import AssignmentService
    from dutylog.services.supervision.supervision import SupervisionService
    from dutylog.services.supervision.units import UnitBookService

DEFAULT_UNIT_NAME = "网络舆情值班室"


def _now() -> datetime:
    # Wall-clock local time without tz: what the office reads and prints.
    # DUTYLOG_NOW (e.g. 2026-11-17T15:30) fixes the clock so demos and screenshots are reproducible.
    fixed = os.environ.get("DUTYLOG_NOW")
    if fixed:
        return datetime.fromisoformat(fixed)
    return datetime.now().replace(microsecond=0)


class Office:
    def __init__(self, db: Database, *, clock: Clock = _now, actor: Actor = SYSTEM_ACTOR) -> None:
        self.db = db
        self.clock = clock
        self.actor = actor

    @classmethod
    def open(
        cls,
        target: str | os.PathLike[str],
        *,
        clock: Clock = _now,
        actor: Actor = SYSTEM_ACTOR,
        mode: OpenMode = OpenMode.CREATE,
    ) -> Office:
        """The office at ``target``; ``mode`` says whether it is read, written or may be created."""
        return cls(Database.open(target, mode=mode), clock=clock, actor=actor)

    # -- who is acting -------------------------------------------------------------
    def login(self, username: str, password: str) -> Actor:
        """Check the password and act as that user from now on (raises PermissionDenied)."""
        return self.accounts.login(username, password)

    def act_as(self, actor: Actor) -> None:
        self.actor = actor

    def require(
        self, permission: Permission, *, owner_staff_id: int | None = None, at: datetime | None = None
    ) -> None:
        """Raise PermissionDenied unless the acting user may use ``permission``.

        Duty-bound permissions need the person on duty now or, with ``at``, on duty at
        that moment (the caller checks that the shift has not locked since).
        """
        actor = self.actor
        on_shift = (
            permission in SHIFT_BOUND
            and not actor.system
            and actor.staff_id is not None
            and self.on_shift(actor, at)
        )
        require(actor, permission, on_shift=on_shift, owner_staff_id=owner_staff_id)

    def on_shift(self, actor: Actor, at: datetime | None = None) -> bool:
        """Is ``actor``'s person on the roster (in any duty role) now, or at ``at``?"""
        if actor.staff_id is None:
            return False
        now = self.roster.on_duty(at or self.clock())
        people = {slot.staff_id for slot in (*now.officers, *now.leaders, *now.standby)}
        return actor.staff_id in people

    def close(self) -> None:
        self.db.close()

    # Area services are created on first use so that a command touching one area
    # does not pay for the others.
    @cached_property
    def staff(self) -> StaffService:
        from dutylog.services.roster.staff import StaffService

        return StaffService(self)

    @cached_property
    def roster(self) -> RosterService:
        from dutylog.services.roster.roster import RosterService

        return RosterService(self)

    @cached_property
    def holidays(self) -> HolidayService:
        from dutylog.services.roster.holidays import HolidayService

        return HolidayService(self)

    @cached_property
    def log(self) -> LogService:
        from dutylog.services.log.entries import LogService

        return LogService(self)

    @cached_property
    def patrols(self) -> PatrolService:
        from dutylog.services.log.patrols import PatrolService

        return PatrolService(self)

    @cached_property
    def handover(self) -> HandoverService:
        from dutylog.services.log.handover import HandoverService

        return HandoverService(self)

    @cached_property
    def drafts(self) -> DraftService:
        from dutylog.services.log.drafts import DraftService

        return DraftService(self)

    @cached_property
    def matters(self) -> MatterService:
        from dutylog.services.matters.matters import MatterService

        return MatterService(self)

    @cached_property
    def changes(self) -> ChangesService:
        from dutylog.services.office.changes import ChangesService

        return ChangesService(self)

    @cached_property
    def connection(self) -> ConnectionService:
        from dutylog.services.office.connection import ConnectionService

        return ConnectionService(self)

    @cached_property
    def health(self) -> HealthService:
        from dutylog.services.office.health import HealthService

        return HealthService(self)

    @cached_property
    def settings(self) -> SettingsService:
        from dutylog.services.office.settings import SettingsService

        return SettingsService(self)

    @cached_property
    def ledger_import(self) -> LedgerImportService:
        from dutylog.services.matters.ledger_import import LedgerImportService

        return LedgerImportService(self)

    @cached_property
    def ledger_export(self) -> LedgerExportService:
        from dutylog.services.matters.ledger_export import LedgerExportService

        return LedgerExportService(self)

    @cached_property
    def archive(self) -> YearArchiveService:
        from dutylog.services.office.archive import YearArchiveService

        return YearArchiveService(self)

    @cached_property
    def documents(self) -> OfficeDocuments:
        from dutylog.services.office.archive_documents import OfficeDocuments

        return OfficeDocuments(self)

    @cached_property
    def monthly(self) -> MonthlyBulletins:
        from dutylog.services.briefings.monthly import MonthlyBulletins

        return MonthlyBulletins(self)

    @cached_property
    def briefings(self) -> BriefingService:
        from dutylog.services.briefings.briefings import BriefingService

        return BriefingService(self)

    @cached_property
    def reports(self) -> ReportService:
        from dutylog.services.briefings.reports import ReportService

        return ReportService(self)

    @cached_property
    def submissions(self) -> SubmissionService:
        from dutylog.services.briefings.submissions import SubmissionService

        return SubmissionService(self)

    @cached_property
    def units(self) -> UnitBookService:
        from dutylog.services.supervision.units import UnitBookService

        return UnitBookService(self)

    @cached_property
    def assignments(self) -> AssignmentService:
        from dutylog.services.supervision.assignments import AssignmentService

        return AssignmentService(self)

    @cached_property
    def supervision(self) -> SupervisionService:
        from dutylog.services.supervision.supervision import SupervisionService

        return SupervisionService(self)

    @cached_property
    def plans(self) -> PlanService:
        from dutylog.services.plans.plans import PlanService

        return PlanService(self)

    @cached_property
    def checklists(self) -> ChecklistService:
        from dutylog.services.plans.checklists import ChecklistService

        return ChecklistService(self)

    @cached_property
    def keywords(self) -> KeywordService:
        from dutylog.services.plans.keywords import KeywordService

        return KeywordService(self)

    @cached_property
    def drills(self) -> DrillService:
        from dutylog.services.plans.drills import DrillService

        return DrillService(self)

    @cached_property
    def accounts(self) -> AccountService:
        from dutylog.services.accounts.accounts import AccountService

        return AccountService(self)

    @cached_property
    def audit(self) -> AuditService:
        from dutylog.services.accounts.audit import AuditService

        return AuditService(self)

    @cached_property
    def backups(self) -> BackupService:
        from dutylog.services.office.backups import BackupService

        return BackupService(self)

    @cached_property
    def reminders(self) -> ReminderService:
        from dutylog.services.office.reminders import ReminderService

        return ReminderService(self)

    @cached_property
    def outputs(self) -> OutputFiles:
        """The one way to write a file a user asked for (storage/output.py)."""
        return OutputFiles(self._protected_paths)

    def _protected_paths(self) -> list[Protected]:
        guarded = self.db.protected_paths()
        try:
            folder = self.backups.folder()
        except DutyLogError:
            return guarded  # a server database without a backup folder of its own
        guarded.append(Protected(folder, "本值班室的备份文件夹", folder=True))
        return guarded

    def shift_times(self) -> ShiftTimes:
        # Read-only: services call this inside their own write transaction, and a second
        # SQLite write transaction (BEGIN IMMEDIATE) there would wait for the first forever.
        with self.db.transaction(read_only=True) as store:
            start = store.settings.get("day_start", "08:30")
            end = store.settings.get("day_end", "17:30")
            eras = eras_from_json(store.settings.get(SHIFT_PATTERNS_KEY))
        return ShiftTimes(time.fromisoformat(start), time.fromisoformat(end), eras)

    def unit_name(self) -> str:
        with self.db.transaction(read_only=True) as store:
            return str(store.settings.get("unit_name", DEFAULT_UNIT_NAME))

    def is_empty(self) -> bool:
        with self.db.transaction() as store:
            return store.is_empty()


def open_resolved(
    resolved: ResolvedTarget, *, clock: Clock | None = None, mode: OpenMode = OpenMode.CREATE
) -> Office:
    """Open the office at ``resolved``; a saved connection that fails says how to get past it."""

    try:
        office = Office.open(resolved.target, clock=clock or _now, mode=mode)
    except DutyLogError as exc:
        if resolved.source is not TargetSource.SAVED:
            raise
        hint = (
            f"该连接保存在本机 {resolved.saved_file}；可用 --db 指定其他数据库启动，"
            "或执行 dutylog connection forget 改回默认数据库文件。"
        )
        parts = (exc.message, resolved.warning or "", hint)
        message = " ".join(part for part in parts if part)
        raise type(exc)(message, code=exc.code, field=exc.field) from exc
    office.connection.started_from = resolved
    return office
