"""Due reminders: briefing before the end of the day, report deadlines, tomorrow's duty."""

from __future__ import annotations

from datetime import datetime, timedelta

from dutylog.domain.accounts.permissions import SYSTEM_ACTOR, Actor, UserRole
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


def test_last_months_bulletin_is_reminded_to_its_writers_then_to_a_leader(
    office: Office, clock: FakeClock
) -> None:
    officer = office.staff.add("李娜")
    leader = office.staff.add("王建国", roles=[DutyRole.LEADER])
    as_officer = Actor("lina", UserRole.OFFICER, user_id=1, staff_id=officer.id)
    as_leader = Actor("wang", UserRole.SUPERVISOR, user_id=2, staff_id=leader.id)
    clock.set(datetime(2026, 12, 2, 9, 0))

    def bulletin_messages(actor: Actor) -> list[str]:
        office.act_as(actor)
        return [r.message for r in office.reminders.due() if r.kind == "bulletin"]

    assert bulletin_messages(as_officer) == ["2026年11月舆情月报尚未撰写，请在 12月5日 前报送。"]
    assert bulletin_messages(as_leader) == []  # nothing to sign yet
    office.act_as(SYSTEM_ACTOR)  # the writes themselves (these actors have no accounts)
    bulletin = office.briefings.draft_monthly(2026, 11)
    office.briefings.submit(bulletin.id, author_id=officer.id)
    assert bulletin_messages(as_officer) == []
    assert bulletin_messages(as_leader) == ["2026年11月舆情月报已提交，等待审签。"]
    office.act_as(SYSTEM_ACTOR)
    office.briefings.sign(bulletin.id, reviewer_id=leader.id)
    assert bulletin_messages(as_leader) == [] and bulletin_messages(as_officer) == []
    clock.set(datetime(2027, 1, 7, 9, 0))  # December's is now late
    office.act_as(as_officer)
    late = [r for r in office.reminders.due() if r.kind == "bulletin"]
    assert [(r.message, r.urgent) for r in late] == [
        ("2026年12月舆情月报尚未撰写，已过 1月5日 报送时间。", True)
    ]
