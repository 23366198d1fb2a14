"""Every path that puts someone on duty applies the same eligibility rule.

Auto-fill (generate), manual assignment, swap and substitute all refuse a person on
leave and a person without the minimum rest (24 hours by default); only an
administrator's explicit, recorded override lets a change break the rest rule.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta

import pytest

from dutylog.domain.accounts.audit import AuditFilter
from dutylog.domain.accounts.permissions import Actor, UserRole
from dutylog.domain.enums import DutyRole, Shift
from dutylog.domain.errors import PermissionDenied, ValidationError
from dutylog.domain.roster.duty import DutyAssignment
from dutylog.domain.roster.staff import StaffRecord
from dutylog.office import Office
from tests.services.roster.conftest import Team

DAY = date(2026, 12, 10)  # a Thursday, well after the fake clock's 2026-11-17
OVERRIDE = "抗洪抢险，人手不足"

# A change path: (office, the person who should take the duty on DAY, a colleague,
# reason, override) -> the slot the person now holds.
Path = Callable[[Office, StaffRecord, StaffRecord, str, str], DutyAssignment]


def by_assign(
    office: Office, person: StaffRecord, colleague: StaffRecord, why: str, override: str
) -> DutyAssignment:
    return office.roster.changes.assign(
        DAY, Shift.FULL, DutyRole.OFFICER, person.id, why, override_rest_reason=override
    )


def by_substitute(
    office: Office, person: StaffRecord, colleague: StaffRecord, why: str, override: str
) -> DutyAssignment:
    slot = office.roster.assign(DAY, Shift.FULL, DutyRole.OFFICER, colleague.id)
    return office.roster.changes.substitute(slot.id, person.id, why, override_rest_reason=override)


def by_swap(
    office: Office, person: StaffRecord, colleague: StaffRecord, why: str, override: str
) -> DutyAssignment:
    theirs = office.roster.assign(DAY, Shift.FULL, DutyRole.OFFICER, colleague.id)
    mine = office.roster.assign(DAY + timedelta(days=10), Shift.FULL, DutyRole.OFFICER, person.id)
    taken, _given = office.roster.changes.swap(theirs.id, mine.id, why, override_rest_reason=override)
    return taken


PATHS = [
    pytest.param(by_assign, id="assign"),
    pytest.param(by_substitute, id="substitute"),
    pytest.param(by_swap, id="swap"),
]


def on_leave(office: Office, person: StaffRecord) -> None:
    office.roster.add_leave(person.id, DAY, DAY, "病假")


def rests_too_little(office: Office, person: StaffRecord) -> None:
    # The next day's duty starts when DAY's ends: no rest at all.
    office.roster.assign(DAY + timedelta(days=1), Shift.FULL, DutyRole.OFFICER, person.id)


def officers_on(office: Office, day: date) -> list[int]:
    return [s.staff_id for s in office.roster.between(day, day) if s.role is DutyRole.OFFICER]


def slot_audit(office: Office, slot_id: int) -> list[dict[str, object]]:
    """The "after" of each audit record of a slot, oldest first."""
    entries = office.audit.find(AuditFilter(entity="duty_slot", entity_id=str(slot_id)))
    return [json.loads(e.after_json) for e in sorted(entries, key=lambda e: e.id) if e.after_json]


# -- changes ---------------------------------------------------------------------


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize(
    ("make", "code"), [(on_leave, "on_leave"), (rests_too_little, "too_little_rest")], ids=["leave", "rest"]
)
def test_changes_refuse_leave_and_too_little_rest(
    office: Office, team: Team, path: Path, make: Callable[[Office, StaffRecord], None], code: str
) -> None:
    person, colleague = team.officer("张伟"), team.officer("刘洋")
    make(office, person)
    with pytest.raises(ValidationError) as error:
        path(office, person, colleague, "临时调整", "")
    assert error.value.code == code and error.value.field == "staff_id"
    assert person.name in error.value.message
    assert person.id not in officers_on(office, DAY)
    assert not office.roster.changes.history(DAY - timedelta(days=30), DAY + timedelta(days=30))


def test_the_rest_message_names_the_neighbouring_duty(office: Office, team: Team) -> None:
    person = team.officer("张伟")
    rests_too_little(office, person)
    with pytest.raises(ValidationError) as error:
        by_assign(office, person, team.officer("刘洋"), "临时调整", "")
    assert error.value.message == "张伟 距下一班（2026-12-11 值班员全天）休息不足 24 小时。"


def test_exactly_the_minimum_rest_is_enough(office: Office, team: Team) -> None:
    person = team.officer("张伟")
    office.roster.assign(DAY + timedelta(days=2), Shift.FULL, DutyRole.OFFICER, person.id)  # 24 h later
    slot = by_assign(office, person, team.officer("刘洋"), "临时调整", "")
    assert slot.staff_id == person.id


def test_the_rest_rule_follows_the_office_rules(office: Office, team: Team) -> None:
    from dutylog.services.roster.roster import RosterRules

    person = team.officer("张伟")
    office.roster.assign(DAY + timedelta(days=2), Shift.FULL, DutyRole.OFFICER, person.id)
    office.roster.set_rules(RosterRules(min_rest_hours=48))
    with pytest.raises(ValidationError) as error:
        by_assign(office, person, team.officer("刘洋"), "临时调整", "")
    assert error.value.code == "too_little_rest" and "48 小时" in error.value.message


@pytest.mark.parametrize("path", PATHS)
def test_an_override_breaks_only_the_rest_rule_and_is_recorded(
    office: Office, team: Team, path: Path
) -> None:
    person, colleague = team.officer("张伟"), team.officer("刘洋")
    rests_too_little(office, person)
    slot = path(office, person, colleague, "临时调整", f"  {OVERRIDE} ")
    assert slot.staff_id == person.id and slot.duty_date == DAY
    history = office.roster.changes.history(DAY - timedelta(days=30), DAY + timedelta(days=30))
    assert history and {c.reason for c in history} == {f"临时调整（越过休息规则：{OVERRIDE}）"}
    audited = slot_audit(office, slot.id)
    assert audited[-1]["rest_override"] == OVERRIDE and audited[-1]["staff_id"] == person.id


@pytest.mark.parametrize("path", PATHS)
def test_an_override_never_lets_leave_through(office: Office, team: Team, path: Path) -> None:
    person, colleague = team.officer("张伟"), team.officer("刘洋")
    on_leave(office, person)
    rests_too_little(office, person)
    with pytest.raises(ValidationError) as error:
        path(office, person, colleague, "临时调整", OVERRIDE)
    assert error.value.code == "on_leave"


def test_an_override_never_allows_double_booking_or_the_wrong_role(office: Office, team: Team) -> None:
    person = team.officer("张伟")
    office.roster.assign(DAY, Shift.DAY, DutyRole.OFFICER, person.id)
    with pytest.raises(ValidationError) as error:
        office.roster.changes.assign(
            DAY, Shift.NIGHT, DutyRole.OFFICER, person.id, "临时调整", override_rest_reason=OVERRIDE
        )
    assert error.value.code == "double_booking"
    with pytest.raises(ValidationError) as error:
        office.roster.changes.assign(
            DAY,
            Shift.FULL,
            DutyRole.LEADER,
            team.officer("刘洋").id,
            "临时调整",
            override_rest_reason=OVERRIDE,
        )
    assert error.value.code == "wrong_role"


def test_without_an_override_the_reason_is_stored_as_typed(office: Office, team: Team) -> None:
    slot = by_assign(office, team.officer("张伟"), team.officer("刘洋"), "本人申请", "   ")
    assert [c.reason for c in office.roster.changes.history(DAY, DAY)] == ["本人申请"]
    assert "rest_override" not in slot_audit(office, slot.id)[-1]


def test_only_a_roster_manager_may_override(office: Office, team: Team) -> None:
    person = team.officer("张伟")
    rests_too_little(office, person)
    office.act_as(Actor("zhangwei", UserRole.OFFICER, user_id=None, staff_id=person.id))
    with pytest.raises(PermissionDenied):
        by_assign(office, person, team.officer("刘洋"), "临时调整", OVERRIDE)


# -- auto-fill -------------------------------------------------------------------


def test_auto_fill_leaves_a_slot_unfilled_rather_than_use_someone_on_leave(
    office: Office, team: Team
) -> None:
    person = team.officer("张伟")
    on_leave(office, person)
    result = office.roster.generate(DAY - timedelta(days=2), DAY + timedelta(days=2), officer_ids=[person.id])
    assert person.id not in officers_on(office, DAY)
    assert officers_on(office, DAY) == [] and result.unfilled >= 1


def test_auto_fill_leaves_a_slot_unfilled_rather_than_break_the_rest(office: Office, team: Team) -> None:
    person = team.officer("张伟")
    rests_too_little(office, person)  # a fixed duty on DAY + 1
    result = office.roster.generate(DAY, DAY + timedelta(days=2), officer_ids=[person.id])
    assert officers_on(office, DAY) == [] and officers_on(office, DAY + timedelta(days=2)) == []
    assert officers_on(office, DAY + timedelta(days=1)) == [person.id]
    assert result.unfilled == 2


def test_auto_fill_gives_the_slot_to_someone_else(office: Office, team: Team) -> None:
    zhang, liu = team.officer("张伟"), team.officer("刘洋")
    rests_too_little(office, zhang)
    # Zhang would come first in the rotation, but has no rest before his fixed duty.
    office.roster.generate(DAY, DAY, officer_ids=[zhang.id, liu.id], start_officer=zhang.id)
    assert officers_on(office, DAY) == [liu.id]
    office.roster.add_leave(liu.id, DAY + timedelta(days=3), DAY + timedelta(days=3))
    office.roster.generate(DAY + timedelta(days=3), DAY + timedelta(days=3), officer_ids=[liu.id, zhang.id])
    assert officers_on(office, DAY + timedelta(days=3)) == [zhang.id]
