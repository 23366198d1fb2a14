"""Generating a roster through the service: fairness, past duties, holidays, bad input."""

from __future__ import annotations

from datetime import date
from typing import Any as Team

import pytest

from dutylog.domain.enums import DutyRole, Shift
from dutylog.domain.errors import NotFoundError, ValidationError
from dutylog.domain.roster.calendar import DayKind
from dutylog.office import Office
from dutylog.services.roster.roster import RosterRules


def test_december_has_no_gaps_and_even_counts(office: Office, team: Team) -> None:
    result = office.roster.generate(date(2026, 12, 1), date(2026, 12, 31))
    assert result.created == 62 and result.unfilled == 0 and not result.warnings
    quality = office.roster.check(date(2026, 12, 1), date(2026, 12, 31))
    assert quality.gaps == 0 and not quality.problems
    assert quality.spread[DutyRole.OFFICER] <= 1
    assert quality.spread[DutyRole.LEADER] <= 1


def test_past_days_and_today_are_never_changed(office: Office, team: Team, clock: object) -> None:
    today = office.clock().date()  # 2026-11-17
    kept = office.roster.assign(today, Shift.FULL, DutyRole.OFFICER, team.officers[3].id)
    past = office.roster.assign(date(2026, 11, 10), Shift.FULL, DutyRole.OFFICER, team.officers[4].id)
    result = office.roster.generate(date(2026, 11, 1), date(2026, 11, 30))
    assert result.first == date(2026, 11, 18)
    slots = office.roster.between(date(2026, 11, 1), date(2026, 11, 17))
    assert {s.id for s in slots} == {kept.id, past.id}


def test_regenerating_replaces_generated_but_keeps_changes(office: Office, team: Team) -> None:
    office.roster.generate(date(2026, 12, 1), date(2026, 12, 10))
    manual = office.roster.changes.assign(
        date(2026, 12, 20), Shift.FULL, DutyRole.OFFICER, team.officers[0].id, "本人申请"
    )
    first_ids = {s.id for s in office.roster.between(date(2026, 12, 1), date(2026, 12, 10))}
    result = office.roster.generate(date(2026, 12, 1), date(2026, 12, 31))
    assert result.replaced == 20
    after = office.roster.between(date(2026, 12, 1), date(2026, 12, 31))
    assert manual.id in {s.id for s in after}
    assert not first_ids & {s.id for s in after}
    officers_20th = [s for s in after if s.duty_date == date(2026, 12, 20) and s.role is DutyRole.OFFICER]
    assert [s.staff_id for s in officers_20th] == [team.officers[0].id]


def test_national_day_duties_are_holiday_duties(office: Office, team: Team, clock: object) -> None:
    from datetime import datetime

    clock.set(datetime(2026, 9, 1, 9, 0))  # type: ignore[attr-defined]
    office.roster.generate(date(2026, 9, 28), date(2026, 10, 12))
    days = {d.day: d for d in office.roster.days(date(2026, 9, 28), date(2026, 10, 12))}
    assert all(days[date(2026, 10, n)].is_holiday_duty for n in range(1, 8))
    assert days[date(2026, 10, 1)].holiday_name == "国庆节"
    assert days[date(2026, 10, 10)].kind is DayKind.MAKEUP  # Saturday make-up workday
    assert not days[date(2026, 10, 10)].is_holiday_duty
    stats = office.roster.check(date(2026, 10, 1), date(2026, 10, 7)).people
    assert sum(p.holiday for p in stats) == 14


def test_unknown_year_warns_and_uses_weekends(office: Office, team: Team) -> None:
    result = office.roster.generate(date(2026, 12, 20), date(2027, 1, 10))
    assert any("2027年" in warning for warning in result.warnings)
    day = office.roster.days(date(2027, 1, 2), date(2027, 1, 2))[0]
    assert day.kind is DayKind.WEEKEND
    office.holidays.set_day(date(2027, 1, 1), DayKind.HOLIDAY, "元旦")
    assert office.holidays.is_year_known(2027)
    assert office.roster.days(date(2027, 1, 1), date(2027, 1, 1))[0].is_holiday_duty
    again = office.roster.generate(date(2027, 1, 1), date(2027, 1, 10))
    assert not again.warnings


def test_two_officers_a_day_when_configured(office: Office, team: Team) -> None:
    office.roster.set_rules(RosterRules(officers=2))
    office.roster.generate(date(2026, 12, 1), date(2026, 12, 7))
    day = office.roster.days(date(2026, 12, 3), date(2026, 12, 3))[0]
    assert len(day.officers) == 2 and len(day.leaders) == 1


def test_special_period_is_covered_round_the_clock(office: Office, team: Team) -> None:
    office.roster.add_special_period("重大活动保障", date(2026, 12, 5), date(2026, 12, 6))
    office.roster.generate(date(2026, 12, 1), date(2026, 12, 10))
    day = office.roster.days(date(2026, 12, 5), date(2026, 12, 5))[0]
    assert day.special_names == ("重大活动保障",)
    assert {d.shift for d in day.officers} == {Shift.DAY, Shift.NIGHT}
    assert office.roster.check(date(2026, 12, 1), date(2026, 12, 10)).gaps == 0


@pytest.mark.parametrize(
    ("first", "last", "code"),
    [
        (date(2026, 12, 10), date(2026, 12, 1), "range_order"),
        (date(2026, 12, 1), date(2030, 12, 1), "range_too_long"),
        (date(2026, 1, 1), date(2026, 2, 1), "past_range"),
    ],
)
def test_bad_ranges_are_refused(office: Office, team: Team, first: date, last: date, code: str) -> None:
    with pytest.raises(ValidationError) as error:
        office.roster.generate(first, last)
    assert error.value.code == code


def test_nobody_eligible_and_unknown_people_write_nothing(office: Office, team: Team) -> None:
    office.roster.generate(date(2026, 12, 1), date(2026, 12, 5))
    before = office.roster.between(date(2026, 12, 1), date(2026, 12, 31))
    with pytest.raises(NotFoundError) as unknown:
        office.roster.generate(date(2026, 12, 1), date(2026, 12, 31), start_officer=9999)
    assert unknown.value.code == "unknown_person"
    with pytest.raises(NotFoundError):
        office.roster.generate(date(2026, 12, 1), date(2026, 12, 31), officer_ids=[9999])
    with pytest.raises(ValidationError) as wrong:
        office.roster.generate(date(2026, 12, 1), date(2026, 12, 31), leader_ids=[team.officers[0].id])
    assert wrong.value.code == "wrong_role"
    assert office.roster.between(date(2026, 12, 1), date(2026, 12, 31)) == before


def test_nobody_eligible_for_a_role(office: Office) -> None:
    office.staff.add("张伟")
    with pytest.raises(ValidationError) as error:
        office.roster.generate(date(2026, 12, 1), date(2026, 12, 31))
    assert error.value.code == "nobody_eligible"
    assert "带班领导" in error.value.message


def test_leave_is_skipped_and_flagged_when_assigned_by_hand(office: Office, team: Team) -> None:
    zhang = team.officers[0]
    office.roster.add_leave(zhang.id, date(2026, 12, 1), date(2026, 12, 15), "年休假")
    office.roster.generate(date(2026, 12, 1), date(2026, 12, 31))
    assert not office.roster.between(date(2026, 12, 1), date(2026, 12, 15), zhang.id)
    assert office.roster.between(date(2026, 12, 16), date(2026, 12, 31), zhang.id)
