"""Assignments (交办): a matter assigned to units, their replies, reviews, extensions, urges,
and research meetings (研判). Every step records who (the session's person) and when, on
the matter's timeline and in the audit trail."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from dutylog.domain.accounts.audit import AuditAction
from dutylog.domain.accounts.permissions import Permission
from dutylog.domain.enums import MatterStatus
from dutylog.domain.errors import ValidationError
from dutylog.domain.supervision.assignments import (
    INSTRUCTION_MAX,
    PRESETS_KEY,
    REPLY_MAX,
    AssignmentRecord,
    AssignmentStatus,
    MatterKind,
    MeetingRecord,
    TimeLimitPresets,
    UrgeHow,
    check_workdays,
)
from dutylog.domain.supervision.workdays import add_workdays, calendar_span
from dutylog.domain.validation import check_date_range, check_order, clean_text
from dutylog.services.context import OfficeContext
from dutylog.services.matters.past_records import record_time, require_record_at
from dutylog.services.roster.holidays import load_calendar
from dutylog.services.supervision.units import unit_by_name
from dutylog.services.writes import writes

if TYPE_CHECKING:
    from dutylog.domain.matters.records import MatterRecord
    from dutylog.services.matters.matters import MatterService
    from dutylog.services.office.settings import SettingsService
    from dutylog.storage.database import Store


class AssignmentsContext(OfficeContext, Protocol):
    @property
    def settings(self) -> SettingsService: ...

    @property
    def matters(self) -> MatterService: ...


def _text(value: str, field: str, label: str, limit: int, *, required: bool = False) -> str:
    return clean_text(value, field=field, label=label, max_length=limit, required=required)


class AssignmentService:
    def __init__(self, office: AssignmentsContext) -> None:
        self.office = office

    # --- settings ------------------------------------------------------------------
    def presets(self) -> TimeLimitPresets:
        return TimeLimitPresets.from_setting(self.office.settings.get(PRESETS_KEY))

    @writes
    def set_presets(self, presets: TimeLimitPresets) -> TimeLimitPresets:
        for days in presets.workdays.values():
            check_workdays(days)
        if not 1 <= presets.first_response_hours <= 240:
            raise ValidationError(
                "首次响应时限应为 1 到 240 小时。", code="bad_hours", field="first_response_hours"
            )
        self.office.require(Permission.SETTINGS_MANAGE)
        with self.office.db.transaction() as store:
            before = store.settings.get(PRESETS_KEY)
            store.settings.set(PRESETS_KEY, presets.to_setting())
            self.office.audit.record(
                store, AuditAction.UPDATE, "setting", PRESETS_KEY, before=before, after=presets.to_setting()
            )
        return presets

    def due_date(self, assigned_on: date, workdays: int) -> date:
        """The deadline ``workdays`` working days after ``assigned_on`` on the office calendar."""
        check_workdays(workdays)
        with self.office.db.transaction(read_only=True) as store:
            return _add_workdays(store, assigned_on, workdays)

    # --- read ----------------------------------------------------------------------
    def for_matter(self, matter_id: int) -> list[AssignmentRecord]:
        with self.office.db.transaction() as store:
            store.matters.get(matter_id)
            return store.assignments.for_matter(matter_id)

    def find(self, matter_number: str, unit_name: str) -> AssignmentRecord:
        """The assignment of matter ``matter_number`` to unit ``unit_name``."""
        with self.office.db.transaction() as store:
            matter = store.matters.by_number(matter_number.strip())
            unit = unit_by_name(store, unit_name)
            found = store.assignments.find(matter.id, unit.id)
        if found is None:
            raise ValidationError(
                f"事项 {matter.number} 未交办给“{unit.name}”。", code="not_assigned", field="unit"
            )
        return found

    def meetings(self, matter_id: int) -> list[MeetingRecord]:
        with self.office.db.transaction() as store:
            return store.assignments.meetings(matter_id)

    def meetings_on(self, day: date) -> list[MeetingRecord]:
        """The research meetings of ``day`` (the day's briefing mentions them)."""
        start = datetime.combine(day, datetime.min.time())
        with self.office.db.transaction() as store:
            return store.assignments.meetings_between(start, start + timedelta(days=1))

    # --- assign ----------------------------------------------------------------------
    @writes
    def assign(
        self,
        matter_id: int,
        unit_name: str,
        *,
        workdays: int | None = None,
        due_on: date | None = None,
        kind: MatterKind | None = None,
        lead: bool | None = None,
        instruction: str = "",
        at: datetime | None = None,
    ) -> AssignmentRecord:
        """Assign a matter to a unit with a deadline in working days, a date or a kind's preset.

        ``lead`` None makes the unit the lead (主办) if the matter has none yet, else assisting.
        Working days count from the day after ``at`` (default now).
        """
        if sum(value is not None for value in (workdays, due_on, kind)) != 1:
            raise ValidationError("请给出办理时限：工作日数、截止日期或事项类别之一。", code="bad_deadline")
        when = record_time(self.office, at, label="交办时间")
        clean_instruction = _text(instruction, "instruction", "领导批示", INSTRUCTION_MAX)
        presets = self.presets()
        if kind is not None:
            workdays = presets.workdays[kind]
        if workdays is not None:
            check_workdays(workdays)
        if due_on is not None:
            check_date_range(due_on, field="due_on", label="截止日期")
            if due_on < when.date():
                raise ValidationError(
                    f"截止日期 {due_on:%Y-%m-%d} 早于交办时间 {when:%Y-%m-%d}。",
                    code="time_order",
                    field="due_on",
                )
        require_record_at(self.office, at)
        now = self.office.clock()
        actor_id = self.office.actor.staff_id
        with self.office.db.transaction() as store:
            matter = self._open_matter(store, matter_id)
            check_order(
                matter.discovered_at, when, field="at", earlier_label="发现时间", later_label="交办时间"
            )
            unit = unit_by_name(store, unit_name)
            if not unit.active:
                raise ValidationError(
                    f"单位“{unit.name}”已撤销，不能再交办。", code="retired_unit", field="unit"
                )
            existing = store.assignments.for_matter(matter_id)
            if any(item.unit_id == unit.id for item in existing):
                raise ValidationError(
                    f"事项 {matter.number} 已交办给“{unit.name}”。", code="duplicate", field="unit"
                )
            has_lead = any(item.lead for item in existing)
            if lead and has_lead:
                raise ValidationError(
                    f"事项 {matter.number} 已有主办单位；其他单位请作为协办交办。",
                    code="second_lead",
                    field="lead",
                )
            is_lead = bool(lead) if lead is not None else not has_lead
            due = due_on if due_on is not None else _add_workdays(store, when.date(), workdays or 0)
            record = store.assignments.add(
                matter_id=matter_id,
                unit_id=unit.id,
                lead=is_lead,
                instruction=clean_instruction,
                assigned_at=when,
                workdays=workdays,
                due_on=due,
                first_response_hours=presets.first_response_hours,
                status=AssignmentStatus.ASSIGNED.value,
                created_by=actor_id,
                created_at=now,
            )
            if is_lead:
                store.assignments.set_matter_unit(matter_id, unit.id)
            limit = f"{workdays} 个工作日，" if workdays is not None else ""
            note = f"交办{unit.name}（{record.role_zh}），办理时限{limit}至 {due:%Y-%m-%d}"
            if clean_instruction:
                note += f"。领导批示：{clean_instruction}"
            store.assignments.add_event(matter_id, at=when, actor_id=actor_id, note=note)
            self.office.audit.record(store, AuditAction.CREATE, "assignment", record.id, after=record)
            return record

    def _open_matter(self, store: Store, matter_id: int) -> MatterRecord:
        matter = store.matters.get(matter_id)
        if matter.voided_at is not None:
            raise ValidationError("该事项已作废，不能继续办理。", code="voided")
        return matter

    def _step(
        self,
        store: Store,
        current: AssignmentRecord,
        when: datetime,
        note: str,
        values: dict[str, Any],
        *,
        entity: str = "assignment",
    ) -> AssignmentRecord:
        """Apply ``values`` to an assignment, put ``note`` on the timeline and in the audit trail."""
        check_order(current.assigned_at, when, field="at", earlier_label="交办时间", later_label="该步骤时间")
        after = store.assignments.update(current.id, expected_version=current.version, values=values)
        store.assignments.add_event(
            current.matter_id,
            at=when,
            actor_id=self.office.actor.staff_id,
            note=f"{current.unit_name}：{note}",
        )
        self.office.audit.record(store, AuditAction.UPDATE, entity, current.id, before=current, after=after)
        return after

    def _load(self, store: Store, assignment_id: int, *, open_only: bool = True) -> AssignmentRecord:
        current = store.assignments.get(assignment_id)
        self._open_matter(store, current.matter_id)
        if open_only and current.status is AssignmentStatus.DONE:
            raise ValidationError(f"“{current.unit_name}”的交办已办结。", code="done", field="status")
        return current

    # --- the unit's side ------------------------------------------------------------------
    @writes
    def accept(self, assignment_id: int, *, at: datetime | None = None) -> AssignmentRecord:
        """The unit has signed for the assignment (签收)."""
        when = record_time(self.office, at)
        require_record_at(self.office, at)
        with self.office.db.transaction() as store:
            current = self._load(store, assignment_id)
            if current.status is not AssignmentStatus.ASSIGNED:
                raise ValidationError("只有刚交办的事项可以签收。", code="bad_transition", field="status")
            return self._step(
                store, current, when, "签收", {"status": AssignmentStatus.ACCEPTED.value, "accepted_at": when}
            )

    @writes
    def reply(
        self,
        assignment_id: int,
        text: str,
        *,
        done: bool = False,
        netizen_answered: bool = False,
        answered_where: str = "",
        attachments: Sequence[Path] = (),
        at: datetime | None = None,
    ) -> AssignmentRecord:
        """Record a unit's reply. ``done``: the unit has finished and the office accepts the reply
        at once (the assignment is done); otherwise the reply waits for the office's review."""
        body = _text(text, "text", "回复内容", REPLY_MAX, required=True)
        where = clean_text(
            answered_where,
            field="answered_where",
            label="答复网民的位置",
            max_length=200,
            required=False,
            multiline=False,
        )
        when = record_time(self.office, at, label="回复时间")
        require_record_at(self.office, at)
        actor_id = self.office.actor.staff_id
        with self.office.db.transaction() as store:
            current = self._load(store, assignment_id)
            evidence = [
                self.office.matters.evidence.attach(current.matter_id, Path(path), note="单位回复附件").id
                for path in attachments
            ]
            reply_id = store.assignments.add_reply(
                assignment_id=current.id,
                at=when,
                text=body,
                final=done,
                netizen_answered=netizen_answered,
                answered_where=where,
                recorded_by=actor_id,
                evidence_ids=evidence,
            )
            values: dict[str, Any] = {"status": AssignmentStatus.REPLIED.value}
            if current.replied_at is None:
                values["replied_at"] = when
            note = "回复" + ("（办结）" if done else "") + f"：{body[:200]}"
            after = self._step(store, current, when, note, values)
            if done:
                store.assignments.review_reply(reply_id, review="accepted", reason="", at=when, by=actor_id)
                after = self._finish(store, after, when)
            return after

    @writes
    def review(
        self, reply_id: int, *, accept: bool, reason: str = "", at: datetime | None = None
    ) -> AssignmentRecord:
        """The office's review of a reply: accept it (the assignment is done) or return it with a reason."""
        clean_reason = _text(reason, "reason", "退回理由", 2000, required=not accept)
        when = record_time(self.office, at, label="审核时间")
        require_record_at(self.office, at)
        with self.office.db.transaction() as store:
            owner = store.assignments.reply_owner(reply_id)
            if owner is None or owner[1] != "":
                raise ValidationError("找不到待审核的该条回复。", code="not_found", field="reply")
            assignment_id = owner[0]
            current = self._load(store, assignment_id)
            actor_id = self.office.actor.staff_id
            store.assignments.review_reply(
                reply_id,
                review="accepted" if accept else "returned",
                reason=clean_reason,
                at=when,
                by=actor_id,
            )
            if not accept:
                return self._step(
                    store,
                    current,
                    when,
                    f"回复被退回重办：{clean_reason}",
                    {"status": AssignmentStatus.RETURNED.value},
                )
            return self._finish(store, current, when)

    def _finish(self, store: Store, current: AssignmentRecord, when: datetime) -> AssignmentRecord:
        """Mark the assignment done; the matter closes (办结) when every lead assignment is done."""
        after = self._step(
            store, current, when, "办结", {"status": AssignmentStatus.DONE.value, "done_at": when}
        )
        items = store.assignments.for_matter(after.matter_id)
        leads = [item for item in items if item.lead]
        matter = store.matters.get(after.matter_id)
        if (
            leads
            and all(item.status is AssignmentStatus.DONE for item in leads)
            and matter.status is not MatterStatus.CLOSED
        ):
            outcome = "；".join(
                f"{item.unit_name}：{reply.text}"
                for item in leads
                for reply in item.replies
                if reply.review == "accepted"
            )
            store.assignments.fill_outcome(matter.id, outcome[:5000])
            closed = store.matters.advance(
                matter.id,
                to_status=MatterStatus.CLOSED,
                at=max(when, matter.discovered_at),
                actor_id=self.office.actor.staff_id,
                note="主办单位均已办结",
            )
            self.office.audit.record(
                store, AuditAction.UPDATE, "matter", matter.id, before=matter, after=closed
            )
        return after

    @writes
    def request_extension(
        self,
        assignment_id: int,
        to_date: date,
        reason: str,
        *,
        grant: bool = False,
        at: datetime | None = None,
    ) -> AssignmentRecord:
        """A unit asks for more time, before its deadline; ``grant`` records the office's consent at once."""
        clean_reason = _text(reason, "reason", "延期理由", 2000, required=True)
        check_date_range(to_date, field="to", label="延期至")
        when = record_time(self.office, at, label="申请时间")
        require_record_at(self.office, at)
        with self.office.db.transaction() as store:
            current = self._load(store, assignment_id)
            if when.date() > current.due_on:
                raise ValidationError(
                    f"已过办理时限 {current.due_on:%Y-%m-%d}：延期须在期限届满前申请。",
                    code="too_late",
                    field="at",
                )
            if to_date <= current.due_on:
                raise ValidationError(
                    f"延期后的日期应晚于现在的期限 {current.due_on:%Y-%m-%d}。", code="time_order", field="to"
                )
            extension_id = store.assignments.add_extension(
                assignment_id=current.id,
                requested_at=when,
                old_due_on=current.due_on,
                to_date=to_date,
                reason=clean_reason,
                decision="granted" if grant else "",
                decided_at=when if grant else None,
                recorded_by=self.office.actor.staff_id,
            )
            if grant:
                values: dict[str, Any] = {"status": AssignmentStatus.EXTENDED.value, "due_on": to_date}
                note = f"延期至 {to_date:%Y-%m-%d}（已同意）：{clean_reason}"
            else:
                values = {"status": AssignmentStatus.EXTENSION_REQUESTED.value}
                note = f"申请延期至 {to_date:%Y-%m-%d}：{clean_reason}"
            after = self._step(store, current, when, note, values)
            self.office.audit.record(store, AuditAction.CREATE, "extension", extension_id, after=note)
            return after

    @writes
    def decide_extension(
        self, assignment_id: int, *, grant: bool, at: datetime | None = None
    ) -> AssignmentRecord:
        when = record_time(self.office, at, label="审批时间")
        require_record_at(self.office, at)
        with self.office.db.transaction() as store:
            current = self._load(store, assignment_id)
            pending = [item for item in current.extensions if item.decision == ""]
            if current.status is not AssignmentStatus.EXTENSION_REQUESTED or not pending:
                raise ValidationError("该交办没有待审批的延期申请。", code="no_request", field="status")
            request = pending[-1]
            store.assignments.decide_extension(
                request.id, decision="granted" if grant else "refused", at=when
            )
            if grant:
                values: dict[str, Any] = {
                    "status": AssignmentStatus.EXTENDED.value,
                    "due_on": request.to_date,
                }
                note = f"同意延期至 {request.to_date:%Y-%m-%d}"
            else:
                previous = AssignmentStatus.ACCEPTED if current.accepted_at else AssignmentStatus.ASSIGNED
                values = {"status": previous.value}
                note = "不同意延期"
            return self._step(store, current, when, note, values)

    # --- the office chasing ------------------------------------------------------------
    @writes
    def urge(
        self, assignment_id: int, how: UrgeHow, *, note: str = "", at: datetime | None = None
    ) -> AssignmentRecord:
        """Record a 催办 by phone or by supervision card."""
        clean_note = _text(note, "note", "催办说明", 2000)
        when = record_time(self.office, at, label="催办时间")
        require_record_at(self.office, at)
        with self.office.db.transaction() as store:
            current = self._load(store, assignment_id)
            check_order(
                current.assigned_at, when, field="at", earlier_label="交办时间", later_label="催办时间"
            )
            urge_id = store.assignments.add_urge(
                assignment_id=current.id,
                at=when,
                how=how.value,
                note=clean_note,
                recorded_by=self.office.actor.staff_id,
            )
            text = f"{current.unit_name}：{how.zh}催办" + (f"：{clean_note}" if clean_note else "")
            store.assignments.add_event(
                current.matter_id, at=when, actor_id=self.office.actor.staff_id, note=text
            )
            self.office.audit.record(store, AuditAction.CREATE, "urge", urge_id, after=text)
            return store.assignments.get(current.id)

    @writes
    def add_meeting(
        self,
        matter_id: int,
        *,
        at: datetime | None = None,
        participants: str,
        units: str = "",
        conclusion: str,
        measures: str = "",
    ) -> MeetingRecord:
        """Record a research meeting (研判) on a matter."""
        values = {
            "participants": _text(participants, "participants", "参会人员", 1000, required=True),
            "units": _text(units, "units", "参会单位", 1000),
            "conclusion": _text(conclusion, "conclusion", "研判结论", 5000, required=True),
            "measures": _text(measures, "measures", "处置措施", 5000),
        }
        when = record_time(self.office, at, label="研判时间")
        require_record_at(self.office, at)
        actor_id = self.office.actor.staff_id
        with self.office.db.transaction() as store:
            matter = self._open_matter(store, matter_id)
            check_order(
                matter.discovered_at, when, field="at", earlier_label="发现时间", later_label="研判时间"
            )
            record = store.assignments.add_meeting(
                matter_id=matter_id, at=when, recorded_by=actor_id, recorded_at=self.office.clock(), **values
            )
            store.assignments.add_event(
                matter_id, at=when, actor_id=actor_id, note=f"研判：{values['conclusion'][:200]}"
            )
            self.office.audit.record(store, AuditAction.CREATE, "meeting", record.id, after=record)
            return record


def _add_workdays(store: Store, start: date, workdays: int) -> date:
    first, last = calendar_span(start, workdays)
    return add_workdays(load_calendar(store, first, last), start, workdays)
