"""Time limits by grade (报送时限): when a matter must be reported, and whether it is late.

Defaults follow the offices' plans: a major (重大) or extraordinary (特大) matter is
reported to a leader at once and a special report (专报) goes up within 4 hours; a
serious (较大) one within 2 hours; an ordinary (一般) one in the day's briefing.
All limits are settings; these functions are pure.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from dutylog.domain.enums import Grade
from dutylog.domain.errors import ValidationError

SETTING_KEY = "time_limits"


@dataclass(frozen=True)
class GradeLimit:
    """Minutes allowed from discovery; None means "in the day's briefing" / no special report."""

    report_minutes: int | None
    special_report_minutes: int | None = None


@dataclass(frozen=True)
class TimeLimits:
    by_grade: dict[Grade, GradeLimit] = field(
        default_factory=lambda: {
            Grade.ORDINARY: GradeLimit(None),
            Grade.SERIOUS: GradeLimit(120),
            # "At once" is given a small, configurable margin so the countdown is meaningful.
            Grade.MAJOR: GradeLimit(15, 240),
            Grade.EXTRAORDINARY: GradeLimit(15, 240),
        }
    )
    briefing_time: time = time(17, 30)

    def to_setting(self) -> dict[str, Any]:
        return {
            "briefing_time": self.briefing_time.strftime("%H:%M"),
            "grades": {
                grade.value: [limit.report_minutes, limit.special_report_minutes]
                for grade, limit in self.by_grade.items()
            },
        }

    @classmethod
    def from_setting(cls, value: Any) -> TimeLimits:
        """Read the stored setting; missing parts keep their defaults."""
        default = cls()
        if not isinstance(value, dict):
            return default
        grades = dict(default.by_grade)
        for code, pair in (value.get("grades") or {}).items():
            try:
                grade = Grade(code)
                report, special = pair
            except (ValueError, TypeError):
                continue
            grades[grade] = GradeLimit(_minutes(report), _minutes(special))
        briefing = default.briefing_time
        with contextlib.suppress(ValueError):
            briefing = time.fromisoformat(str(value.get("briefing_time", "")))
        return cls(grades, briefing)


def _minutes(value: Any) -> int | None:
    if value is None:
        return None
    minutes = int(value)
    if not 0 <= minutes <= 7 * 24 * 60:
        raise ValidationError("时限应在 0 到 10080 分钟之间。", code="bad_limit", field="time_limits")
    return minutes


@dataclass(frozen=True)
class Deadline:
    """The report deadline of one matter at one moment."""

    due: datetime
    special_due: datetime | None
    remaining: timedelta
    overdue: bool
    met: bool
    reported_at: datetime | None = None

    @property
    def late_by(self) -> timedelta | None:
        """How late the report went up (None if not reported or in time)."""
        if self.reported_at is None or self.reported_at <= self.due:
            return None
        return self.reported_at - self.due

    @property
    def label(self) -> str:
        """Short text for tables: 已报送 / 剩余 1:20 / 超时 0:35."""
        if self.met:
            return "已报送"
        if self.late_by is not None:
            late = int(self.late_by.total_seconds() // 60)
            return f"逾期报送 {late // 60}:{late % 60:02d}"
        minutes = int(abs(self.remaining).total_seconds() // 60)
        text = f"{minutes // 60}:{minutes % 60:02d}"
        return f"超时 {text}" if self.overdue else f"剩余 {text}"


def briefing_due(discovered_at: datetime, briefing_time: time) -> datetime:
    """The briefing a matter goes into: today's, or tomorrow's if found after it."""
    day: date = discovered_at.date()
    if discovered_at.time() >= briefing_time:
        day += timedelta(days=1)
    return datetime.combine(day, briefing_time)


def report_deadline(
    grade: Grade,
    discovered_at: datetime,
    *,
    now: datetime,
    reported_at: datetime | None = None,
    limits: TimeLimits | None = None,
) -> Deadline:
    rules = limits or TimeLimits()
    limit = rules.by_grade.get(grade, GradeLimit(None))
    if limit.report_minutes is None:
        due = briefing_due(discovered_at, rules.briefing_time)
    else:
        due = discovered_at + timedelta(minutes=limit.report_minutes)
    special = (
        discovered_at + timedelta(minutes=limit.special_report_minutes)
        if limit.special_report_minutes is not None
        else None
    )
    moment = reported_at or now
    return Deadline(
        due=due,
        special_due=special,
        remaining=due - now,
        overdue=moment > due,
        met=reported_at is not None and reported_at <= due,
        reported_at=reported_at,
    )


def past_record(discovered_at: datetime, created_at: datetime | None) -> bool:
    """Was the matter typed in on a later day than it was found (补录, an import)?

    Such a record never raises reminders for deadlines that had gone before it was
    entered; a matter found this morning and entered late is still overdue and says so.
    """
    return created_at is not None and discovered_at.date() < created_at.date()
