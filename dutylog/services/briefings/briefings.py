"""End-of-day briefings: draft from the log, edit, submit, return or sign, keep every version.

The acting person is passed explicitly (``author_id``, ``reviewer_id``) until accounts
exist; permission checks can then be layered on top of these methods.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Protocol

from dutylog.domain.accounts.anchor import ChainMark
from dutylog.domain.accounts.audit import AuditAction, AuditFilter
from dutylog.domain.accounts.permissions import Permission
from dutylog.domain.briefings.briefing import (
    DEFAULT_BRIEFING_DEADLINE,
    DEFAULT_REMINDER_LEAD,
    BriefingRecord,
    BriefingVersionRecord,
    Reminder,
    briefing_reminder,
    check_can_review,
    check_can_submit,
    check_editable,
    parse_clock,
    write_permission,
)
from dutylog.domain.briefings.monthly import BulletinReminder, bulletin_reminder, last_month
from dutylog.domain.briefings.reporting import DayFacts
from dutylog.domain.briefings.signature import is_intact
from dutylog.domain.enums import BriefingKind, BriefingStatus, DutyRole, Shift
from dutylog.domain.errors import ConflictError, NotFoundError, ValidationError
from dutylog.domain.validation import TITLE_MAX, clean_text
from dutylog.reports.briefing_draft import briefing_title, draft_briefing_html
from dutylog.reports.html_subset import normalize
from dutylog.services.briefings.monthly import month_bounds
from dutylog.services.context import OfficeContext
from dutylog.services.roster.holidays import is_workday
from dutylog.services.writes import acting_person, writes

if TYPE_CHECKING:
    from dutylog.services.briefings.monthly import MonthlyBulletins
    from dutylog.services.briefings.reports import ReportService
    from dutylog.services.roster.roster import RosterService
    from dutylog.storage.database import Store

BODY_MAX = 200_000


class BriefingsContext(OfficeContext, Protocol):
    """The office as this module's services need it: the context and the services they use."""

    @property
    def reports(self) -> ReportService: ...

    @property
    def roster(self) -> RosterService: ...

    @property
    def monthly(self) -> MonthlyBulletins: ...


class BriefingService:
    def __init__(self, office: BriefingsContext) -> None:
        self.office = office

    # --- reading ---------------------------------------------------------------
    def get(self, briefing_id: int) -> BriefingRecord:
        with self.office.db.transaction() as store:
            return store.briefings.get(briefing_id)

    def signing_mark(self, briefing_id: int) -> ChainMark | None:
        """The audit record of the briefing's latest signing: the chain's head right after it.

        Printed on the signed document ("审计链 #57 a1b2c3d4e5f6"); looked up rather than
        stored on the briefing, whose signed content is hashed and must not change.
        """
        wanted = AuditFilter(entity="briefing", entity_id=str(briefing_id), action=AuditAction.SIGN)
        with self.office.db.transaction(read_only=True) as store:
            found = store.audit.find(wanted, limit=1)  # newest first
        return ChainMark(found[0].id, found[0].hash) if found else None

    def find(self, duty_date: date, shift: Shift | None = None) -> BriefingRecord | None:
        with self.office.db.transaction() as store:
            return store.briefings.find(duty_date, shift)

    def find_monthly(self, year: int, month: int) -> BriefingRecord | None:
        """The saved monthly bulletin of a month, if anyone has started it."""
        first, _last = month_bounds(year, month)
        with self.office.db.transaction() as store:
            return store.briefings.find(first, None, BriefingKind.MONTHLY)

    def between(
        self,
        first: date,
        last: date,
        status: BriefingStatus | None = None,
        kind: BriefingKind | None = BriefingKind.DAILY,
    ) -> list[BriefingRecord]:
        """Briefings dated ``first``..``last`` (a monthly bulletin by its month's first day)."""
        if last < first:
            raise ValidationError("结束日期不能早于开始日期。", code="range_order", field="to")
        with self.office.db.transaction() as store:
            return store.briefings.between(first, last, status, kind)

    def versions(self, briefing_id: int) -> list[BriefingVersionRecord]:
        with self.office.db.transaction() as store:
            store.briefings.get(briefing_id)
            return store.briefings.versions(briefing_id)

    def today(self) -> date:
        """The current duty date (a night shift after midnight still belongs to yesterday)."""
        duty_date, _shift = self.office.shift_times().locate(self.office.clock())
        return duty_date

    # --- drafting ----------------------------------------------------------------
    def facts(self, duty_date: date, shift: Shift | None = None) -> DayFacts:
        self._check_not_future(duty_date)
        return self.office.reports.day_facts(duty_date, shift)

    def preview(self, duty_date: date, shift: Shift | None = None) -> tuple[str, str]:
        """(title, body) of a fresh draft, without saving anything."""
        facts = self.facts(duty_date, shift)
        return briefing_title(facts), draft_briefing_html(facts)

    def monthly_preview(self, year: int, month: int) -> tuple[str, str]:
        """(title, body) of a fresh monthly bulletin drafted from the month's records."""
        from dutylog.reports.monthly_bulletin import bulletin_html, bulletin_title

        first, _last = month_bounds(year, month)
        if first > self.today():
            raise ValidationError(
                f"{first:%Y年%m月}还没有开始，不能撰写月报。", code="in_future", field="month"
            )
        facts = self.office.monthly.facts(year, month)
        return bulletin_title(facts), bulletin_html(facts)

    @writes
    def draft(self, duty_date: date, shift: Shift | None = None, *, author_id: int | None) -> BriefingRecord:
        """The day's briefing: the saved one if it exists, else a new draft from the log."""
        author_id = acting_person(self.office, author_id, act="撰写汇报")
        existing = self.find(duty_date, shift)
        if existing is not None:
            return existing
        self.office.require(Permission.BRIEFING_WRITE)
        title, body = self.preview(duty_date, shift)
        return self._create(BriefingKind.DAILY, duty_date, shift, author_id, title, body)

    @writes
    def draft_monthly(self, year: int, month: int) -> BriefingRecord:
        """The month's bulletin: the saved one if it exists, else a new draft from the records.

        Written by the logged-in person; the 下月工作重点 section is left for them to fill in.
        """
        author_id = acting_person(self.office, None, act="撰写月报")
        # Asked before the lookup: opening the month's bulletin to write it is a writer's act.
        self.office.require(Permission.BULLETIN_WRITE)
        existing = self.find_monthly(year, month)
        if existing is not None:
            return existing
        title, body = self.monthly_preview(year, month)
        first, _last = month_bounds(year, month)
        return self._create(BriefingKind.MONTHLY, first, None, author_id, title, body)

    def _create(
        self,
        kind: BriefingKind,
        duty_date: date,
        shift: Shift | None,
        author_id: int | None,
        title: str,
        body: str,
    ) -> BriefingRecord:
        now = self.office.clock()
        with self.office.db.transaction() as store:
            self._check_person(store, author_id)
            # Another workstation may have saved the draft meanwhile: keep theirs.
            raced = store.briefings.find(duty_date, shift, kind)
            if raced is not None:
                return raced
            briefing_id = store.briefings.add(
                duty_date=duty_date,
                shift=shift,
                author_id=author_id,
                title=title,
                body_html=body,
                now=now,
                kind=kind,
            )
            record = store.briefings.get(briefing_id)
            store.briefings.add_version(record, action="drafted", actor_id=author_id, at=now)
            self.office.audit.record(store, AuditAction.CREATE, "briefing", briefing_id, after=record)
            return record

    def ensure_today_draft(self) -> BriefingRecord:
        """Today's briefing, drafted from the log for the officer on duty if nobody has started it."""
        duty_date = self.today()
        existing = self.find(duty_date)
        if existing is not None:
            return existing
        on_duty = self.office.roster.on_duty()
        author = on_duty.officers[0].staff_id if on_duty.officers else None
        return self.draft(duty_date, author_id=author)

    @writes
    def redraft(
        self, briefing_id: int, *, author_id: int | None, expected_version: int | None = None
    ) -> BriefingRecord:
        """Replace the text with a fresh draft from the records (the old text stays in the history)."""
        current = self.get(briefing_id)
        if current.monthly:
            title, body = self.monthly_preview(current.duty_date.year, current.duty_date.month)
        else:
            title, body = self.preview(current.duty_date, current.shift)
        return self._change(
            briefing_id,
            "redrafted",
            author_id,
            expected_version,
            title=title,
            body_html=body,
            status=BriefingStatus.DRAFT,
        )

    @writes
    def edit(
        self,
        briefing_id: int,
        *,
        body_html: str,
        title: str | None = None,
        author_id: int | None,
        expected_version: int | None = None,
    ) -> BriefingRecord:
        body = normalize(body_html)
        if len(body) > BODY_MAX:
            raise ValidationError(f"汇报正文过长（{len(body)} 字符）。", code="too_long", field="body_html")
        changes: dict[str, object] = {"body_html": body, "status": BriefingStatus.DRAFT}
        if title is not None:
            changes["title"] = clean_text(
                title, field="title", label="标题", max_length=TITLE_MAX, multiline=False
            )
        return self._change(briefing_id, "edited", author_id, expected_version, **changes)

    # --- review ------------------------------------------------------------------
    @writes
    def submit(
        self, briefing_id: int, *, author_id: int | None, expected_version: int | None = None
    ) -> BriefingRecord:
        with self.office.db.transaction() as store:
            current = store.briefings.get(briefing_id)
            check_can_submit(current)
            if not current.body_html.strip():
                raise ValidationError("汇报正文为空，不能提交。", code="required", field="body_html")
        return self._change(
            briefing_id,
            "submitted",
            author_id,
            expected_version,
            status=BriefingStatus.SUBMITTED,
            return_reason="",
        )

    @writes
    def return_(self, briefing_id: int, *, reviewer_id: int, reason: str) -> BriefingRecord:
        reviewer_id = acting_person(self.office, reviewer_id, act="退回汇报") or reviewer_id
        clean_reason = clean_text(reason, field="reason", label="退回原因", max_length=2000)
        self.office.require(Permission.BRIEFING_RETURN)
        now = self.office.clock()
        with self.office.db.transaction() as store:
            self._check_reviewer(store, reviewer_id)
            current = store.briefings.get(briefing_id)
            check_can_review(current, reviewer_id)
            store.briefings.update(
                briefing_id, now=now, status=BriefingStatus.RETURNED, return_reason=clean_reason
            )
            record = store.briefings.get(briefing_id)
            store.briefings.add_version(
                record, action="returned", actor_id=reviewer_id, at=now, note=clean_reason
            )
            self.office.audit.record(
                store, AuditAction.RETURN, "briefing", briefing_id, before=current, after=record
            )
            return record

    @writes
    def sign(self, briefing_id: int, *, reviewer_id: int, instruction: str = "") -> BriefingRecord:
        """Sign off with an instruction (批示); the briefing is then locked and hashed."""
        reviewer_id = acting_person(self.office, reviewer_id, act="审签汇报") or reviewer_id
        clean_instruction = (
            clean_text(instruction, field="instruction", label="批示意见", max_length=5000, required=False)
            or "已阅。"
        )
        self.office.require(Permission.BRIEFING_SIGN)
        now = self.office.clock()
        with self.office.db.transaction() as store:
            self._check_reviewer(store, reviewer_id)
            current = store.briefings.get(briefing_id)
            check_can_review(current, reviewer_id)
            store.briefings.sign(current, signer_id=reviewer_id, instruction=clean_instruction, at=now)
            record = store.briefings.get(briefing_id)
            store.briefings.add_version(
                record, action="signed", actor_id=reviewer_id, at=now, note=clean_instruction
            )
            self.office.audit.record(
                store, AuditAction.SIGN, "briefing", briefing_id, before=current, after=record
            )
            return record

    def verify(self, briefing_id: int) -> bool:
        """True when a signed briefing still matches the hash stored when it was signed."""
        # The same rule `dutylog check` applies to every signed briefing.
        return is_intact(self.get(briefing_id))

    # --- reminder ----------------------------------------------------------------
    def reminder(self) -> Reminder:
        """Whether to remind the officer that today's briefing is not yet submitted."""
        now = self.office.clock()
        duty_date = now.date()
        with self.office.db.transaction() as store:
            deadline = parse_clock(
                str(store.settings.get("briefing_deadline", f"{DEFAULT_BRIEFING_DEADLINE:%H:%M}")),
                field="briefing_deadline",
                label="汇报截止时间",
            )
            lead = int(store.settings.get("briefing_reminder_minutes", DEFAULT_REMINDER_LEAD.seconds // 60))
            status = store.briefings.status_on(duty_date)
            # The office calendar: a make-up workday the administrator entered is a workday.
            workday = is_workday(store, duty_date)
        return briefing_reminder(
            now,
            duty_date=duty_date,
            status=status,
            workday=workday,
            deadline=deadline,
            lead=timedelta(minutes=lead),
        )

    def bulletin_reminder(self) -> BulletinReminder | None:
        """Whether last month's bulletin still needs writing, submitting or signing (1st-15th)."""
        today = self.office.clock().date()
        year, month = last_month(today)
        bulletin = self.find_monthly(year, month)
        return bulletin_reminder(today, bulletin.status if bulletin is not None else None)

    @writes
    def set_reminder(self, deadline: str, lead_minutes: int = 30) -> None:
        parsed = parse_clock(deadline, field="briefing_deadline", label="汇报截止时间")
        if not 0 <= lead_minutes <= 240:
            raise ValidationError("提前提醒时间应在 0 到 240 分钟之间。", code="bad_lead", field="lead")
        self.office.require(Permission.SETTINGS_MANAGE)
        with self.office.db.transaction() as store:
            store.settings.set("briefing_deadline", f"{parsed:%H:%M}")
            store.settings.set("briefing_reminder_minutes", lead_minutes)
            self.office.audit.record(
                store,
                AuditAction.UPDATE,
                "setting",
                "briefing_reminder",
                after={"deadline": f"{parsed:%H:%M}", "lead_minutes": lead_minutes},
            )

    def staff_id_named(self, name: str) -> int:
        """The id of the one member of staff called ``name`` (for the CLI, until accounts exist)."""
        with self.office.db.transaction() as store:
            people = store.staff.by_name(name.strip())
        if not people:
            raise NotFoundError(f"找不到名为“{name}”的人员。", code="staff_not_found")
        if len(people) > 1:
            raise ValidationError(
                f"有 {len(people)} 位同名人员“{name}”，请在图形界面中选择。", code="ambiguous"
            )
        return people[0].id

    # --- helpers -----------------------------------------------------------------
    def _change(
        self,
        briefing_id: int,
        action: str,
        actor_id: int | None,
        expected_version: int | None,
        **changes: object,
    ) -> BriefingRecord:
        actor_id = acting_person(self.office, actor_id, act="修改汇报")
        now = self.office.clock()
        with self.office.db.transaction() as store:
            current = store.briefings.get(briefing_id)
            # Which right depends on what it is: the day's briefing or the monthly bulletin.
            self.office.require(write_permission(current))
            self._check_person(store, actor_id)
            if action != "submitted":
                check_editable(current)
            if expected_version is not None and expected_version != current.version:
                raise ConflictError("该汇报已被他人修改，请重新打开后再编辑。")
            store.briefings.update(briefing_id, now=now, **changes)
            record = store.briefings.get(briefing_id)
            store.briefings.add_version(record, action=action, actor_id=actor_id, at=now)
            kind = AuditAction.SUBMIT if action == "submitted" else AuditAction.UPDATE
            self.office.audit.record(store, kind, "briefing", briefing_id, before=current, after=record)
            return record

    def _check_not_future(self, duty_date: date) -> None:
        if duty_date > self.today():
            raise ValidationError(
                f"{duty_date:%Y-%m-%d} 是将来的日期，不能撰写汇报。", code="in_future", field="date"
            )

    @staticmethod
    def _check_person(store: Store, staff_id: int | None) -> None:
        if staff_id is not None:
            store.staff.get(staff_id)

    @staticmethod
    def _check_reviewer(store: Store, reviewer_id: int) -> None:
        person = store.staff.get(reviewer_id)
        if not person.active or DutyRole.LEADER not in person.roles:
            raise ValidationError(
                f"{person.name} 不是在岗领导，不能审签或退回汇报。", code="not_leader", field="signer_id"
            )
