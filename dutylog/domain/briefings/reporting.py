"""Value types and pure rules behind the briefing, special, weekly and statistics reports.

The storage layer fills these records; `dutylog.reports` turns them into documents.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from dutylog.domain.briefings.briefing import BriefingRecord
from dutylog.domain.briefings.submissions import SubmissionRecord
from dutylog.domain.enums import EntryKind, Grade, MatterStatus, Shift
from dutylog.domain.errors import ValidationError
from dutylog.domain.log.patrols import PatrolSlot
from dutylog.domain.matters.deadlines import TimeLimits, briefing_due, report_deadline
from dutylog.domain.supervision.assessment import AssessmentRow
from dutylog.domain.supervision.assignments import MeetingRecord
from dutylog.domain.supervision.figures import UnitFigures

# The statistics' key for matters without a responsible unit.
UNASSIGNED_UNIT = "未指定"
UNASSIGNED_UNIT_EN = "Unassigned"


def special_report_deadline(
    grade: Grade, discovered_at: datetime, limits: TimeLimits | None = None
) -> datetime | None:
    """When a special report (专报) on a matter is due.

    The grade's special-report limit (重大/特大: 4 h by default), else its report limit
    (较大: 2 h); None for a matter that simply goes into the day's briefing (一般).
    """
    limit = (limits or TimeLimits()).by_grade.get(grade)
    if limit is None:
        return None
    minutes = (
        limit.special_report_minutes if limit.special_report_minutes is not None else limit.report_minutes
    )
    return discovered_at + timedelta(minutes=minutes) if minutes is not None else None


def is_overdue(
    grade: Grade,
    discovered_at: datetime,
    reported_at: datetime | None,
    now: datetime,
    limits: TimeLimits | None = None,
) -> bool:
    """Reported after its grade's report deadline, or still unreported past it (the ledger's rule)."""
    return report_deadline(grade, discovered_at, now=now, reported_at=reported_at, limits=limits).overdue


def overdue_rule(
    limits: TimeLimits | None, now: datetime
) -> Callable[[Grade, datetime, datetime | None], bool]:
    """`is_overdue` with the limits looked up once: statistics apply it to a year of matters."""
    rules = limits or TimeLimits()
    allowed = {
        grade: timedelta(minutes=limit.report_minutes) if limit.report_minutes is not None else None
        for grade, limit in rules.by_grade.items()
    }

    def overdue(grade: Grade, discovered_at: datetime, reported_at: datetime | None) -> bool:
        window = allowed.get(grade)
        due = briefing_due(discovered_at, rules.briefing_time) if window is None else discovered_at + window
        return (reported_at or now) > due

    return overdue


def median(values: list[float]) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def iso_week_bounds(text: str) -> tuple[date, date]:
    """``2026-W47`` -> (Monday, Sunday) of that ISO week."""
    try:
        year_text, week_text = text.strip().upper().split("-W")
        monday = date.fromisocalendar(int(year_text), int(week_text), 1)
    except ValueError:
        raise ValidationError(f"周次格式应为 YYYY-Www，例如 2026-W47：{text}", code="bad_week") from None
    return monday, monday + timedelta(days=6)


def check_period(first: date, last: date) -> None:
    if last < first:
        raise ValidationError("结束日期不能早于开始日期。", code="range_order", field="to")


@dataclass(frozen=True)
class MatterLine:
    """A matter as a report lists it."""

    id: int
    number: str
    title: str
    grade: Grade
    status: MatterStatus
    source: str
    url: str
    discovered_at: datetime
    reported_at: datetime | None
    summary: str = ""
    unit_name: str = ""
    posts_removed: int = 0
    outcome: str = ""
    measures: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    # "已启动《……预案》，第1-3步已完成，第4步逾期", one per plan started on the matter.
    plan_progress: tuple[str, ...] = ()

    @property
    def major(self) -> bool:
        return self.grade.rank >= Grade.MAJOR.rank


@dataclass(frozen=True)
class EntryLine:
    occurred_at: datetime
    kind: EntryKind
    text: str
    author_name: str
    sources: tuple[str, ...] = ()
    result: str = ""  # patrols: "none" (未发现) or "found"


@dataclass(frozen=True)
class TimelineStep:
    at: datetime
    from_status: MatterStatus | None
    to_status: MatterStatus
    actor_name: str
    note: str


@dataclass(frozen=True)
class DayFacts:
    """Everything the end-of-day briefing is drafted from."""

    unit_name: str
    duty_date: date
    shift: Shift | None
    officers: tuple[str, ...]
    leaders: tuple[str, ...]
    entries: tuple[EntryLine, ...]
    matters_today: tuple[MatterLine, ...]  # found or changed on the day
    carried_over: tuple[MatterLine, ...]  # still open, found before the day
    new_matter_ids: frozenset[int] = frozenset()
    # The day's scheduled patrols with their status (empty: no schedule to compare with).
    patrols: tuple[PatrolSlot, ...] = ()
    # Matters of earlier duty dates recorded after the previous briefing was submitted
    # (上次汇报后新发现): no briefing has reported them yet.
    since_last: tuple[MatterLine, ...] = ()
    # Research meetings (研判) held in the shift: the briefing reports what was decided.
    meetings: tuple[MeetingRecord, ...] = ()

    def of_kind(self, kind: EntryKind) -> list[EntryLine]:
        return [entry for entry in self.entries if entry.kind is kind]

    @property
    def is_empty(self) -> bool:
        return not self.entries and not self.matters_today and not self.carried_over and not self.since_last


@dataclass(frozen=True)
class SpecialReportFacts:
    unit_name: str
    matter: MatterLine
    published_at: datetime | None
    author_name: str
    timeline: tuple[TimelineStep, ...]
    instructions: tuple[EntryLine, ...]
    deadline: datetime | None
    now: datetime

    @property
    def late(self) -> bool:
        """The special report's deadline passed before the matter was reported (or is past now)."""
        return self.deadline is not None and (self.matter.reported_at or self.now) > self.deadline


@dataclass
class PeriodStatistics:
    """Every count in the statistics report for a period (dates inclusive)."""

    first: date
    last: date
    matters_total: int = 0
    posts_removed: int = 0
    by_grade: dict[str, int] = field(default_factory=dict)
    by_status: dict[str, int] = field(default_factory=dict)
    by_category: dict[str, int] = field(default_factory=dict)
    by_source: dict[str, int] = field(default_factory=dict)
    by_unit: dict[str, int] = field(default_factory=dict)
    by_measure: dict[str, int] = field(default_factory=dict)
    per_day: dict[str, int] = field(default_factory=dict)
    instructions: int = 0
    patrols: int = 0
    reported: int = 0
    median_minutes_to_report: float | None = None
    max_minutes_to_report: float | None = None
    overdue: int = 0
    closed: int = 0
    submissions: int = 0
    adopted: int = 0
    instructed: int = 0
    # Scheduled patrols: how many were asked, how many missed, and per person
    # ({name: {scheduled, done, missed}}: done counts for the writer, missed for the officers on duty).
    patrols_scheduled: int = 0
    patrols_missed: int = 0
    patrols_by_person: dict[str, dict[str, int | str]] = field(default_factory=dict)
    # Matters tagged by watch-list words (关键词), per word and per the words' category.
    by_keyword: dict[str, int] = field(default_factory=dict)
    by_keyword_category: dict[str, int] = field(default_factory=dict)
    # Drills of plans and training sessions held, and attendances (人次).
    drills: int = 0
    trainings: int = 0
    training_attendances: int = 0

    @property
    def adoption_rate(self) -> float | None:
        return self.adopted / self.submissions if self.submissions else None


@dataclass(frozen=True)
class WeeklyFacts:
    unit_name: str
    week: str
    first: date
    last: date
    statistics: PeriodStatistics
    matters: tuple[MatterLine, ...]
    briefings: tuple[BriefingRecord, ...]
    submissions: tuple[SubmissionRecord, ...]
    # Assignments made in the week, per unit, and the month's information-submission scores.
    unit_figures: tuple[UnitFigures, ...] = ()
    assessment: tuple[AssessmentRow, ...] = ()
