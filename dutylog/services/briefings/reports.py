"""Facts for the reports: a duty day, one matter, a week, any period."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Protocol

from dutylog.domain.briefings.reporting import (
    DayFacts,
    PeriodStatistics,
    SpecialReportFacts,
    WeeklyFacts,
    check_period,
    iso_week_bounds,
    special_report_deadline,
)
from dutylog.domain.enums import DutyRole, EntryKind, Shift
from dutylog.services.context import OfficeContext

if TYPE_CHECKING:
    from dutylog.services.matters.matters import MatterService


class ReportsContext(OfficeContext, Protocol):
    """The office as this module's services need it: the context and the services they use."""

    @property
    def matters(self) -> MatterService: ...


class ReportService:
    def __init__(self, office: ReportsContext) -> None:
        self.office = office

    def day_facts(self, duty_date: date, shift: Shift | None = None) -> DayFacts:
        times = self.office.shift_times()
        start, end = times.bounds(duty_date, shift or Shift.FULL)
        roster_shifts = None if shift in (None, Shift.FULL) else [shift, Shift.FULL]
        entry_shifts = None if shift in (None, Shift.FULL) else [shift]
        unit_name = self.office.unit_name()
        with self.office.db.transaction() as store:
            slots = store.roster.on(duty_date, roster_shifts)
            entries = store.reporting.entries(duty_date, entry_shifts)
            today = store.reporting.matters_active_between(start, end)
            carried = store.reporting.open_before(start)
        seen = {m.id for m in today}

        def names(role: DutyRole) -> tuple[str, ...]:
            return tuple(dict.fromkeys(slot.staff_name for slot in slots if slot.role is role))

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
        )

    def special_report(self, matter_number: str) -> SpecialReportFacts:
        unit_name = self.office.unit_name()
        limits = self.office.matters.time_limits()
        with self.office.db.transaction() as store:
            matter, published_at, author_name = store.reporting.matter_by_number(matter_number)
            timeline = store.reporting.timeline(matter.id)
            linked = store.reporting.entries(matter.discovered_at.date(), matter_id=matter.id)
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

    def statistics(self, first: date, last: date) -> PeriodStatistics:
        check_period(first, last)
        now = self.office.clock()
        limits = self.office.matters.time_limits()
        with self.office.db.transaction() as store:
            stats = store.reporting.statistics(first, last, now, limits)
            stats.submissions, stats.adopted, stats.instructed = store.submissions.counts(first, last)
        return stats

    def weekly(self, week: str) -> WeeklyFacts:
        first, last = iso_week_bounds(week)
        stats = self.statistics(first, last)
        with self.office.db.transaction() as store:
            matters = store.reporting.matters_found_between(first, last)
            briefings = store.briefings.between(first, last)
            submissions = store.submissions.between(first, last)
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
        )
