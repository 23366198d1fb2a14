from __future__ import annotations

from datetime import datetime, time, timedelta

from dutylog.domain.enums import Grade
from dutylog.domain.matters.deadlines import GradeLimit, TimeLimits, report_deadline

FOUND = datetime(2026, 11, 17, 10, 0)


def test_serious_matter_is_due_in_two_hours() -> None:
    d = report_deadline(Grade.SERIOUS, FOUND, now=FOUND + timedelta(minutes=30))
    assert d.due == FOUND + timedelta(hours=2)
    assert d.remaining == timedelta(minutes=90)
    assert not d.overdue and d.label == "剩余 1:30"


def test_major_matter_needs_a_special_report_within_four_hours_and_goes_overdue() -> None:
    d = report_deadline(Grade.MAJOR, FOUND, now=FOUND + timedelta(hours=1))
    assert d.special_due == FOUND + timedelta(hours=4)
    assert d.overdue and d.label.startswith("超时")


def test_ordinary_matter_goes_into_the_day_briefing_or_the_next() -> None:
    assert report_deadline(Grade.ORDINARY, FOUND, now=FOUND).due == datetime(2026, 11, 17, 17, 30)
    late = datetime(2026, 11, 17, 20, 0)
    assert report_deadline(Grade.ORDINARY, late, now=late).due == datetime(2026, 11, 18, 17, 30)


def test_reported_in_time_is_met_and_limits_round_trip_through_settings() -> None:
    d = report_deadline(
        Grade.SERIOUS, FOUND, now=FOUND + timedelta(hours=5), reported_at=FOUND + timedelta(hours=1)
    )
    assert d.met and not d.overdue and d.label == "已报送"
    limits = TimeLimits({Grade.SERIOUS: GradeLimit(60)}, time(18, 0))
    again = TimeLimits.from_setting(limits.to_setting())
    assert again.by_grade[Grade.SERIOUS] == GradeLimit(60)
    assert again.briefing_time == time(18, 0)
    assert TimeLimits.from_setting("garbage") == TimeLimits()


def test_a_late_report_says_how_late() -> None:
    d = report_deadline(
        Grade.SERIOUS,
        FOUND,
        now=FOUND + timedelta(hours=9),
        reported_at=FOUND + timedelta(hours=3, minutes=5),
    )
    assert not d.met and d.late_by == timedelta(hours=1, minutes=5)
    assert d.label == "逾期报送 1:05"
