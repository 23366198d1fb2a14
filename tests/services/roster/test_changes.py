"""Swaps, substitutes, manual assignments and the roster checks."""

from __future__ import annotations

from datetime import date
from typing import Any
from typing import Any as Team

import pytest

from dutylog.domain.enums import DutyRole, Shift
from dutylog.domain.errors import ValidationError
from dutylog.domain.roster.checks import ProblemKind
from dutylog.domain.roster.records import ChangeKind
from dutylog.office import Office


def officer_slot(office: Office, day: date) -> Any:
    return next(s for s in office.roster.between(day, day) if s.role is DutyRole.OFFICER)


def test_swap_exchanges_people_and_is_traceable(office: Office, team: Team) -> None:
    office.roster.generate(date(2026, 12, 1), date(2026, 12, 31))
    a, b = officer_slot(office, date(2026, 12, 3)), officer_slot(office, date(2026, 12, 10))
    new_a, new_b = office.roster.changes.swap(a.id, b.id, "家中有事", made_by="办公室主任")
    assert (new_a.staff_id, new_b.staff_id) == (b.staff_id, a.staff_id)
    history = office.roster.changes.history(date(2026, 12, 1), date(2026, 12, 31))
    assert [(c.kind, c.original_staff_id, c.new_staff_id) for c in history] == [
        (ChangeKind.SWAP, a.staff_id, b.staff_id),
        (ChangeKind.SWAP, b.staff_id, a.staff_id),
    ]
    assert {c.reason for c in history} == {"家中有事"} and history[0].made_by == "办公室主任"
    assert history[0].made_at == office.clock() and history[1].group_id == history[0].id
    # Re-generating keeps the swapped duties.
    office.roster.generate(date(2026, 12, 1), date(2026, 12, 31))
    assert officer_slot(office, date(2026, 12, 3)).staff_id == b.staff_id


def test_swap_with_someone_on_leave_is_refused_and_changes_nothing(office: Office, team: Team) -> None:
    office.roster.generate(date(2026, 12, 1), date(2026, 12, 31))
    a, b = officer_slot(office, date(2026, 12, 3)), officer_slot(office, date(2026, 12, 10))
    office.roster.add_leave(b.staff_id, date(2026, 12, 2), date(2026, 12, 4), "出差")
    with pytest.raises(ValidationError) as error:
        office.roster.changes.swap(a.id, b.id, "调班")
    assert error.value.code == "on_leave" and b.staff_name in error.value.message
    assert officer_slot(office, date(2026, 12, 3)).staff_id == a.staff_id
    assert not office.roster.changes.history(date(2026, 12, 1), date(2026, 12, 31))


def test_substitute_records_original_and_refuses_double_booking(office: Office, team: Team) -> None:
    office.roster.generate(date(2026, 12, 1), date(2026, 12, 31))
    slot = officer_slot(office, date(2026, 12, 5))
    leader = next(
        s for s in office.roster.between(date(2026, 12, 5), date(2026, 12, 5)) if s.role is DutyRole.LEADER
    )
    other = next(p for p in team.officers if p.id != slot.staff_id)
    new = office.roster.changes.substitute(slot.id, other.id, "生病")
    assert new.staff_id == other.id and new.origin == "change"
    change = office.roster.changes.history(date(2026, 12, 5), date(2026, 12, 5))[0]
    assert (change.kind, change.original_name, change.new_name) == (
        ChangeKind.SUBSTITUTE,
        slot.staff_name,
        other.name,
    )
    with pytest.raises(ValidationError) as error:
        office.roster.changes.substitute(slot.id, leader.staff_id, "试试")
    assert error.value.code == "wrong_role"


def test_past_duties_cannot_be_changed(office: Office, team: Team) -> None:
    past = office.roster.assign(date(2026, 11, 10), Shift.FULL, DutyRole.OFFICER, team.officers[0].id)
    with pytest.raises(ValidationError) as error:
        office.roster.changes.substitute(past.id, team.officers[1].id, "补记")
    assert error.value.code == "past_duty"
    with pytest.raises(ValidationError):
        office.roster.changes.assign(
            date(2026, 11, 1), Shift.FULL, DutyRole.OFFICER, team.officers[1].id, "补"
        )


def test_a_reason_is_required(office: Office, team: Team) -> None:
    office.roster.generate(date(2026, 12, 1), date(2026, 12, 3))
    slot = officer_slot(office, date(2026, 12, 2))
    with pytest.raises(ValidationError) as error:
        office.roster.changes.substitute(slot.id, team.officers[6].id, "  ")
    assert error.value.field == "reason"


def test_checks_find_gaps_double_booking_leave_rest_and_inactive(office: Office, team: Team) -> None:
    zhang, liu = team.officers[0], team.officers[1]
    wang = team.leaders[0]
    day = date(2026, 12, 8)
    office.roster.assign(day, Shift.FULL, DutyRole.OFFICER, zhang.id)
    office.roster.assign(day, Shift.FULL, DutyRole.LEADER, zhang.id)  # double booked
    office.roster.assign(date(2026, 12, 9), Shift.FULL, DutyRole.OFFICER, zhang.id)  # no rest
    office.roster.assign(date(2026, 12, 9), Shift.FULL, DutyRole.LEADER, wang.id)
    office.roster.assign(date(2026, 12, 10), Shift.DAY, DutyRole.OFFICER, liu.id)  # night uncovered
    office.roster.add_leave(liu.id, date(2026, 12, 10), date(2026, 12, 10))
    quality = office.roster.check(day, date(2026, 12, 10))
    kinds = {(p.kind, p.duty_date) for p in quality.problems}
    assert (ProblemKind.DOUBLE_BOOKING, day) in kinds
    assert (ProblemKind.REST, date(2026, 12, 9)) in kinds
    assert (ProblemKind.ON_LEAVE, date(2026, 12, 10)) in kinds
    gaps = [p for p in quality.problems if p.kind is ProblemKind.GAP]
    assert any(p.duty_date == date(2026, 12, 10) and "17:30–08:30" in p.message for p in gaps)
    assert any(p.duty_date == date(2026, 12, 10) and p.role is DutyRole.LEADER for p in gaps)
    assert not any(p.duty_date == date(2026, 12, 9) for p in gaps)
    stats = {p.name: p for p in quality.people}
    assert stats["张伟"].total == 3 and stats["张伟"].leader == 1 and stats["张伟"].hours == 72


def test_inactive_person_is_flagged(office: Office, team: Team) -> None:
    with office.db.transaction() as store:
        from sqlalchemy import text

        store.session.execute(
            text("UPDATE staff SET active = false WHERE id = :id"), {"id": team.officers[2].id}
        )
    with office.db.transaction() as store:
        store.roster.assign(
            duty_date=date(2026, 12, 1),
            shift=Shift.FULL,
            role=DutyRole.OFFICER,
            staff_id=team.officers[2].id,
            created_at=office.clock(),
        )
    quality = office.roster.check(date(2026, 12, 1), date(2026, 12, 1))
    assert ProblemKind.INACTIVE in {p.kind for p in quality.problems}


def test_people_without_duties_appear_in_statistics(office: Office, team: Team) -> None:
    office.roster.generate(date(2026, 12, 1), date(2026, 12, 3))
    quality = office.roster.check(date(2026, 12, 1), date(2026, 12, 3))
    stats = {p.name: p for p in quality.people}
    assert len(stats) == 10
    assert sorted(p.total for p in quality.people).count(0) == 4  # 7 officers, 3 days
    assert quality.spread[DutyRole.OFFICER] == 1


def test_a_long_duty_overlapping_two_shorter_ones_is_reported_twice() -> None:
    from dutylog.domain.roster.calendar import HolidayCalendar
    from dutylog.domain.roster.checks import CheckInput, check
    from dutylog.domain.roster.duty import DutyAssignment

    day = date(2026, 12, 8)
    duties = [
        DutyAssignment(1, day, Shift.FULL, DutyRole.OFFICER, 5, "张伟", ""),
        DutyAssignment(2, day, Shift.DAY, DutyRole.LEADER, 5, "张伟", ""),
        DutyAssignment(3, day, Shift.NIGHT, DutyRole.STANDBY, 5, "张伟", ""),
    ]
    quality = check(CheckInput(day, day, duties, [], HolidayCalendar()))
    doubles = [p for p in quality.problems if p.kind is ProblemKind.DOUBLE_BOOKING]
    assert len(doubles) == 2
