"""Assigning matters to units: deadlines on the office calendar, replies, reviews, extensions."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from dutylog.domain.enums import DutyRole, MatterStatus, Shift, UserRole
from dutylog.domain.errors import PermissionDenied, ValidationError
from dutylog.domain.roster.calendar import DayKind
from dutylog.domain.supervision.assignments import AssignmentStatus, MatterKind, UrgeHow
from dutylog.domain.supervision.units import ContactInput
from dutylog.office import Office
from tests.conftest import FakeClock

FOUND = datetime(2025, 9, 30, 9, 0)
ASSIGNED = datetime(2025, 9, 30, 10, 0)


def setup_units(office: Office, *names: str) -> None:
    for name in names or ("县住建局",):
        office.units.add(name, contact=ContactInput(name=f"{name[:2]}联络员", mobile="13800000000"))


def test_working_days_count_from_the_day_after_on_the_office_calendar(office: Office) -> None:
    setup_units(office)
    matter = office.matters.add("物业纠纷", discovered_at=FOUND)
    record = office.assignments.assign(matter.id, "县住建局", workdays=3, at=ASSIGNED, instruction="请核实")
    assert record.due_on == date(2025, 10, 11) and record.lead and record.status is AssignmentStatus.ASSIGNED
    assert office.matters.get(matter.id).unit_name == "县住建局"
    # A holiday the administrator entered moves the deadline too.
    office.holidays.set_day(date(2026, 11, 18), DayKind.HOLIDAY, "本地假日")
    assert office.assignments.due_date(date(2026, 11, 17), 1) == date(2026, 11, 19)


def test_the_deadline_can_be_a_date_or_the_preset_of_the_matters_kind(office: Office) -> None:
    setup_units(office, "县住建局", "城关镇")
    matter = office.matters.add("投诉", discovered_at=datetime(2026, 11, 16, 9, 0))
    complaint = office.assignments.assign(matter.id, "县住建局", kind=MatterKind.COMPLAINT)
    assert complaint.workdays == 7 and complaint.due_on == office.assignments.due_date(date(2026, 11, 17), 7)
    helper = office.assignments.assign(matter.id, "城关镇", due_on=date(2026, 11, 30))
    assert not helper.lead and helper.due_on == date(2026, 11, 30)
    with pytest.raises(ValidationError) as caught:
        office.assignments.assign(matter.id, "城关镇", workdays=3)
    assert caught.value.code == "duplicate"
    with pytest.raises(ValidationError):
        office.assignments.assign(matter.id, "县住建局", workdays=3, due_on=date(2026, 11, 30))


def test_times_are_checked_as_the_dialog_checks_them(office: Office, clock: FakeClock) -> None:
    setup_units(office)
    matter = office.matters.add("物业纠纷", discovered_at=FOUND)
    with pytest.raises(ValidationError):  # before the matter was found
        office.assignments.assign(matter.id, "县住建局", workdays=3, at=datetime(2025, 9, 29, 10, 0))
    with pytest.raises(ValidationError):  # in the future
        office.assignments.assign(matter.id, "县住建局", workdays=3, at=datetime(2027, 1, 1, 10, 0))
    with pytest.raises(ValidationError):  # a deadline before the assignment
        office.assignments.assign(matter.id, "县住建局", due_on=date(2025, 9, 1), at=ASSIGNED)


def test_a_reply_then_the_review_close_the_matter_when_every_lead_unit_is_done(office: Office) -> None:
    setup_units(office, "县住建局", "城关镇")
    matter = office.matters.add("物业纠纷", discovered_at=FOUND)
    lead = office.assignments.assign(matter.id, "县住建局", workdays=3, at=ASSIGNED)
    helper = office.assignments.assign(matter.id, "城关镇", workdays=3, at=ASSIGNED)
    replied = office.assignments.reply(lead.id, "正在处理", at=datetime(2025, 10, 9, 9, 0))
    assert replied.status is AssignmentStatus.REPLIED and replied.replied_at == datetime(2025, 10, 9, 9, 0)
    returned = office.assignments.review(replied.replies[0].id, accept=False, reason="未答复网民")
    assert returned.status is AssignmentStatus.RETURNED
    with pytest.raises(ValidationError):
        office.assignments.review(replied.replies[0].id, accept=True)  # already reviewed
    again = office.assignments.reply(
        lead.id,
        "已整改并答复网民",
        netizen_answered=True,
        answered_where="百姓问政",
        at=datetime(2025, 10, 10, 9, 0),
    )
    assert again.replied_at == datetime(2025, 10, 9, 9, 0)  # the first reply is what counts for time
    done = office.assignments.review(again.replies[-1].id, accept=True)
    assert done.status is AssignmentStatus.DONE
    closed = office.matters.get(matter.id)
    assert closed.status is MatterStatus.CLOSED and "已整改并答复网民" in closed.outcome
    assert office.assignments.for_matter(matter.id)[1].id == helper.id  # the assisting unit stays open
    notes = [event.note for event in office.matters.timeline(matter.id)]
    assert any("交办县住建局（主办）" in note for note in notes)
    assert any("退回重办" in note for note in notes) and notes[-1] == "主办单位均已办结"


def test_an_extension_must_be_asked_before_the_deadline(office: Office) -> None:
    setup_units(office)
    matter = office.matters.add("物业纠纷", discovered_at=FOUND)
    record = office.assignments.assign(matter.id, "县住建局", workdays=3, at=ASSIGNED)
    asked = office.assignments.request_extension(
        record.id, date(2025, 10, 20), "需现场勘查", at=datetime(2025, 10, 10, 9, 0)
    )
    assert asked.status is AssignmentStatus.EXTENSION_REQUESTED and asked.due_on == date(2025, 10, 11)
    granted = office.assignments.decide_extension(record.id, grant=True, at=datetime(2025, 10, 10, 15, 0))
    assert granted.status is AssignmentStatus.EXTENDED and granted.due_on == date(2025, 10, 20)
    with pytest.raises(ValidationError) as caught:
        office.assignments.request_extension(
            record.id, date(2025, 10, 30), "再延", at=datetime(2025, 10, 21, 9, 0)
        )
    assert caught.value.code == "too_late"


def test_urges_and_meetings_go_on_the_timeline(office: Office) -> None:
    setup_units(office)
    matter = office.matters.add("物业纠纷", discovered_at=FOUND)
    record = office.assignments.assign(matter.id, "县住建局", workdays=3, at=ASSIGNED)
    urged = office.assignments.urge(
        record.id, UrgeHow.CARD, note="送达督查卡", at=datetime(2025, 10, 13, 9, 0)
    )
    assert [(u.how, u.note) for u in urged.urges] == [(UrgeHow.CARD, "送达督查卡")]
    meeting = office.assignments.add_meeting(
        matter.id,
        at=datetime(2025, 10, 13, 10, 0),
        participants="王建国、李秀英",
        conclusion="由住建局牵头",
        units="县住建局",
    )
    assert office.assignments.meetings_on(date(2025, 10, 13)) == [meeting]
    notes = [event.note for event in office.matters.timeline(matter.id)]
    assert "县住建局：督查卡催办：送达督查卡" in notes and "研判：由住建局牵头" in notes


def _person(office: Office, name: str, role: UserRole, *, on: date | None = None) -> None:
    person = office.staff.add(name, roles=(DutyRole.OFFICER,))
    if on is not None:
        office.roster.assign(on, Shift.FULL, DutyRole.OFFICER, person.id)
    office.accounts.add_user(name, role, "password 1", staff_id=person.id)


def test_past_records_by_a_supervisor_or_the_officer_of_that_shift_only(office: Office) -> None:
    setup_units(office)
    matter = office.matters.add("物业纠纷", discovered_at=datetime(2026, 11, 10, 9, 0))
    _person(office, "值班员", UserRole.OFFICER, on=date(2026, 11, 10))
    _person(office, "另一人", UserRole.OFFICER)
    _person(office, "领导", UserRole.SUPERVISOR)
    office.login("另一人", "password 1")
    with pytest.raises(PermissionDenied):
        office.assignments.assign(matter.id, "县住建局", workdays=3, at=datetime(2026, 11, 10, 10, 0))
    office.login("领导", "password 1")
    with pytest.raises(PermissionDenied):  # now is the officer's on duty, not the supervisor's
        office.assignments.assign(matter.id, "县住建局", workdays=3)
    office.login("值班员", "password 1")
    record = office.assignments.assign(matter.id, "县住建局", workdays=3, at=datetime(2026, 11, 10, 10, 0))
    office.login("领导", "password 1")
    office.assignments.urge(record.id, UrgeHow.PHONE, at=datetime(2026, 11, 16, 9, 0))
    events = office.matters.timeline(matter.id)
    assert [e.actor_name for e in events[-2:]] == ["值班员", "领导"]
