"""Shift patterns from a date on, with standby: generation, checks and who is on duty (issue 20)."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, time

import pytest

from dutylog.domain.enums import DutyRole, Shift
from dutylog.domain.errors import ValidationError
from dutylog.domain.log.shifts import PatternKind
from dutylog.office import Office
from tests.services.roster.conftest import Team

THREE = [time(8), time(16), time(0)]
DECEMBER = (date(2026, 12, 1), date(2026, 12, 31))


@pytest.fixture
def standby(office: Office) -> list[int]:
    return [office.staff.add(name, roles=[DutyRole.STANDBY]).id for name in ("钱备", "冯备", "褚备")]


def test_a_month_of_three_shifts_fills_every_shift_and_standby_without_rest_violations(
    office: Office, team: Team, standby: list[int]
) -> None:
    office.roster.set_shift_pattern(PatternKind.THREE, THREE, date(2026, 12, 1))
    result = office.roster.generate(*DECEMBER)
    assert result.unfilled == 0
    duties = office.roster.between(*DECEMBER)
    per_day = Counter((d.duty_date, d.shift, d.role) for d in duties)
    for day in range(1, 32):
        on = date(2026, 12, day)
        for shift in (Shift.EARLY, Shift.MIDDLE, Shift.LATE):
            assert per_day[(on, shift, DutyRole.OFFICER)] == 1
        assert per_day[(on, Shift.FULL, DutyRole.LEADER)] == 1
        assert per_day[(on, Shift.FULL, DutyRole.STANDBY)] == 1
    quality = office.roster.check(*DECEMBER)
    assert quality.problems == []
    # Fair: the standby duties are shared out evenly among the standby people.
    standby_counts = Counter(d.staff_id for d in duties if d.role is DutyRole.STANDBY)
    assert set(standby_counts) == set(standby)
    assert max(standby_counts.values()) - min(standby_counts.values()) <= 1


def test_officers_off_duty_stand_by_when_the_standby_people_cannot(office: Office, team: Team) -> None:
    only = office.staff.add("钱备", roles=[DutyRole.STANDBY]).id
    office.roster.set_shift_pattern(PatternKind.THREE, THREE, date(2026, 12, 1))
    assert office.roster.generate(*DECEMBER).unfilled == 0
    duties = office.roster.between(*DECEMBER)
    standing_by = Counter(d.staff_id for d in duties if d.role is DutyRole.STANDBY)
    assert sum(standing_by.values()) == 31
    assert only in standing_by and len(standing_by) > 1  # one person cannot stand by every day
    on_shift = {(d.duty_date, d.staff_id) for d in duties if d.role is DutyRole.OFFICER}
    assert not any((d.duty_date, d.staff_id) in on_shift for d in duties if d.role is DutyRole.STANDBY)
    assert office.roster.check(*DECEMBER).problems == []


def test_a_pattern_changes_from_its_date_on_and_earlier_days_keep_theirs(office: Office, team: Team) -> None:
    office.roster.set_shift_pattern(PatternKind.THREE, THREE, date(2026, 12, 16))
    office.roster.generate(*DECEMBER)
    shifts = {(d.duty_date, d.shift) for d in office.roster.between(*DECEMBER) if d.role is DutyRole.OFFICER}
    assert (date(2026, 12, 15), Shift.FULL) in shifts and (date(2026, 12, 15), Shift.EARLY) not in shifts
    assert {(date(2026, 12, 16), s) for s in (Shift.EARLY, Shift.MIDDLE, Shift.LATE)} <= shifts
    assert office.roster.check(*DECEMBER).gaps == 0
    # A later change keeps the history.
    office.roster.set_shift_pattern(PatternKind.DAY_NIGHT, [time(8, 30), time(17, 30)], date(2027, 1, 1))
    assert [era.kind for era in office.roster.shift_eras()] == [PatternKind.THREE, PatternKind.DAY_NIGHT]


def test_the_late_shift_belongs_to_the_previous_duty_date(office: Office, team: Team) -> None:
    office.roster.set_shift_pattern(PatternKind.THREE, THREE, date(2026, 12, 1))
    office.roster.generate(*DECEMBER)
    now = office.roster.on_duty(datetime(2026, 12, 6, 2, 0))
    assert (now.duty_date, now.shift) == (date(2026, 12, 5), Shift.LATE)
    late = next(
        d
        for d in office.roster.between(date(2026, 12, 5), date(2026, 12, 5))
        if d.shift is Shift.LATE and d.role is DutyRole.OFFICER
    )
    assert [d.staff_id for d in now.officers] == [late.staff_id]
    assert now.leaders  # the leader serves the whole duty day
    assert office.shift_times().locate(datetime(2026, 12, 6, 8, 0)) == (date(2026, 12, 6), Shift.EARLY)


@pytest.mark.parametrize(
    ("kind", "starts", "first"),
    [
        (PatternKind.THREE, [time(8), time(16)], date(2026, 12, 1)),  # too few times
        (PatternKind.THREE, [time(8), time(8, 30), time(0)], date(2026, 12, 1)),  # under an hour apart
        (PatternKind.THREE, [time(8), time(16), time(9)], date(2026, 12, 1)),  # runs past the next day
        (PatternKind.FULL, [time(8)], date(2026, 11, 17)),  # today has begun
    ],
)
def test_bad_patterns_are_refused(office: Office, kind: PatternKind, starts: list[time], first: date) -> None:
    with pytest.raises(ValidationError):
        office.roster.set_shift_pattern(kind, starts, first)
    assert office.roster.shift_eras() == ()
