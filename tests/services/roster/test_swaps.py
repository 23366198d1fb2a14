"""Swap requests with approval: nothing changes until a supervisor approves (issue 20)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from dutylog.domain.enums import DutyRole, UserRole
from dutylog.domain.errors import NotFoundError, PermissionDenied, ValidationError
from dutylog.domain.roster.duty import DutyAssignment
from dutylog.domain.roster.records import ChangeKind, SwapStatus
from dutylog.office import Office
from tests.services.roster.conftest import Team

PASSWORD = "swap test pass 1"
DAY = date(2026, 12, 10)


@dataclass
class Desk:
    office: Office
    slot: DutyAssignment  # the requester's officer duty on DAY
    other: int  # the person asked to take it, free around DAY

    def login(self, username: str) -> None:
        self.office.login(username, PASSWORD)


def officer_on(office: Office, day: date) -> DutyAssignment:
    return next(s for s in office.roster.between(day, day) if s.role is DutyRole.OFFICER)


def free_officer(office: Office, team: Team, day: date) -> int:
    """An officer with no duty within two days of ``day`` (so the rest rule allows it)."""
    from datetime import timedelta

    busy = {s.staff_id for s in office.roster.between(day - timedelta(days=2), day + timedelta(days=2))}
    return next(p.id for p in team.officers if p.id not in busy)


@pytest.fixture
def desk(office: Office, team: Team) -> Desk:
    office.roster.generate(date(2026, 12, 1), date(2026, 12, 31))
    slot = officer_on(office, DAY)
    other = free_officer(office, team, DAY)
    office.accounts.add_user("asker", UserRole.OFFICER, PASSWORD, staff_id=slot.staff_id)
    office.accounts.add_user("taker", UserRole.OFFICER, PASSWORD, staff_id=other)
    boss = office.staff.add("钱主任", roles=[DutyRole.LEADER], title="主任")
    office.accounts.add_user("chief", UserRole.SUPERVISOR, PASSWORD, staff_id=boss.id)
    office.accounts.add_user("admin", UserRole.ADMIN, PASSWORD)
    return Desk(office, slot, other)


def test_a_request_changes_nothing_until_approved_and_keeps_who_and_when(desk: Desk) -> None:
    office = desk.office
    desk.login("asker")
    request = office.roster.swaps.request(DAY, desk.other, "孩子生病")
    assert request.status is SwapStatus.PENDING and request.kind is ChangeKind.SUBSTITUTE
    assert officer_on(office, DAY).staff_id == desk.slot.staff_id
    desk.login("taker")
    accepted = office.roster.swaps.accept(request.id)
    assert accepted.status is SwapStatus.ACCEPTED and accepted.accepted_by == "taker"
    assert officer_on(office, DAY).staff_id == desk.slot.staff_id
    assert not office.roster.changes.history(DAY, DAY)
    desk.login("chief")
    approved = office.roster.swaps.approve(request.id)
    assert approved.status is SwapStatus.APPROVED
    assert (approved.requested_by, approved.accepted_by, approved.decided_by) == ("asker", "taker", "chief")
    assert approved.requested_at and approved.accepted_at and approved.decided_at
    assert officer_on(office, DAY).staff_id == desk.other
    change = office.roster.changes.history(DAY, DAY)[0]
    assert (change.kind, change.original_staff_id, change.new_staff_id, change.made_by) == (
        ChangeKind.SUBSTITUTE,
        desk.slot.staff_id,
        desk.other,
        "chief",
    )
    assert approved.change_id == change.id and "孩子生病" in change.reason


def test_a_request_for_someone_on_leave_is_refused_with_the_reason(desk: Desk) -> None:
    office = desk.office
    office.roster.add_leave(desk.other, DAY, DAY, "年休假")
    desk.login("asker")
    with pytest.raises(ValidationError) as refused:
        office.roster.swaps.request(DAY, desk.other, "家中有事")
    assert refused.value.code == "on_leave" and "请假" in refused.value.message
    assert office.roster.swaps.requests() == []
    assert officer_on(office, DAY).staff_id == desk.slot.staff_id


def test_leave_entered_after_acceptance_refuses_the_approval_and_keeps_the_roster(desk: Desk) -> None:
    office = desk.office
    desk.login("asker")
    request = office.roster.swaps.request(DAY, desk.other, "家中有事")
    desk.login("taker")
    office.roster.swaps.accept(request.id)
    desk.login("admin")
    office.roster.add_leave(desk.other, DAY, DAY, "病假")
    decided = office.roster.swaps.approve(request.id)
    assert decided.status is SwapStatus.REFUSED and "请假" in decided.decision_reason
    assert officer_on(office, DAY).staff_id == desk.slot.staff_id
    assert office.roster.swaps.requests(open_only=True) == []


def test_a_swap_that_breaks_the_rest_rule_or_the_role_is_refused(desk: Desk, team: Team) -> None:
    office = desk.office
    desk.login("asker")
    neighbour = officer_on(office, date(2026, 12, 9)).staff_id  # on duty the day before: no rest
    if neighbour != desk.slot.staff_id:
        with pytest.raises(ValidationError) as tired:
            office.roster.swaps.request(DAY, neighbour, "调班")
        assert tired.value.code in {"too_little_rest", "overlap"}
    with pytest.raises(ValidationError) as role:
        office.roster.swaps.request(DAY, team.leaders[0].id, "调班")
    assert role.value.code == "wrong_role"


def test_only_the_other_person_accepts_and_only_an_uninvolved_supervisor_approves(desk: Desk) -> None:
    office = desk.office
    desk.login("asker")
    request = office.roster.swaps.request(DAY, desk.other, "家中有事")
    with pytest.raises(PermissionDenied):
        office.roster.swaps.accept(request.id)  # the requester is not the other person
    with pytest.raises(ValidationError):
        desk.login("chief")
        office.roster.swaps.approve(request.id)  # not accepted yet
    desk.login("taker")
    office.roster.swaps.accept(request.id)
    with pytest.raises(PermissionDenied):
        office.roster.swaps.approve(request.id)  # an officer does not approve
    desk.login("chief")
    refused = office.roster.swaps.refuse(request.id, "当天人手紧张")
    assert refused.status is SwapStatus.REFUSED and refused.decision_reason == "当天人手紧张"
    with pytest.raises(ValidationError):
        office.roster.swaps.approve(request.id)
    assert officer_on(office, DAY).staff_id == desk.slot.staff_id


def test_an_administrator_asks_for_someone_an_officer_may_not(desk: Desk, team: Team) -> None:
    office = desk.office
    desk.login("taker")
    with pytest.raises(PermissionDenied):
        office.roster.swaps.request(DAY, desk.other, "代申请", for_staff_id=desk.slot.staff_id)
    desk.login("admin")
    with pytest.raises(ValidationError) as no_staff:
        office.roster.swaps.request(DAY, desk.other, "代申请")  # an admin without a person of their own
    assert no_staff.value.code == "no_staff"
    request = office.roster.swaps.request(DAY, desk.other, "代申请", for_staff_id=desk.slot.staff_id)
    assert request.requester_staff_id == desk.slot.staff_id and request.requested_by == "admin"
    with pytest.raises(NotFoundError):
        office.roster.swaps.request(date(2026, 12, 11), desk.other, "无值班", for_staff_id=desk.slot.staff_id)


def test_an_exchange_swaps_both_duties_on_approval(desk: Desk) -> None:
    office = desk.office
    theirs = next(
        s
        for s in office.roster.between(date(2026, 12, 20), date(2026, 12, 31), desk.other)
        if s.role is DutyRole.OFFICER
    )
    desk.login("asker")
    request = office.roster.swaps.request(DAY, desk.other, "对调", their_slot_id=theirs.id)
    assert request.kind is ChangeKind.SWAP and request.other_date == theirs.duty_date
    desk.login("taker")
    office.roster.swaps.accept(request.id)
    desk.login("chief")
    assert office.roster.swaps.approve(request.id).status is SwapStatus.APPROVED
    assert officer_on(office, DAY).staff_id == desk.other
    assert office.roster.between(theirs.duty_date, theirs.duty_date, desk.slot.staff_id)


def test_candidates_are_only_people_who_may_take_the_slot(desk: Desk, team: Team) -> None:
    office = desk.office
    office.roster.add_leave(desk.other, DAY, DAY, "出差")
    offered = {p.id for p in office.roster.swaps.candidates(desk.slot.id)}
    assert desk.other not in offered and desk.slot.staff_id not in offered
    assert not offered & {p.id for p in team.leaders}
    assert offered, "someone in a team of seven is free"
    desk.login("admin")
    for person in offered:  # the same rule as the request: none of them is refused
        request = office.roster.swaps.request(DAY, person, "试", for_staff_id=desk.slot.staff_id)
        office.roster.swaps.refuse(request.id, "仅试探")
