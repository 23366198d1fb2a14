"""Patrols against the schedule: settings, a day's status, per-person figures, the briefing."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from dutylog.domain.accounts.permissions import VIEWER_ACTOR
from dutylog.domain.enums import DutyRole, EntryKind, Shift
from dutylog.domain.errors import PermissionDenied, ValidationError
from dutylog.domain.log.patrols import PatrolStatus
from dutylog.domain.log.records import NewLogEntry
from dutylog.office import Office
from dutylog.reports.html_subset import to_plain_text
from tests.conftest import FakeClock

DAY = date(2026, 11, 17)


def at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime.combine(day, time(hour, minute))


def _patrol(office: Office, when: datetime, author: int | None = None) -> int:
    entry = NewLogEntry(EntryKind.PATROL, "巡查", when, author, details={"sources": ["本地论坛"]})
    return office.log.add_entry(entry).id


@pytest.fixture
def officer(office: Office) -> int:
    person = office.staff.add("张伟")
    office.roster.assign(DAY, Shift.FULL, DutyRole.OFFICER, person.id)
    return person.id


def test_the_schedule_is_a_setting_that_only_an_administrator_changes(office: Office) -> None:
    assert [f"{t:%H:%M}" for t in office.patrols.schedule().times] == ["08:30", "12:00", "17:30"]
    audit_before = office.audit.count()
    changed = office.patrols.set_schedule("09:00,14:00", sources=["县长信箱", "12345热线", "县长信箱"])
    assert changed.sources == ("县长信箱", "12345热线") and office.patrols.schedule() == changed
    assert office.audit.count() == audit_before + 1
    office.patrols.set_schedule(window_minutes=30)
    assert office.patrols.schedule().times == changed.times  # the parts not given stay
    with pytest.raises(ValidationError):
        office.patrols.set_schedule("9点")
    office.act_as(VIEWER_ACTOR)
    with pytest.raises(PermissionDenied):
        office.patrols.set_schedule("08:00")


def test_a_missing_evening_patrol_is_missed_in_the_day_and_the_briefing(
    office: Office, clock: FakeClock, officer: int
) -> None:
    morning = _patrol(office, at(8, 40), officer)
    _patrol(office, at(12, 10), officer)
    clock.set(at(17, 40))
    slots = office.patrols.day(DAY)
    assert [s.status for s in slots] == [PatrolStatus.DONE, PatrolStatus.DONE, PatrolStatus.DUE]
    assert slots[0].entry is not None and slots[0].entry.id == morning and slots[2].officers == ("张伟",)
    clock.set(at(18, 31))
    assert [s.status for s in office.patrols.missed(DAY)] == [PatrolStatus.MISSED]
    text = to_plain_text(office.briefings.preview(DAY)[1])
    assert "今日应巡查3次，实际巡查2次，17:30巡查未按时完成" in text
    assert text.count("17:30巡查未按时完成") == 2  # the summary and the patrol section


def test_a_voided_patrol_covers_nothing(office: Office, clock: FakeClock, officer: int) -> None:
    entry = _patrol(office, at(8, 40), officer)
    office.audit.void("log_entry", entry, "误录")
    clock.set(at(23, 0))
    assert office.patrols.day(DAY)[0].status is PatrolStatus.MISSED


def test_special_periods_have_night_patrols(office: Office, clock: FakeClock, officer: int) -> None:
    office.patrols.set_schedule(night_interval_minutes=240)
    office.roster.add_special_period("重大活动", DAY, DAY)
    clock.set(at(9, 0, DAY + timedelta(days=2)))
    moments = [f"{s.at:%m-%d %H:%M}" for s in office.patrols.day(DAY)]
    assert moments == [
        "11-17 08:30",
        "11-17 12:00",
        "11-17 17:30",
        "11-17 21:30",
        "11-18 01:30",
        "11-18 05:30",
    ]
    assert len(office.patrols.day(DAY + timedelta(days=1))) == 3


def test_statistics_per_person(office: Office, clock: FakeClock, officer: int) -> None:
    other = office.staff.add("李娜")
    next_day = DAY + timedelta(days=1)
    office.roster.assign(next_day, Shift.FULL, DutyRole.OFFICER, other.id)
    clock.set(at(23, 0))
    for hour in (8, 12, 17):
        _patrol(office, at(hour, 45), officer)
    clock.set(at(12, 30, next_day))
    _patrol(office, at(12, 20, next_day), other.id)
    clock.set(at(23, 0, next_day))
    figures = {t.name: (t.scheduled, t.done, t.missed) for t in office.patrols.statistics(DAY, next_day)}
    assert figures == {"张伟": (3, 3, 0), "李娜": (3, 1, 2)}
    with pytest.raises(ValidationError):
        office.patrols.statistics(next_day, DAY)


def test_a_due_patrol_is_a_reminder_until_it_is_done(office: Office, clock: FakeClock, officer: int) -> None:
    clock.set(at(12, 10))
    due = [r for r in office.reminders.due() if r.kind == "patrol_due"]
    assert [(r.key, r.params["due"]) for r in due] == [("patrol:2026-11-17T12:00", "13:00")]
    _patrol(office, at(12, 10), officer)
    assert not [r for r in office.reminders.due() if r.kind == "patrol_due"]
    clock.set(at(13, 0))
    assert not [r for r in office.reminders.due() if r.kind == "patrol_due"]  # missed now, not due
