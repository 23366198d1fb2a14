from __future__ import annotations

from datetime import date, datetime

import pytest

from dutylog.domain.accounts.permissions import SYSTEM_ACTOR, VIEWER_ACTOR
from dutylog.domain.enums import DutyRole, EntryKind, Shift, UserRole
from dutylog.domain.errors import ConflictError, PermissionDenied, ValidationError
from dutylog.domain.log.records import NewLogEntry
from dutylog.office import Office
from tests.conftest import FakeClock

PASSWORD = "correct horse 1"

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
    late = office.log.add_entry(NewLogEntry(kind=EntryKind.OTHER, text="迟到的记录"))
    assert late.late and late.locked  # a late entry (补录), marked, and read-only at once
    correction = office.log.amend(entry.id, "更正：设备 2 号机故障")
    entries = office.log.entries_for(DAY)
    assert [e.text for e in entries] == ["设备正常", "迟到的记录", "更正：设备 2 号机故障"]
    assert entries[0].locked and correction.amends_id == entry.id


def test_editing_with_a_stale_version_conflicts(office: Office) -> None:
    entry = office.log.add_entry(NewLogEntry(kind=EntryKind.OTHER, text="原文"))
    office.log.edit_entry(entry.id, text="新文", details={}, matter_id=None, expected_version=entry.version)
    with pytest.raises(ConflictError):
        office.log.edit_entry(entry.id, text="旧", details={}, matter_id=None, expected_version=entry.version)
    assert office.log.entries_for(DAY)[0].text == "新文"


def _officers_on_shift(office: Office) -> tuple[int, int]:
    """张三 on the day shift of DAY, 李四 on its night shift, each with an account."""
    outgoing, incoming = _people(office)
    office.roster.assign(DAY, Shift.DAY, DutyRole.OFFICER, outgoing)
    office.roster.assign(DAY, Shift.NIGHT, DutyRole.OFFICER, incoming)
    office.accounts.add_user("zhangsan", UserRole.OFFICER, PASSWORD, staff_id=outgoing)
    office.accounts.add_user("lisi", UserRole.OFFICER, PASSWORD, staff_id=incoming)
    return outgoing, incoming


def test_handover_is_confirmed_by_the_logged_in_incoming_officer(office: Office, clock: FakeClock) -> None:
    outgoing, incoming = _officers_on_shift(office)
    matter = office.matters.add("未办结事项")
    office.login("zhangsan", PASSWORD)
    handover = office.log.add_entry(
        NewLogEntry(
            kind=EntryKind.HANDOVER,
            text="继续关注",
            details={"open_matters": [matter.number], "to_staff_id": incoming},
        )
    )
    assert handover.author_id == outgoing
    clock.set(datetime(2026, 11, 17, 17, 40))  # the night shift has begun
    with pytest.raises(PermissionDenied):
        office.log.confirm_handover(handover.id)  # the outgoing officer is off duty now
    office.act_as(SYSTEM_ACTOR)
    audit_before = office.audit.count()
    office.login("lisi", PASSWORD)
    confirmed = office.log.confirm_handover(handover.id)
    assert confirmed.details["confirmed_name"] == "李四"
    assert confirmed.details["open_matters"] == [matter.number]
    assert confirmed.details["confirmed_at"] == datetime(2026, 11, 17, 17, 40).isoformat()
    # Confirming locks the outgoing shift at once (before its grace period ends), audited.
    assert confirmed.locked and office.log.is_closed(DAY, Shift.DAY)
    office.act_as(SYSTEM_ACTOR)
    assert office.audit.count() == audit_before + 2  # the login and the confirmation


def test_a_viewer_and_an_off_duty_officer_cannot_close_or_confirm(office: Office) -> None:
    _officers_on_shift(office)
    office.act_as(VIEWER_ACTOR)
    with pytest.raises(PermissionDenied):
        office.log.close_shift(DAY, Shift.DAY)
    office.login("lisi", PASSWORD)  # on the night shift, not the day shift
    with pytest.raises(PermissionDenied):
        office.log.close_shift(DAY, Shift.DAY)
    assert not office.log.is_closed(DAY, Shift.DAY)


def test_the_officer_closes_their_own_shift_and_it_is_audited(office: Office) -> None:
    _officers_on_shift(office)
    before = office.audit.count()
    office.login("zhangsan", PASSWORD)
    office.log.close_shift(DAY, Shift.DAY)
    assert office.log.is_closed(DAY, Shift.DAY)
    office.act_as(SYSTEM_ACTOR)
    last = office.audit.find()[0]
    assert office.audit.count() == before + 2  # the login and the closing
    assert (last.entity, last.username) == ("shift_closure", "zhangsan")


def test_the_outgoing_officer_completes_their_shift_until_the_grace_period_ends(
    office: Office, clock: FakeClock
) -> None:
    _officers_on_shift(office)
    office.login("zhangsan", PASSWORD)
    clock.set(datetime(2026, 11, 17, 17, 33))  # three minutes into the night shift
    found = office.log.add_entry(
        NewLogEntry(
            kind=EntryKind.OTHER, text="17:28 发现一条帖子", occurred_at=datetime(2026, 11, 17, 17, 28)
        )
    )
    assert found.shift is Shift.DAY and not found.locked
    edited = office.log.edit_entry(
        found.id, text="17:28 发现一条帖子，已截图", expected_version=found.version
    )
    assert edited.text.endswith("已截图")
    # Writing for the night shift is not theirs: they are not on it.
    with pytest.raises(PermissionDenied):
        office.log.add_entry(NewLogEntry(kind=EntryKind.OTHER, text="夜班记录"))
    clock.set(datetime(2026, 11, 17, 19, 31))  # the default grace of two hours has passed
    assert office.log.get(found.id).locked
    with pytest.raises(ValidationError) as late:
        office.log.edit_entry(found.id, text="再改", expected_version=edited.version)
    assert late.value.code == "shift_closed"
    # Afterwards what they add for their shift is a late entry (补录), marked with both times.
    late = office.log.add_entry(
        NewLogEntry(kind=EntryKind.OTHER, text="补录：17:20 来电", occurred_at=datetime(2026, 11, 17, 17, 20))
    )
    assert late.late and late.created_at == datetime(2026, 11, 17, 19, 31)
    assert late.occurred_at == datetime(2026, 11, 17, 17, 20) and not found.late


def test_late_entries_by_a_supervisor_for_any_date_but_not_by_another_officer(
    office: Office, clock: FakeClock
) -> None:
    _officers_on_shift(office)
    leader = office.staff.add("王芳", roles=(DutyRole.LEADER,))
    office.accounts.add_user("wangfang", UserRole.SUPERVISOR, PASSWORD, staff_id=leader.id)
    clock.set(datetime(2026, 11, 20, 10, 0))
    paper = NewLogEntry(kind=EntryKind.OTHER, text="补录纸质记录", occurred_at=datetime(2026, 11, 17, 9, 0))
    office.login("lisi", PASSWORD)  # on the night shift of the 17th, not the day shift
    with pytest.raises(PermissionDenied):
        office.log.add_entry(paper)
    office.login("wangfang", PASSWORD)
    late = office.log.add_entry(paper)
    assert late.late and late.author_id == leader.id and late.duty_date == DAY
    # The supervisor writes no entry of an open shift: that is the officer's on duty.
    with pytest.raises(PermissionDenied):
        office.log.add_entry(NewLogEntry(kind=EntryKind.OTHER, text="当班记录"))


def test_the_grace_period_is_a_setting(office: Office, clock: FakeClock) -> None:
    _officers_on_shift(office)
    with office.db.transaction() as store:
        store.settings.set("shift_lock_grace_minutes", "10")
    office.login("zhangsan", PASSWORD)
    entry = office.log.add_entry(NewLogEntry(kind=EntryKind.OTHER, text="设备正常"))
    clock.set(datetime(2026, 11, 17, 17, 39))
    assert not office.log.get(entry.id).locked
    clock.set(datetime(2026, 11, 17, 17, 40))
    assert office.log.get(entry.id).locked
