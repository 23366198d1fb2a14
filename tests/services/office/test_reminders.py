"""Due reminders: briefing before the end of the day, report deadlines, tomorrow's duty."""

from __future__ import annotations

from datetime import datetime, timedelta

from dutylog.domain.accounts.permissions import Actor, UserRole
from dutylog.domain.enums import DutyRole, Grade, Shift
from dutylog.office import Office
from tests.conftest import FakeClock


def kinds(office: Office) -> list[str]:
    return [r.kind for r in office.reminders.due()]


def test_nothing_due_on_a_quiet_morning(office: Office, clock: FakeClock) -> None:
    clock.set(datetime(2026, 11, 17, 9, 0))
    assert office.reminders.due() == []


def test_briefing_reminder_before_the_end_of_a_workday(office: Office, clock: FakeClock) -> None:
    clock.set(datetime(2026, 11, 17, 17, 10))  # a Tuesday, 20 minutes before 17:30
    due = office.reminders.due()
    assert [r.kind for r in due] == ["briefing"]
    assert due[0].key == "briefing:2026-11-17"
    assert not due[0].urgent


def test_matter_deadline_approaching_then_overdue(office: Office, clock: FakeClock) -> None:
    clock.set(datetime(2026, 11, 17, 10, 0))
    matter = office.matters.add(
        "某地网传停水", grade=Grade.SERIOUS, discovered_at=datetime(2026, 11, 17, 10, 0)
    )
    assert kinds(office) == []  # 2 hours to go
    clock.set(datetime(2026, 11, 17, 11, 40))
    soon = office.reminders.due()
    assert [r.kind for r in soon] == ["deadline_soon"]
    assert matter.number in soon[0].message
    clock.set(datetime(2026, 11, 17, 12, 5))
    late = office.reminders.due()
    assert [r.kind for r in late] == ["deadline_overdue"]
    assert late[0].urgent and late[0].key == f"matter-overdue:{matter.id}"


def test_next_duty_announced_the_day_before_to_that_person(office: Office, clock: FakeClock) -> None:
    person = office.staff.add("李娜", phone="13900000009")
    tomorrow = clock().date() + timedelta(days=1)
    office.roster.assign(tomorrow, Shift.FULL, DutyRole.OFFICER, person.id)
    clock.set(datetime(2026, 11, 17, 14, 0))
    assert "next_duty" not in kinds(office)  # the system actor has no duties
    office.act_as(Actor("lina", UserRole.OFFICER, user_id=1, staff_id=person.id))
    due = office.reminders.due()
    assert [r.kind for r in due] == ["next_duty"]
    assert "11月18日" in due[0].message
    clock.set(datetime(2026, 11, 17, 9, 0))
    assert kinds(office) == []  # too early in the day before


def test_a_record_of_an_earlier_day_raises_no_reminder_but_a_late_entry_today_does(
    office: Office, clock: FakeClock
) -> None:
    clock.set(datetime(2026, 11, 17, 10, 0))
    office.matters.add("上周纸质台账补录", grade=Grade.SERIOUS, discovered_at=datetime(2026, 11, 10, 9, 0))
    assert kinds(office) == []  # its deadline went by a week before it was typed in
    office.matters.add("早上发现、晚录入", grade=Grade.SERIOUS, discovered_at=datetime(2026, 11, 17, 7, 0))
    assert kinds(office) == ["deadline_overdue"]  # found today: still late, still reminded
