"""A plan started on a matter: its checklist with a due time per step, ticked, skipped or stopped.

A matter recorded now that meets a plan's trigger may start it: the command line starts
it at once (the officer's own login), the GUI proposes it first. Imported matters and
records of past days never start one. Steps count from the matter's discovery when the
plan starts with the matter, from the moment of starting when started by hand. Every act
names the session's person and goes on the matter's timeline and into the audit trail.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Protocol

from dutylog.domain.accounts.audit import AuditAction
from dutylog.domain.accounts.permissions import Permission, allowed
from dutylog.domain.errors import PermissionDenied, ValidationError
from dutylog.domain.matters.deadlines import past_record
from dutylog.domain.matters.records import MatterInput, MatterRecord
from dutylog.domain.plans.keywords import words_in
from dutylog.domain.plans.records import (
    REASON_MAX,
    ChecklistStep,
    MatterPlanRecord,
    PlanRecord,
    StartHow,
    StepStatus,
    progress_sentence,
)
from dutylog.domain.supervision.workdays import add_workdays, calendar_span
from dutylog.domain.validation import clean_text
from dutylog.services.context import OfficeContext
from dutylog.services.roster.holidays import load_calendar
from dutylog.services.writes import writes
from dutylog.storage.repos.plans import checklists_repo, plans_repo, watch_repo

if TYPE_CHECKING:
    from dutylog.services.matters.matters import MatterService
    from dutylog.storage.database import Store


def _require_on_matter(office: OfficeContext) -> None:
    """The officer on duty works the checklist; the leader may too (a step is often theirs)."""
    try:
        office.require(Permission.MATTER_WRITE)
    except PermissionDenied:
        # The leader gives instructions on a matter at any hour, on the roster or not.
        if not allowed(office.actor, Permission.INSTRUCTION_WRITE):
            raise


def _open_matter(store: Store, matter_id: int) -> MatterRecord:
    matter = store.matters.get(matter_id)
    if matter.voided_at is not None:
        raise ValidationError("该事项已作废，不能继续办理。", code="voided")
    return matter


class ChecklistsContext(OfficeContext, Protocol):
    """The office as this module's services need it: the context and the matters."""

    @property
    def matters(self) -> MatterService: ...


class ChecklistService:
    def __init__(self, office: ChecklistsContext) -> None:
        self.office = office

    # --- read ----------------------------------------------------------------------
    def for_matter(self, matter_id: int) -> list[MatterPlanRecord]:
        with self.office.db.transaction(read_only=True) as store:
            return checklists_repo(store).for_matter(matter_id)

    def running(self) -> list[MatterPlanRecord]:
        with self.office.db.transaction(read_only=True) as store:
            return checklists_repo(store).running()

    def overdue(self, now: datetime | None = None) -> list[tuple[MatterPlanRecord, ChecklistStep]]:
        """Every overdue step of a running plan, the longest overdue first."""
        moment = now or self.office.clock()
        found = [(plan, step) for plan in self.running() for step in plan.overdue(moment)]
        return sorted(found, key=lambda pair: pair[1].due_at)

    def sentences(self, matter_id: int, now: datetime | None = None) -> list[str]:
        """Each plan started on the matter as reports say it: 已启动《……预案》，第1-3步已完成，第4步逾期."""
        return list(self.sentences_for([matter_id], now).get(matter_id, ()))

    def sentences_for(self, matter_ids: list[int], now: datetime | None = None) -> dict[int, tuple[str, ...]]:
        """The progress sentences of several matters (briefings, reports), by matter id."""
        moment = now or self.office.clock()
        with self.office.db.transaction(read_only=True) as store:
            found = checklists_repo(store).for_matters(matter_ids)
        return {key: tuple(progress_sentence(plan, moment) for plan in plans) for key, plans in found.items()}

    def proposals(self, matter_id: int) -> list[PlanRecord]:
        """The active plans whose trigger this matter meets and that it does not carry yet.

        Empty for a matter typed in on a later day than it was found (补录, imports).
        """
        with self.office.db.transaction(read_only=True) as store:
            matter = store.matters.get(matter_id)
            if matter.voided_at is not None or past_record(matter.discovered_at, matter.created_at):
                return []
            watch = watch_repo(store)
            words = set(watch.matter_words([matter_id]).get(matter_id, ()))
            keyword_plans = {k.plan_name for k in watch.keywords() if k.plan_name and k.word in words}
            started = {plan.plan_id for plan in checklists_repo(store).for_matter(matter_id)}
            plans = plans_repo(store).all(active_only=True)
        texts = {"title": matter.title, "summary": matter.summary}
        return [
            plan
            for plan in plans
            if plan.id not in started
            and (
                plan.name in keyword_plans
                # A plan's own trigger words count even when they are not on the watch list.
                or plan.trigger.matches(
                    matter.grade, matter.tags, words | set(words_in(texts, plan.trigger.keywords))
                )
            )
        ]

    # --- write ---------------------------------------------------------------------
    @writes
    def start(self, matter_id: int, plan_name: str, *, how: StartHow = StartHow.HAND) -> MatterPlanRecord:
        """Start a plan on a matter; its steps' due times are fixed now."""
        _require_on_matter(self.office)
        now = self.office.clock()
        with self.office.db.transaction() as store:
            matter = _open_matter(store, matter_id)
            plans = plans_repo(store)
            plan_id = plans.named(plan_name)
            plan = plans.get(plan_id)
            if not plan.active:
                raise ValidationError(f"预案“{plan.name}”已停用。", code="inactive_plan", field="plan")
            repo = checklists_repo(store)
            if any(item.plan_id == plan_id and item.running for item in repo.for_matter(matter_id)):
                raise ValidationError(
                    f"事项 {matter.number} 已在执行《{plan.name}》。", code="duplicate", field="plan"
                )
            if how is StartHow.TRIGGER and past_record(matter.discovered_at, now):
                raise ValidationError("补录的往日事项不自动启动预案。", code="past_record", field="plan")
            start = matter.discovered_at if how is StartHow.TRIGGER else now
            specs = [step.spec for step in plan.steps]
            workdays = max((spec.limit.workdays or 0 for spec in specs), default=0)
            first, last = calendar_span(start.date(), workdays)
            calendar = load_calendar(store, first, last)

            def count(day: date, days: int) -> date:
                return add_workdays(calendar, day, days)

            record = repo.start(
                matter_id=matter_id,
                plan_id=plan_id,
                plan_name=plan.name,
                how=how,
                counted_from=start,
                started_at=now,
                started_by=self.office.actor.staff_id,
                steps=[(spec, spec.limit.due(start, count)) for spec in specs],
            )
            note = f"启动预案《{plan.name}》（{how.zh}），共{len(specs)}步，时限自 {start:%m-%d %H:%M} 起算"
            store.assignments.add_event(matter_id, at=now, actor_id=self.office.actor.staff_id, note=note)
            self.office.audit.record(store, AuditAction.CREATE, "matter_plan", record.id, after=record)
            return record

    @writes
    def record(self, data: MatterInput) -> tuple[MatterRecord, list[MatterPlanRecord]]:
        """A matter recorded with the plans it triggers started, all in one transaction.

        The command line's `matters add`: the officer's login is the confirmation the GUI
        asks for, and a failure leaves neither the matter nor a half-started plan.
        """
        matter = self.office.matters.create(data)
        return matter, self.start_triggered(matter.id)

    @writes
    def start_triggered(self, matter_id: int) -> list[MatterPlanRecord]:
        """Start every plan the matter's trigger meets (the command line's `matters add`)."""
        return [self.start(matter_id, plan.name, how=StartHow.TRIGGER) for plan in self.proposals(matter_id)]

    def _running_plan(self, store: Store, matter_id: int, plan_name: str | None) -> MatterPlanRecord:
        running = [plan for plan in checklists_repo(store).for_matter(matter_id) if plan.running]
        if plan_name:
            running = [plan for plan in running if plan.plan_name == plan_name.strip()]
        if not running:
            raise ValidationError("该事项没有正在执行的预案。", code="no_plan", field="plan")
        if len(running) > 1:
            names = "、".join(f"《{plan.plan_name}》" for plan in running)
            raise ValidationError(
                f"该事项正在执行多个预案（{names}），请指明预案。", code="ambiguous", field="plan"
            )
        return running[0]

    @writes
    def tick(
        self,
        matter_id: int,
        position: int,
        *,
        done: bool = True,
        reason: str = "",
        plan_name: str | None = None,
    ) -> MatterPlanRecord:
        """Mark step ``position`` done (by the session's person, now) or skipped with a reason."""
        clean_reason = clean_text(
            reason, field="reason", label="跳过原因", max_length=REASON_MAX, required=not done
        )
        _require_on_matter(self.office)
        now = self.office.clock()
        actor = self.office.actor.staff_id
        with self.office.db.transaction() as store:
            _open_matter(store, matter_id)
            plan = self._running_plan(store, matter_id, plan_name)
            step = plan.step(position)
            if step is None:
                raise ValidationError(
                    f"《{plan.plan_name}》没有第 {position} 步（共 {len(plan.steps)} 步）。",
                    code="bad_step",
                    field="step",
                )
            if step.stored_status is not StepStatus.OPEN:
                raise ValidationError(
                    f"第 {position} 步{step.stored_status.zh}，不能再次标记。",
                    code="step_closed",
                    field="step",
                )
            status = StepStatus.DONE if done else StepStatus.SKIPPED
            values: dict[str, object] = {"status": status.value, "done_at": now, "done_by": actor}
            if not done:
                values["skip_reason"] = clean_reason
            repo = checklists_repo(store)
            repo.update_step(step.id, expected_version=step.version, values=values)
            after = repo.get(plan.id)
            late = "（逾期完成）" if done and now > step.due_at else ""
            what = f"已完成{late}" if done else f"跳过，原因：{clean_reason}"
            note = f"《{plan.plan_name}》第{position}步“{step.text}”{what}"
            store.assignments.add_event(matter_id, at=now, actor_id=actor, note=note)
            self.office.audit.record(
                store,
                AuditAction.UPDATE,
                "matter_plan_step",
                step.id,
                before=step,
                after=after.step(position),
            )
            return after

    @writes
    def stop(self, matter_id: int, reason: str, *, plan_name: str | None = None) -> MatterPlanRecord:
        """Stop a running plan; why is recorded (事态平息, 误判, ...)."""
        clean_reason = clean_text(reason, field="reason", label="终止原因", max_length=REASON_MAX)
        _require_on_matter(self.office)
        now = self.office.clock()
        actor = self.office.actor.staff_id
        with self.office.db.transaction() as store:
            _open_matter(store, matter_id)
            plan = self._running_plan(store, matter_id, plan_name)
            after = checklists_repo(store).stop(
                plan.id, expected_version=plan.version, at=now, by=actor, reason=clean_reason
            )
            note = f"终止预案《{plan.plan_name}》，原因：{clean_reason}"
            store.assignments.add_event(matter_id, at=now, actor_id=actor, note=note)
            self.office.audit.record(
                store, AuditAction.UPDATE, "matter_plan", plan.id, before=plan, after=after
            )
            return after
