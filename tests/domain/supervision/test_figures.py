"""Reminders, the supervision list and unit figures, from assignment records."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from dutylog.domain.roster.calendar import HolidayCalendar, package_days
from dutylog.domain.supervision.assignments import AssignmentRecord, AssignmentStatus, ReplyRecord
from dutylog.domain.supervision.figures import (
    FollowUpFact,
    ReminderKind,
    reminders,
    supervision_list,
    unit_figures,
)

CALENDAR = HolidayCalendar(package_days(2025), [2025])


def assignment(
    ident: int,
    unit: str,
    *,
    assigned: datetime = datetime(2025, 9, 30, 10, 0),
    due: date = date(2025, 10, 11),
    status: AssignmentStatus = AssignmentStatus.ASSIGNED,
    replied: datetime | None = None,
    created: datetime = datetime(2025, 9, 30, 10, 0),
) -> AssignmentRecord:
    return AssignmentRecord(
        id=ident,
        matter_id=ident,
        matter_number=f"YQ-2025-{ident:04d}",
        matter_title="标题",
        unit_id=ident,
        unit_name=unit,
        lead=True,
        instruction="",
        assigned_at=assigned,
        workdays=None,
        due_on=due,
        first_response_hours=24,
        status=status,
        accepted_at=None,
        replied_at=replied,
        done_at=None,
        created_at=created,
        version=1,
    )


def test_reminders_sort_due_today_tomorrow_and_overdue() -> None:
    today = date(2025, 10, 13)
    rows = reminders(
        [
            assignment(1, "甲", due=date(2025, 10, 13)),
            assignment(2, "乙", due=date(2025, 10, 14)),
            assignment(3, "丙", due=date(2025, 10, 11)),
            assignment(4, "丁", due=date(2025, 10, 11), status=AssignmentStatus.DONE),
        ],
        [FollowUpFact(9, "YQ-2025-0009", "跟踪", date(2025, 10, 12), date(2025, 10, 1))],
        today,
    )
    assert [(row.kind, row.unit_name) for row in rows] == [
        (ReminderKind.DUE_TODAY, "甲"),
        (ReminderKind.DUE_TOMORROW, "乙"),
        (ReminderKind.OVERDUE, "丙"),
        (ReminderKind.FOLLOW_UP, ""),
    ]


def test_a_record_typed_in_after_its_dates_had_gone_starts_no_reminder() -> None:
    late_typed = assignment(1, "甲", due=date(2025, 10, 11), created=datetime(2025, 11, 1, 9, 0))
    old_follow_up = FollowUpFact(2, "YQ-2025-0002", "跟踪", date(2025, 10, 12), date(2025, 11, 1))
    assert reminders([late_typed], [old_follow_up], date(2025, 11, 3)) == []


def test_a_reply_waiting_for_review_is_a_reminder() -> None:
    reply = ReplyRecord(1, 1, datetime(2025, 10, 9, 9, 0), "已办", False, False, "", None, "", "", "", None)
    waiting = replace(assignment(1, "甲", status=AssignmentStatus.REPLIED), replies=(reply,))
    rows = reminders([waiting], [], date(2025, 10, 9))
    assert [row.kind for row in rows] == [ReminderKind.REVIEW_WAITING]


def test_the_supervision_list_puts_the_latest_first_and_drops_replied_ones() -> None:
    rows = supervision_list(
        [
            assignment(1, "甲", due=date(2025, 10, 15)),
            assignment(2, "乙", due=date(2025, 10, 9)),
            assignment(3, "丙", status=AssignmentStatus.REPLIED),
            assignment(4, "丁", assigned=datetime(2025, 10, 14, 9, 0), due=date(2025, 10, 20)),
        ],
        CALENDAR,
        date(2025, 10, 13),
    )
    assert [(row.assignment.unit_name, row.late_workdays, row.overdue) for row in rows] == [
        ("乙", 3, True),
        ("甲", -2, False),
    ]


def test_unit_figures_count_on_time_late_and_overdue() -> None:
    items = [
        assignment(1, "甲", replied=datetime(2025, 10, 13, 16, 0)),  # late
        assignment(2, "甲", replied=datetime(2025, 10, 10, 9, 0), status=AssignmentStatus.DONE),
        assignment(3, "甲"),  # no reply, overdue
        assignment(4, "乙", replied=datetime(2025, 10, 9, 9, 0)),
    ]
    figures = {f.unit: f for f in unit_figures(items, CALENDAR, date(2025, 10, 20))}
    first = figures["甲"]
    assert (first.assigned, first.on_time, first.late, first.overdue, first.done) == (3, 1, 1, 1, 1)
    assert first.reply_rate == round(2 / 3, 4) and first.completion_rate == round(1 / 3, 4)
    # 30 Sep -> 13 Oct is 4 working days (9, 10, 11 make-up, 13); -> 10 Oct is 2.
    assert first.average_reply_workdays == 3.0
    assert [f.unit for f in unit_figures(items, CALENDAR, date(2025, 10, 20))] == ["乙", "甲"]
