"""Facts for the reports: a duty day, one matter, a week, any period."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from dutylog.domain.briefings.reporting import (
    DayFacts,
    MatterLine,
    PeriodStatistics,
    SpecialReportFacts,
    WeeklyFacts,
    check_period,
    iso_week_bounds,
    special_report_deadline,
)
from dutylog.domain.enums import BriefingStatus, DutyRole, EntryKind, Shift
from dutylog.domain.supervision.assessment import PeriodKind
from dutylog.services.context import OfficeContext
from dutylog.services.log.patrols import MAX_STATISTICS_DAYS

if TYPE_CHECKING:
    from dutylog.services.log.patrols import PatrolService
    from dutylog.services.matters.matters import MatterService
    from dutylog.services.plans.checklists import ChecklistService
    from dutylog.services.plans.drills import DrillService
    from dutylog.services.plans.keywords import KeywordService
    from dutylog.services.supervision.supervision import SupervisionService
    from dutylog.storage.database import Store


class ReportsContext(OfficeContext, Protocol):
    """The office as this module's services need it: the context and the services they use."""

    @property
    def matters(self) -> MatterService: ...

    @property
    def patrols(self) -> PatrolService: ...

    @property
    def supervision(self) -> SupervisionService: ...

    @property
    def keywords(self) -> KeywordService: ...

    @property
    def drills(self) -> DrillService: ...

    @property
    def checklists(self) -> ChecklistService: ...


class ReportService:
    def __init__(self, office: ReportsContext) -> None:
        self.office = office

    def day_facts(self, duty_date: date, shift: Shift | None = None) -> DayFacts:
        times = self.office.shift_times()
        start, end = times.bounds(duty_date, shift or Shift.FULL)
        roster_shifts = None if shift in (None, Shift.FULL) else [shift, Shift.FULL]
        entry_shifts = None if shift in (None, Shift.FULL) else [shift]
        unit_name = self.office.unit_name()
        patrols = [
            slot
            for slot in self.office.patrols.day(duty_date)
            if shift in (None, Shift.FULL) or times.locate(slot.at)[1] is shift
        ]
        with self.office.db.transaction() as store:
            slots = store.roster.on(duty_date, roster_shifts)
            entries = store.reporting.entries(duty_date, entry_shifts)
            today = store.reporting.matters_active_between(start, end)
            carried = store.reporting.open_before(start)
            since_last = _since_last_briefing(store, duty_date, times.bounds, start)
            meetings = store.assignments.meetings_between(start, end)
        late_ids = {m.id for m in since_last}
        today = [m for m in today if m.id not in late_ids]
        seen = {m.id for m in today} | late_ids

        def names(role: DutyRole) -> tuple[str, ...]:
            return tuple(dict.fromkeys(slot.staff_name for slot in slots if slot.role is role))

        today, carried, since_last = (self._with_plans(lines) for lines in (today, carried, since_last))
        return DayFacts(
            unit_name=unit_name,
            duty_date=duty_date,
            shift=shift,
            officers=names(DutyRole.OFFICER),
            leaders=names(DutyRole.LEADER),
            entries=tuple(entries),
            matters_today=tuple(today),
            carried_over=tuple(m for m in carried if m.id not in seen),
            new_matter_ids=frozenset(m.id for m in today if start <= m.discovered_at < end),
            patrols=tuple(patrols),
            since_last=tuple(since_last),
            meetings=tuple(meetings),
        )

    def special_report(self, matter_number: str) -> SpecialReportFacts:
        unit_name = self.office.unit_name()
        limits = self.office.matters.time_limits()
        with self.office.db.transaction() as store:
            matter, published_at, author_name = store.reporting.matter_by_number(matter_number)
            timeline = store.reporting.timeline(matter.id)
            linked = store.reporting.entries(matter.discovered_at.date(), matter_id=matter.id)
        [matter] = self._with_plans([matter])
        return SpecialReportFacts(
            unit_name=unit_name,
            matter=matter,
            published_at=published_at,
            author_name=author_name,
            timeline=tuple(timeline),
            instructions=tuple(e for e in linked if e.kind is EntryKind.INSTRUCTION),
            deadline=special_report_deadline(matter.grade, matter.discovered_at, limits),
            now=self.office.clock(),
        )

    def _with_plans(self, lines: Sequence[MatterLine]) -> list[MatterLine]:
        """The matters with the progress of the plans started on them, as reports say it."""
        progress = self.office.checklists.sentences_for([m.id for m in lines])
        return [replace(m, plan_progress=progress[m.id]) if m.id in progress else m for m in lines]

    def statistics(self, first: date, last: date) -> PeriodStatistics:
        check_period(first, last)
        now = self.office.clock()
        limits = self.office.matters.time_limits()
        day_start = self.office.shift_times().day_start
        with self.office.db.transaction() as store:
            stats = store.reporting.statistics(first, last, now, limits, day_start=day_start)
            stats.submissions, stats.adopted, stats.instructed = store.submissions.counts(first, last)
        if (last - first).days <= MAX_STATISTICS_DAYS:
            # Patrols against the schedule, per person (a longer period is a year-end archive
            # figure, where they are not asked for).
            tallies = self.office.patrols.statistics(first, last)
            stats.patrols_scheduled = sum(t.scheduled for t in tallies)
            stats.patrols_missed = sum(t.missed for t in tallies)
            stats.patrols_by_person = {t.name: t.as_dict() for t in tallies}
        for word, category, count in self.office.keywords.counts(first, last):
            stats.by_keyword[word] = count
            if category:
                stats.by_keyword_category[category] = stats.by_keyword_category.get(category, 0) + count
        drills = self.office.drills.figures(first, last)
        stats.drills, stats.trainings, stats.training_attendances = (
            drills.drills,
            drills.trainings,
            drills.attendances,
        )
        return stats

    def weekly(self, week: str) -> WeeklyFacts:
        first, last = iso_week_bounds(week)
        stats = self.statistics(first, last)
        with self.office.db.transaction() as store:
            matters = store.reporting.matters_found_between(first, last)
            briefings = store.briefings.between(first, last)
            submissions = store.submissions.between(first, last)
        figures = self.office.supervision.unit_figures(first, last)
        # Quotas are monthly at the finest: the month the week ends in, so far.
        assessment = self.office.supervision.assessment(PeriodKind.MONTH, last.replace(day=1))
        year, number, _ = first.isocalendar()
        return WeeklyFacts(
            unit_name=self.office.unit_name(),
            week=f"{year}-W{number:02d}",
            first=first,
            last=last,
            statistics=stats,
            matters=tuple(matters),
            briefings=tuple(sorted(briefings, key=lambda b: b.duty_date)),
            submissions=tuple(submissions),
            unit_figures=tuple(figures),
            assessment=tuple(assessment),
        )


# How far back the previous briefing is looked for (a long holiday has no briefings).
SINCE_LAST_LOOKBACK = timedelta(days=31)


def _since_last_briefing(
    store: Store,
    duty_date: date,
    bounds: Callable[[date, Shift], tuple[datetime, datetime]],
    start: datetime,
) -> list[MatterLine]:
    """Matters of earlier duty dates that no submitted briefing has reported yet.

    A matter belongs to the duty date of the shift it was found in (a night-shift matter
    found at 08:28 belongs to the day before). The previous briefing reported what was
    recorded when it was submitted; whatever of its duty date was recorded later, and
    every matter of the duty dates after it that had no briefing, goes into this one.
    """
    previous = [
        b
        for b in store.briefings.between(duty_date - SINCE_LAST_LOOKBACK, duty_date - timedelta(days=1))
        if b.status in (BriefingStatus.SUBMITTED, BriefingStatus.SIGNED)
    ]
    if not previous:
        return []
    last = max(previous, key=lambda b: (b.duty_date, b.id))
    submitted = [v.at for v in store.briefings.versions(last.id) if v.action == "submitted"]
    if not submitted:
        return []
    submitted_at = max(submitted)
    covered_start, covered_end = bounds(last.duty_date, Shift.FULL)
    found: list[MatterLine] = []
    for matter in store.reporting.matters_active_between(covered_start, start):
        if not covered_start <= matter.discovered_at < start:
            continue  # only changed in the period: reported where it was found
        if matter.discovered_at >= covered_end:
            found.append(matter)  # a later duty date that had no briefing of its own
            continue
        recorded = store.matters.get(matter.id).created_at or matter.discovered_at
        if max(recorded, matter.discovered_at) > submitted_at:
            found.append(matter)
    return found
