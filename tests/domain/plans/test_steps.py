"""The step-limit and WHO parsers and the progress sentence."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dutylog.domain.errors import ValidationError
from dutylog.domain.plans.records import (
    ChecklistStep,
    MatterPlanRecord,
    StartHow,
    StepStatus,
    progress_sentence,
)
from dutylog.domain.plans.steps import (
    MAX_MINUTES,
    Produces,
    StepLimit,
    WhoKind,
    parse_limit,
    parse_step,
    parse_who,
)
from dutylog.domain.supervision.workdays import MAX_WORKDAYS


@given(st.integers(min_value=1, max_value=MAX_MINUTES))
def test_plain_numbers_are_minutes_and_round_trip(minutes: int) -> None:
    limit = parse_limit(str(minutes))
    assert limit == StepLimit(minutes=minutes)
    assert parse_limit(limit.text) == limit


@given(st.integers(min_value=1, max_value=MAX_MINUTES // 60))
def test_hours_are_sixty_minutes(hours: int) -> None:
    assert parse_limit(f"{hours}h") == StepLimit(minutes=hours * 60)
    assert parse_limit(f"{hours}h").text == f"{hours}h"


@given(st.integers(min_value=1, max_value=MAX_WORKDAYS))
def test_working_days(days: int) -> None:
    assert parse_limit(f"{days}wd") == StepLimit(workdays=days)


@given(st.text())
def test_anything_else_is_refused_with_a_typed_error(text: str) -> None:
    try:
        limit = parse_limit(text)
    except ValidationError as exc:
        assert exc.code == "bad_limit"
    else:  # only the three spellings get through, within bounds
        assert (limit.minutes is None) != (limit.workdays is None)
        assert parse_limit(limit.text) == limit


@pytest.mark.parametrize("text", ["", "0", "-5", "4d", "2 weeks", "wd", "1.5h", "121wd", "99999"])
def test_garbage_limits(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_limit(text)


def test_a_limit_is_due_on_the_clock_or_on_the_calendar() -> None:
    start = datetime(2026, 11, 17, 10, 0)
    assert parse_limit("30").due(start, lambda d, n: d) == datetime(2026, 11, 17, 10, 30)
    assert parse_limit("4h").due(start, lambda d, n: d) == datetime(2026, 11, 17, 14, 0)
    in_two = parse_limit("2wd").due(start, lambda d, n: d + timedelta(days=n + 1))
    assert in_two == datetime(2026, 11, 20, 10, 0)


def test_who_and_the_step_spec() -> None:
    assert parse_who("officer").kind is WhoKind.OFFICER
    assert parse_who("带班领导").kind is WhoKind.LEADER
    unit = parse_who("unit:县公安局")
    assert (unit.kind, unit.unit, unit.text) == (WhoKind.UNIT, "县公安局", "unit:县公安局")
    for bad in ("", "boss", "unit:", "unit"):
        with pytest.raises(ValidationError):
            parse_who(bad)
    step = parse_step("报送专报@officer+240")
    assert (step.text, step.who.kind, step.limit.minutes, step.produces) == (
        "报送专报",
        WhoKind.OFFICER,
        240,
        Produces.NOTHING,
    )
    assert step.spec == "报送专报@officer+4h"
    with pytest.raises(ValidationError):
        parse_step("没有责任人")


def _step(position: int, status: StepStatus, due: datetime) -> ChecklistStep:
    return ChecklistStep(
        id=position,
        position=position,
        text=f"第{position}步",
        who=parse_who("officer"),
        limit=parse_limit("30"),
        produces=Produces.NOTHING,
        due_at=due,
        stored_status=status,
    )


def test_the_progress_sentence_of_briefings() -> None:
    now = datetime(2026, 11, 17, 15, 0)
    early, late = datetime(2026, 11, 17, 11, 0), datetime(2026, 11, 17, 18, 0)
    plan = MatterPlanRecord(
        id=1,
        matter_id=1,
        matter_number="2026-001",
        plan_id=1,
        plan_name="网络舆情应急处置预案",
        how=StartHow.TRIGGER,
        counted_from=early,
        started_at=early,
        started_by_name="张伟",
        steps=(
            _step(1, StepStatus.DONE, early),
            _step(2, StepStatus.DONE, early),
            _step(3, StepStatus.DONE, early),
            _step(4, StepStatus.OPEN, early),
            _step(5, StepStatus.OPEN, late),
        ),
    )
    assert (
        progress_sentence(plan, now)
        == "已启动《网络舆情应急处置预案》，第1-3步已完成，第4步逾期，第5步正在办理"
    )
    assert [step.position for step in plan.overdue(now)] == [4]
    assert date(2026, 11, 17) == plan.started_at.date()
