from __future__ import annotations

from datetime import date, datetime

import pytest

from dutylog.domain.enums import DutyRole, Shift
from dutylog.domain.errors import ValidationError
from dutylog.office import Office


def test_who_is_on_duty_now(office: Office) -> None:
    officer = office.staff.add("张伟", phone="13900000001", roles=[DutyRole.OFFICER])
    leader = office.staff.add("王建国", phone="13900000002", roles=[DutyRole.LEADER])
    office.roster.assign(date(2026, 11, 17), Shift.FULL, DutyRole.OFFICER, officer.id)
    office.roster.assign(date(2026, 11, 17), Shift.FULL, DutyRole.LEADER, leader.id)
    duty = office.roster.on_duty()
    assert [a.staff_name for a in duty.officers] == ["张伟"]
    assert [a.phone for a in duty.leaders] == ["13900000002"]
    assert duty.is_covered


def test_night_duty_after_midnight_is_the_previous_days_slot(office: Office) -> None:
    night = office.staff.add("刘洋")
    office.roster.assign(date(2026, 11, 17), Shift.NIGHT, DutyRole.OFFICER, night.id)
    duty = office.roster.on_duty(datetime(2026, 11, 18, 1, 0))
    assert duty.shift is Shift.NIGHT
    assert [a.staff_name for a in duty.officers] == ["刘洋"]
    assert not duty.is_covered  # no leader on duty


def test_day_slot_does_not_answer_for_the_night(office: Office) -> None:
    day_officer = office.staff.add("赵敏")
    office.roster.assign(date(2026, 11, 17), Shift.DAY, DutyRole.OFFICER, day_officer.id)
    assert office.roster.on_duty(datetime(2026, 11, 17, 20, 0)).officers == ()


def test_inactive_person_cannot_be_assigned(office: Office) -> None:
    retired = office.staff.add("孙丽", active=False)
    with pytest.raises(ValidationError):
        office.roster.assign(date(2026, 11, 17), Shift.DAY, DutyRole.OFFICER, retired.id)
    assert office.roster.between(date(2026, 11, 1), date(2026, 11, 30)) == []
