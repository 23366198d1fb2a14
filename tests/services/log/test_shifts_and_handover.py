from __future__ import annotations

from datetime import date, datetime

import pytest

from dutylog.domain.enums import DutyRole, EntryKind, Shift
from dutylog.domain.errors import ConflictError, ValidationError
from dutylog.domain.log.records import NewLogEntry
from dutylog.office import Office

DAY = date(2026, 11, 17)


def _people(office: Office) -> tuple[int, int]:
    with office.db.transaction() as store:
        a = store.staff.add(name="张三", phone="", unit_id=None, title="", roles=[DutyRole.OFFICER])
        b = store.staff.add(name="李四", phone="", unit_id=None, title="", roles=[DutyRole.OFFICER])
    return a.id, b.id


def test_kind_fields_are_required_and_kept(office: Office) -> None:
    with pytest.raises(ValidationError) as info:
        office.log.add_entry(NewLogEntry(kind=EntryKind.PATROL, text="早间巡查", complete=True))
    assert info.value.field == "sources"
    entry = office.log.add_entry(
        NewLogEntry(
            kind=EntryKind.PATROL,
            text="早间巡查",
            details={"sources": "微博、抖音", "result": "none"},
            complete=True,
        )
    )
    assert entry.details == {"sources": ["微博", "抖音"], "result": "none"}
    with pytest.raises(ValidationError):
        office.log.add_entry(NewLogEntry(kind=EntryKind.MATTER_FOUND, text="发现", complete=True))
    with pytest.raises(ValidationError):
        office.log.add_entry(NewLogEntry(kind=EntryKind.CALL, text="来电", details={}, complete=True))
    with pytest.raises(ValidationError):
        office.log.add_entry(
            NewLogEntry(kind=EntryKind.PATROL, text="巡查", details={"result": "maybe"}, complete=False)
        )
    quick = office.log.add_entry(
        NewLogEntry(kind=EntryKind.CALL, text="旧台账转录：县委办来电", complete=False)
    )
    assert quick.details == {"caller": ""}
    call = office.log.add_entry(
        NewLogEntry(kind=EntryKind.CALL, text="询问", details={"caller": "县委办"}, complete=True)
    )
    assert call.details == {"caller": "县委办"}


def test_closed_shift_is_read_only_and_amendments_keep_the_original(office: Office) -> None:
    entry = office.log.add_entry(NewLogEntry(kind=EntryKind.OTHER, text="设备正常"))
    assert entry.shift is Shift.DAY and not entry.locked
    office.log.close_shift(DAY, Shift.DAY)
    with pytest.raises(ValidationError) as info:
        office.log.edit_entry(entry.id, text="改", details={}, matter_id=None, expected_version=entry.version)
    assert info.value.code == "shift_closed"
    with pytest.raises(ValidationError):
        office.log.add_entry(NewLogEntry(kind=EntryKind.OTHER, text="迟到的记录"))
    correction = office.log.amend(entry.id, "更正：设备 2 号机故障")
    entries = office.log.entries_for(DAY)
    assert [e.text for e in entries] == ["设备正常", "更正：设备 2 号机故障"]
    assert entries[0].locked and correction.amends_id == entry.id


def test_editing_with_a_stale_version_conflicts(office: Office) -> None:
    entry = office.log.add_entry(NewLogEntry(kind=EntryKind.OTHER, text="原文"))
    office.log.edit_entry(entry.id, text="新文", details={}, matter_id=None, expected_version=entry.version)
    with pytest.raises(ConflictError):
        office.log.edit_entry(entry.id, text="旧", details={}, matter_id=None, expected_version=entry.version)
    assert office.log.entries_for(DAY)[0].text == "新文"


def test_handover_is_confirmed_by_the_incoming_officer(office: Office) -> None:
    outgoing, incoming = _people(office)
    matter = office.matters.add("未办结事项")
    handover = office.log.add_entry(
        NewLogEntry(
            kind=EntryKind.HANDOVER,
            text="继续关注",
            author_id=outgoing,
            details={"open_matters": [matter.number], "to_staff_id": incoming},
        )
    )
    office.log.close_shift(DAY, Shift.DAY)
    with pytest.raises(ValidationError):
        office.log.confirm_handover(handover.id, confirmed_by=outgoing)
    confirmed = office.log.confirm_handover(handover.id, confirmed_by=incoming)
    assert confirmed.details["confirmed_name"] == "李四"
    assert confirmed.details["open_matters"] == [matter.number]
    assert confirmed.details["confirmed_at"] == datetime(2026, 11, 17, 15, 30).isoformat()
