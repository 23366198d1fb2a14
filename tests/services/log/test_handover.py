"""The itemised handover: the outgoing officer fills the checklist, the incoming confirms item by item."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from dutylog.domain.accounts.permissions import SYSTEM_ACTOR, VIEWER_ACTOR
from dutylog.domain.enums import DutyRole, Shift, UserRole
from dutylog.domain.errors import NotFoundError, PermissionDenied, ValidationError
from dutylog.domain.log.handover import DEFAULT_CHECKLIST, HandoverItem
from dutylog.office import Office
from tests.conftest import FakeClock

PASSWORD = "correct horse 1"
DAY = date(2026, 11, 17)


@pytest.fixture
def shifts(office: Office) -> tuple[int, int]:
    """张三 on the day shift, 李四 on the night shift, each with an account."""
    outgoing = office.staff.add("张三").id
    incoming = office.staff.add("李四").id
    office.roster.assign(DAY, Shift.DAY, DutyRole.OFFICER, outgoing)
    office.roster.assign(DAY, Shift.NIGHT, DutyRole.OFFICER, incoming)
    office.accounts.add_user("zhangsan", UserRole.OFFICER, PASSWORD, staff_id=outgoing)
    office.accounts.add_user("lisi", UserRole.OFFICER, PASSWORD, staff_id=incoming)
    return outgoing, incoming


def test_the_checklist_is_a_setting(office: Office) -> None:
    assert office.handover.checklist() == DEFAULT_CHECKLIST
    office.handover.set_checklist(["设备和账号", "电话留言"])
    assert [item.label for item in office.handover.blank_items()] == ["设备和账号", "电话留言"]
    with pytest.raises(ValidationError):
        office.handover.set_checklist([])
    office.act_as(VIEWER_ACTOR)
    with pytest.raises(PermissionDenied):
        office.handover.set_checklist(["设备"])


def test_incoming_confirms_item_by_item_and_open_items_carry_forward(
    office: Office, clock: FakeClock, shifts: tuple[int, int]
) -> None:
    outgoing, _incoming = shifts
    office.login("zhangsan", PASSWORD)
    items = [
        HandoverItem(item.label, "YQ-2026-0007 待县应急局回复" if n == 0 else "无", open=n == 0)
        for n, item in enumerate(office.handover.blank_items())
    ]
    handover = office.handover.hand_over(items)
    assert handover.author_id == outgoing and len(handover.details["items"]) == len(DEFAULT_CHECKLIST)
    with pytest.raises(NotFoundError):
        office.handover.pending()  # one's own handover is not offered to oneself to confirm
    clock.set(datetime(2026, 11, 17, 17, 40))
    office.act_as(SYSTEM_ACTOR)
    office.login("lisi", PASSWORD)
    assert office.handover.pending().id == handover.id
    partly = office.log.confirm_handover(handover.id, [0, 2])
    assert [bool(i.get("confirmed_by")) for i in partly.details["items"]] == [True, False, True, False, False]
    assert "confirmed_by" not in partly.details and not office.log.is_closed(DAY, Shift.DAY)
    with pytest.raises(ValidationError):
        office.log.confirm_handover(handover.id, [9])
    done = office.log.confirm_handover(handover.id)
    assert done.details["confirmed_name"] == "李四" and office.log.is_closed(DAY, Shift.DAY)
    assert all(i["confirmed_name"] == "李四" for i in done.details["items"])
    with pytest.raises(NotFoundError):
        office.handover.pending()
    carried = office.handover.carried_forward()
    assert [(i.label, i.note) for i in carried] == [(DEFAULT_CHECKLIST[0], "YQ-2026-0007 待县应急局回复")]
    # The night officer's own checklist starts from what they took over.
    first = office.handover.blank_items()[0]
    assert first.open and first.note == "YQ-2026-0007 待县应急局回复"


def test_the_outgoing_officer_cannot_confirm_their_own_handover(
    office: Office, clock: FakeClock, shifts: tuple[int, int]
) -> None:
    office.login("zhangsan", PASSWORD)
    handover = office.handover.hand_over(office.handover.blank_items())
    with pytest.raises(ValidationError):
        office.log.confirm_handover(handover.id, [0])
