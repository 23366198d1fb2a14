"""Briefings cover their period exactly, and the briefing reminder follows the office calendar."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from dutylog.domain.enums import DutyRole, Grade, Shift
from dutylog.domain.roster.calendar import DayKind
from dutylog.office import Office
from dutylog.reports.html_subset import to_plain_text
from tests.conftest import FakeClock

FIRST = date(2026, 12, 1)
SECOND = FIRST + timedelta(days=1)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def test_a_night_matter_found_after_the_briefing_was_submitted_goes_into_the_next(
    office: Office, clock: FakeClock
) -> None:
    officer = office.staff.add("张伟")
    for day in (FIRST, SECOND):
        office.roster.assign(day, Shift.FULL, DutyRole.OFFICER, officer.id)
    clock.set(at(FIRST, 10, 30))
    office.matters.add(
        "城南路面塌陷", grade=Grade.ORDINARY, discovered_at=at(FIRST, 10, 0), created_by=officer.id
    )
    clock.set(at(FIRST, 17, 40))
    first = office.briefings.draft(FIRST, author_id=officer.id)
    office.briefings.submit(first.id, author_id=officer.id)
    # 08:28 on the 2nd is still the night of the 1st: the matter's duty date is the 1st.
    clock.set(at(SECOND, 8, 29))
    late = office.matters.add(
        "网传某小区停水三天", grade=Grade.SERIOUS, discovered_at=at(SECOND, 8, 28), created_by=officer.id
    )
    assert office.shift_times().locate(late.discovered_at) == (FIRST, Shift.NIGHT)
    clock.set(at(SECOND, 17, 0))
    facts = office.briefings.facts(SECOND)
    assert [m.number for m in facts.since_last] == [late.number]
    assert late.number not in [m.number for m in facts.carried_over]
    text = to_plain_text(office.briefings.preview(SECOND)[1])
    assert "上次汇报后新发现舆情1条" in text and "未发现新的舆情" not in text
    assert "上次汇报后新发现" in text and "网传某小区停水三天" in text.split("上次汇报后新发现")[-1]
    assert "城南路面塌陷" not in text.split("持续关注事项")[0]  # reported on the 1st already


def test_without_a_submitted_briefing_nothing_is_pulled_forward(office: Office, clock: FakeClock) -> None:
    clock.set(at(SECOND, 8, 29))
    office.matters.add("网传某小区停水三天", grade=Grade.SERIOUS, discovered_at=at(SECOND, 8, 28))
    clock.set(at(SECOND, 17, 0))
    facts = office.briefings.facts(SECOND)
    assert facts.since_last == () and len(facts.carried_over) == 1


def test_the_reminder_follows_the_days_the_administrator_entered(office: Office, clock: FakeClock) -> None:
    sunday = date(2026, 12, 6)
    monday = sunday + timedelta(days=1)
    clock.set(at(sunday, 17, 20))
    assert not office.briefings.reminder().due  # a Sunday: no briefing
    office.holidays.set_day(sunday, DayKind.MAKEUP, "调休上班")
    assert office.briefings.reminder().due
    office.holidays.set_day(monday, DayKind.HOLIDAY, "临时放假")
    clock.set(at(monday, 17, 20))
    assert not office.briefings.reminder().due


def test_statistics_count_by_duty_date_and_patrols_per_person(office: Office, clock: FakeClock) -> None:
    officer = office.staff.add("张伟")
    office.roster.assign(FIRST, Shift.FULL, DutyRole.OFFICER, officer.id)
    clock.set(at(SECOND, 8, 40))
    office.matters.add("夜班发现", grade=Grade.ORDINARY, discovered_at=at(SECOND, 8, 28))
    office.matters.add("白班发现", grade=Grade.ORDINARY, discovered_at=at(SECOND, 8, 31))
    stats = office.reports.statistics(FIRST, FIRST)
    assert stats.matters_total == 1 and stats.per_day == {FIRST.isoformat(): 1}
    assert stats.patrols_scheduled == 3 and stats.patrols_missed == 3
    assert stats.patrols_by_person["张伟"] == {"name": "张伟", "scheduled": 3, "done": 0, "missed": 3}
    assert office.reports.statistics(SECOND, SECOND).per_day == {SECOND.isoformat(): 1}


def test_a_day_without_a_briefing_of_its_own_goes_into_the_next(office: Office, clock: FakeClock) -> None:
    officer = office.staff.add("张伟")
    saturday, sunday, monday = date(2026, 12, 5), date(2026, 12, 6), date(2026, 12, 7)
    clock.set(at(saturday, 17, 40))
    briefing = office.briefings.draft(saturday - timedelta(days=1), author_id=officer.id)
    office.briefings.submit(briefing.id, author_id=officer.id)
    clock.set(at(sunday, 11, 0))
    sunday_matter = office.matters.add("周日发现", grade=Grade.ORDINARY, discovered_at=at(sunday, 10, 0))
    clock.set(at(monday, 17, 0))
    facts = office.briefings.facts(monday)
    assert [m.number for m in facts.since_last] == [sunday_matter.number]
