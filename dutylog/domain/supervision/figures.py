"""What supervision computes from assignments: reminders, the supervision list, unit figures.

Pure functions over records and a holiday calendar; the services read the records.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from dutylog.domain.enums import LabelledEnum, _label
from dutylog.domain.roster.calendar import HolidayCalendar
from dutylog.domain.supervision.assignments import AssignmentRecord, AssignmentStatus
from dutylog.domain.supervision.workdays import workdays_late

# Statuses in which the unit owes the office something: the supervision desk chases these.
WAITING_ON_UNIT = frozenset(
    {
        AssignmentStatus.ASSIGNED,
        AssignmentStatus.ACCEPTED,
        AssignmentStatus.RETURNED,
        AssignmentStatus.EXTENSION_REQUESTED,
        AssignmentStatus.EXTENDED,
    }
)


class ReminderKind(LabelledEnum):
    DUE_TODAY = "due_today"
    DUE_TOMORROW = "due_tomorrow"
    OVERDUE = "overdue"
    REVIEW_WAITING = "review_waiting"
    FOLLOW_UP = "follow_up"


_label(
    ReminderKind,
    {
        "due_today": ("今日到期", "Due today"),
        "due_tomorrow": ("明日到期", "Due tomorrow"),
        "overdue": ("已超期", "Overdue"),
        "review_waiting": ("回复待审核", "Reply waiting for review"),
        "follow_up": ("跟踪到期", "Follow-up date reached"),
    },
)


@dataclass(frozen=True)
class ReminderRow:
    kind: ReminderKind
    matter_id: int
    matter_number: str
    title: str
    unit_name: str
    due_on: date
    assignment_id: int | None = None

    @property
    def text(self) -> str:
        unit = f"（{self.unit_name}）" if self.unit_name else ""
        return f"{self.kind.zh}：{self.matter_number} {self.title}{unit}，{self.due_on:%Y-%m-%d}"


@dataclass(frozen=True)
class FollowUpFact:
    """A matter under follow-up (跟踪) and when it was typed in."""

    matter_id: int
    matter_number: str
    title: str
    follow_up_until: date
    created_on: date


def reminders(
    assignments: Iterable[AssignmentRecord], follow_ups: Iterable[FollowUpFact], today: date
) -> list[ReminderRow]:
    """Today's reminders. A date that had already gone when its record was typed in (a past
    or imported record) starts nothing: an office entering last week's papers is not alarmed."""
    rows: list[ReminderRow] = []
    tomorrow = today + timedelta(days=1)
    for item in assignments:
        entered = item.created_at.date()
        if any(reply.review == "" for reply in item.replies) and item.status.is_open:
            rows.append(_row(ReminderKind.REVIEW_WAITING, item))
        if item.status not in WAITING_ON_UNIT or item.due_on < entered:
            continue
        if item.due_on == today:
            rows.append(_row(ReminderKind.DUE_TODAY, item))
        elif item.due_on == tomorrow:
            rows.append(_row(ReminderKind.DUE_TOMORROW, item))
        elif item.due_on < today:
            rows.append(_row(ReminderKind.OVERDUE, item))
    for fact in follow_ups:
        if fact.created_on <= fact.follow_up_until <= today:
            rows.append(
                ReminderRow(
                    ReminderKind.FOLLOW_UP,
                    fact.matter_id,
                    fact.matter_number,
                    fact.title,
                    "",
                    fact.follow_up_until,
                )
            )
    order = list(ReminderKind)
    return sorted(rows, key=lambda row: (order.index(row.kind), row.due_on, row.matter_number))


def _row(kind: ReminderKind, item: AssignmentRecord) -> ReminderRow:
    return ReminderRow(
        kind, item.matter_id, item.matter_number, item.matter_title, item.unit_name, item.due_on, item.id
    )


@dataclass(frozen=True)
class SupervisionRow:
    """One open assignment on the supervision list (督办)."""

    assignment: AssignmentRecord
    # Working days past the deadline on the day asked; negative: working days left.
    late_workdays: int
    overdue: bool
    urges: int


def supervision_list(
    assignments: Iterable[AssignmentRecord], calendar: HolidayCalendar, on: date
) -> list[SupervisionRow]:
    """Assignments made by ``on`` that wait on their unit, the latest first."""
    rows = [
        SupervisionRow(item, workdays_late(calendar, item.due_on, on), on > item.due_on, len(item.urges))
        for item in assignments
        if item.status in WAITING_ON_UNIT and item.assigned_at.date() <= on
    ]
    return sorted(
        rows, key=lambda row: (-row.late_workdays, row.assignment.due_on, row.assignment.matter_number)
    )


@dataclass(frozen=True)
class UnitFigures:
    """A unit's record over a period (交办件办理情况)."""

    unit: str
    assigned: int
    on_time: int
    late: int
    overdue: int
    done: int
    average_reply_workdays: float | None

    @property
    def replied(self) -> int:
        return self.on_time + self.late

    @property
    def reply_rate(self) -> float:
        return round(self.replied / self.assigned, 4) if self.assigned else 0.0

    @property
    def completion_rate(self) -> float:
        return round(self.done / self.assigned, 4) if self.assigned else 0.0

    @property
    def on_time_rate(self) -> float:
        return round(self.on_time / self.assigned, 4) if self.assigned else 0.0


def unit_figures(
    assignments: Iterable[AssignmentRecord], calendar: HolidayCalendar, as_of: date
) -> list[UnitFigures]:
    """Per unit, over the assignments given (those made in the period), ranked best first.

    A reply counts on time when its first reply came by the deadline in force (a granted
    extension moves it); an assignment without a reply whose deadline has passed by
    ``as_of`` is overdue now. Working days to reply count from the day after assignment.
    """
    by_unit: dict[str, list[AssignmentRecord]] = {}
    for item in assignments:
        by_unit.setdefault(item.unit_name, []).append(item)
    figures = []
    for unit, items in by_unit.items():
        replied = [item for item in items if item.replied_at is not None]
        on_time = sum(1 for item in replied if item.replied_at and item.replied_at.date() <= item.due_on)
        spans = [
            workdays_late(calendar, item.assigned_at.date(), item.replied_at.date())
            for item in replied
            if item.replied_at is not None
        ]
        figures.append(
            UnitFigures(
                unit=unit,
                assigned=len(items),
                on_time=on_time,
                late=len(replied) - on_time,
                overdue=sum(1 for item in items if item.replied_at is None and as_of > item.due_on),
                done=sum(1 for item in items if item.status is AssignmentStatus.DONE),
                average_reply_workdays=round(sum(spans) / len(spans), 2) if spans else None,
            )
        )
    return sorted(
        figures, key=lambda f: (-f.on_time_rate, -f.reply_rate, f.overdue, -f.completion_rate, f.unit)
    )
