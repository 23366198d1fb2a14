"""Patrol figures over a period: counted from the entries that can cover a patrol only.

The statistics read just the entries at times of day inside some patrol's window (and
every entry of a special period's days); the day view reads them all. Both must give the
same figures, whatever the schedule: overlapping windows, windows past midnight, night
patrols of a special period, voided and unsigned entries.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from dutylog.demo.bulk import BulkDemoOptions, fill_bulk_demo
from dutylog.domain.enums import DutyRole, EntryKind, Shift
from dutylog.domain.log.patrols import PatrolTally, tally
from dutylog.domain.log.records import NewLogEntry
from dutylog.office import Office
from tests.conftest import FakeClock

FIRST = date(2026, 11, 10)
DAYS = 6
LAST = FIRST + timedelta(days=DAYS - 1)
SPECIAL = FIRST + timedelta(days=2)


def _from_the_day_view(office: Office, first: date, last: date) -> list[PatrolTally]:
    """What the figures were computed from before: every patrol entry, in the day view."""
    found = office.patrols.days(first, last)
    return tally(slot for slots in found.values() for slot in slots)


def _figures(tallies: list[PatrolTally]) -> dict[str, tuple[int, int, int]]:
    return {t.name: (t.scheduled, t.done, t.missed) for t in tallies}


def _patrol(office: Office, when: datetime, author: int | None) -> int:
    entry = NewLogEntry(EntryKind.PATROL, "巡查", when, author, details={"sources": ["本地论坛"]})
    return office.log.add_entry(entry).id


def test_counting_only_covering_entries_gives_the_day_views_figures(office: Office, clock: FakeClock) -> None:
    # Overlapping windows (08:30 and 09:00, 90 minutes), one past midnight (23:30).
    office.patrols.set_schedule("08:30,09:00,23:30", window_minutes=90, night_interval_minutes=120)
    office.roster.add_special_period("重大活动保障", SPECIAL, SPECIAL)
    zhang, li = office.staff.add("张伟"), office.staff.add("李娜")
    for offset in range(DAYS):
        day = FIRST + timedelta(days=offset)
        person = (zhang, li)[offset % 2]
        office.roster.assign(day, Shift.FULL, DutyRole.OFFICER, person.id)
    # Minutes after each day's midnight: in a window, between windows, just at a window's
    # end (outside), after midnight (the night shift of the day before).
    minutes = (8 * 60 + 20, 8 * 60 + 35, 8 * 60 + 40, 9 * 60 + 59, 10 * 60, 11 * 60, 15 * 60 + 5)
    minutes += (23 * 60 + 45, 24 * 60 + 30, 24 * 60 + 59, 25 * 60, 26 * 60 + 10)
    voided = []
    for offset in range(DAYS):
        day = FIRST + timedelta(days=offset)
        clock.set(datetime.combine(day + timedelta(days=1), time(3, 0)))
        for index, minute in enumerate(minutes):
            if (index + offset) % 3 == 0:
                continue  # each day misses a different few
            when = datetime.combine(day, time()) + timedelta(minutes=minute, seconds=index)
            author = None if index == 4 else (zhang, li)[(index + offset) % 2].id
            entry = _patrol(office, when, author)
            if index == 2 and offset == 1:
                voided.append(entry)
    for entry in voided:
        office.audit.void("log_entry", entry, "误录")
    clock.set(datetime.combine(LAST + timedelta(days=3), time(9, 0)))
    counted = office.patrols.statistics(FIRST, LAST)
    assert counted == _from_the_day_view(office, FIRST, LAST)
    figures = _figures(counted)
    assert sum(done for _, done, _ in figures.values()) > 0
    assert sum(missed for _, _, missed in figures.values()) > 0
    # The special day's night patrols (01:00, 03:00, ...) were asked of its officer too.
    special_slots = office.patrols.day(SPECIAL)
    assert len(special_slots) > 3
    # Whole statistics use the same figures.
    stats = office.reports.statistics(FIRST, LAST)
    assert stats.patrols_by_person == {t.name: t.as_dict() for t in counted}


def test_a_busy_generated_office_counts_the_same_as_its_day_view(db_path: str, clock: FakeClock) -> None:
    office = Office.open(db_path, clock=clock)
    try:
        fill_bulk_demo(office, BulkDemoOptions(years=10, scale=0.002, seed=5))
        with office.db.transaction(read_only=True) as store:
            days = store.log.patrols_between(date(1900, 1, 1), date(2200, 1, 1), details=False)
        first, last = min(day for day, _ in days), max(day for day, _ in days)
        counted = office.patrols.statistics(first, last)
        assert counted == _from_the_day_view(office, first, last)
        assert sum(t.done for t in counted) > 0
    finally:
        office.close()
