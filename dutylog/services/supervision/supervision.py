"""Supervision (督办): reminders, the supervision list, supervision cards, unit figures and
the information-submission assessment."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from dutylog.domain.accounts.audit import AuditAction
from dutylog.domain.accounts.permissions import Permission
from dutylog.domain.briefings.reporting import check_period
from dutylog.domain.errors import ValidationError
from dutylog.domain.supervision.assessment import (
    QUOTA_MAX,
    SCHEME_KEY,
    AssessmentRow,
    PeriodKind,
    ScoreScheme,
    assess,
    period_bounds,
)
from dutylog.domain.supervision.assignments import AssignmentRecord
from dutylog.domain.supervision.figures import (
    WAITING_ON_UNIT,
    ReminderRow,
    SupervisionRow,
    UnitFigures,
    reminders,
    supervision_list,
    unit_figures,
)
from dutylog.domain.validation import check_date_range
from dutylog.services.context import OfficeContext
from dutylog.services.roster.holidays import load_calendar
from dutylog.services.supervision.units import unit_by_name
from dutylog.services.writes import writes

if TYPE_CHECKING:
    from dutylog.domain.roster.calendar import HolidayCalendar
    from dutylog.reports.official import OfficialDocument
    from dutylog.services.office.settings import SettingsService
    from dutylog.storage.database import Store
    from dutylog.storage.output import Written


class SupervisionContext(OfficeContext, Protocol):
    @property
    def settings(self) -> SettingsService: ...


def _calendar(store: Store, items: list[AssignmentRecord], *days: date) -> HolidayCalendar:
    """A calendar covering every deadline and day that will be counted between."""
    dates = [*days, *(item.due_on for item in items), *(item.assigned_at.date() for item in items)]
    return load_calendar(store, min(dates), max(dates))


class SupervisionService:
    def __init__(self, office: SupervisionContext) -> None:
        self.office = office

    def _today(self, on: date | None) -> date:
        if on is None:
            return self.office.clock().date()
        check_date_range(on, field="on", label="日期")
        return on

    # --- the desk's lists -------------------------------------------------------------
    def supervision_list(self, on: date | None = None) -> list[SupervisionRow]:
        """Open assignments waiting on their unit, latest first, with working days late as of ``on``."""
        day = self._today(on)
        with self.office.db.transaction(read_only=True) as store:
            items = store.assignments.open_ones()
            if not items:
                return []
            return supervision_list(items, _calendar(store, items, day), day)

    def reminders(self, today: date | None = None) -> list[ReminderRow]:
        """Due today, due tomorrow, overdue, replies waiting for review, follow-up dates reached."""
        day = self._today(today)
        with self.office.db.transaction(read_only=True) as store:
            return reminders(store.assignments.open_ones(), store.assignments.follow_ups_due(day), day)

    # --- the supervision card -----------------------------------------------------------
    def card(
        self, matter_number: str, unit_name: str | None = None, *, on: date | None = None
    ) -> OfficialDocument:
        """The supervision card (督查卡) of a matter's assignment: the named unit's, else the
        lead unit's while open, else the latest open one's."""
        from dutylog.reports.supervision import card_document

        day = self._today(on)
        with self.office.db.transaction(read_only=True) as store:
            matter = store.matters.by_number(matter_number.strip())
            items = store.assignments.for_matter(matter.id)
            if unit_name is not None:
                unit = unit_by_name(store, unit_name)
                chosen = next((item for item in items if item.unit_id == unit.id), None)
                if chosen is None:
                    raise ValidationError(
                        f"事项 {matter.number} 未交办给“{unit.name}”。", code="not_assigned", field="unit"
                    )
            else:
                waiting = [item for item in items if item.status in WAITING_ON_UNIT]
                if not waiting:
                    raise ValidationError(
                        f"事项 {matter.number} 没有待办理的交办，无需督办。", code="nothing_to_supervise"
                    )
                chosen = sorted(waiting, key=lambda item: (not item.lead, item.due_on))[0]
            unit_info = store.unit_book.get(chosen.unit_id)
            calendar = _calendar(store, [chosen], day)
            office_name = str(store.settings.get("unit_name", "")) or "值班室"
        return card_document(chosen, unit_info, office_name=office_name, calendar=calendar, printed_on=day)

    # --- unit figures ---------------------------------------------------------------------
    def unit_figures(self, first: date, last: date) -> list[UnitFigures]:
        """Per unit, the assignments made from ``first`` to ``last``: ranked best first."""
        check_period(first, last)
        today = self.office.clock().date()
        start = datetime.combine(first, datetime.min.time())
        with self.office.db.transaction(read_only=True) as store:
            items = store.assignments.assigned_between(start, start + timedelta(days=(last - first).days + 1))
            if not items:
                return []
            return unit_figures(items, _calendar(store, items, today), today)

    def export_figures(
        self,
        first: date,
        last: date,
        path: str | Path,
        *,
        assessment: tuple[PeriodKind, date] | None = None,
    ) -> Written:
        """The ranking (and an assessment table) as an .xlsx through the office's safe outputs."""
        from dutylog.reports.supervision import write_figures_xlsx

        self.office.outputs.check(path)
        figures = self.unit_figures(first, last)
        rows = self.assessment(*assessment) if assessment is not None else []
        title = f"{first:%Y-%m-%d} 至 {last:%Y-%m-%d} 各单位交办件办理情况"
        with self.office.outputs.writing(path) as out:
            out.count = write_figures_xlsx(figures, out.temp, title=title, assessment=rows)
        return out.written

    # --- information-submission assessment -------------------------------------------------
    def score_scheme(self) -> ScoreScheme:
        return ScoreScheme.from_setting(self.office.settings.get(SCHEME_KEY))

    @writes
    def set_score_scheme(self, scheme: ScoreScheme) -> ScoreScheme:
        scheme.check()
        self.office.require(Permission.SETTINGS_MANAGE)
        with self.office.db.transaction() as store:
            before = store.settings.get(SCHEME_KEY)
            store.settings.set(SCHEME_KEY, scheme.to_setting())
            self.office.audit.record(
                store, AuditAction.UPDATE, "setting", SCHEME_KEY, before=before, after=scheme.to_setting()
            )
        return scheme

    @writes
    def set_quota(self, unit_name: str, period: PeriodKind, starts_on: date, quota: int) -> None:
        """A unit's quota of information items (任务数) for the period starting ``starts_on``."""
        period_bounds(period, starts_on)
        if not 0 <= quota <= QUOTA_MAX:
            raise ValidationError(f"任务数应在 0 到 {QUOTA_MAX} 之间。", code="bad_quota", field="quota")
        self.office.require(Permission.SETTINGS_MANAGE)
        with self.office.db.transaction() as store:
            unit = unit_by_name(store, unit_name)
            before = store.assessment.set_quota(unit.id, period.value, starts_on, quota)
            self.office.audit.record(
                store,
                AuditAction.UPDATE if before is not None else AuditAction.CREATE,
                "submission_quota",
                f"{unit.name}/{period.value}/{starts_on:%Y-%m-%d}",
                before=before,
                after=quota,
            )

    @writes
    def set_submission_unit(self, submission_id: int, unit_name: str | None) -> None:
        """Say which unit an upward submission came from (None: the office's own)."""
        self.office.require(Permission.MATTER_WRITE)
        with self.office.db.transaction() as store:
            unit_id = unit_by_name(store, unit_name).id if unit_name else None
            store.assessment.set_submission_unit(submission_id, unit_id)
            self.office.audit.record(
                store, AuditAction.UPDATE, "submission", submission_id, after={"unit_id": unit_id}
            )

    def assessment(self, period: PeriodKind, starts_on: date) -> list[AssessmentRow]:
        """The assessment table of the period: per unit quota, submitted, adopted, instructed, score."""
        first, last = period_bounds(period, starts_on)
        scheme = self.score_scheme()
        with self.office.db.transaction(read_only=True) as store:
            facts = store.assessment.submissions(first, last)
            quotas = store.assessment.quotas(period.value, starts_on)
            units = [unit.name for unit in store.unit_book.units()]
        return assess(facts, quotas, scheme, units)
