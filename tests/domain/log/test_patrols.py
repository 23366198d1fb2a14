from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dutylog.domain.errors import ValidationError
from dutylog.domain.log.patrols import (
    PatrolEntry,
    PatrolSchedule,
    PatrolStatus,
    parse_times,
    patrol_slots,
    patrol_summary,
    tally,
)

DAY = date(2026, 11, 17)
HOUR = timedelta(minutes=60)


def at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime.combine(day, time(hour, minute))


def test_times_are_read_sorted_and_bad_ones_refused() -> None:
    assert parse_times("17:30，08:30,12:00") == (time(8, 30), time(12, 0), time(17, 30))
    for bad in ("", "8点", "25:00", "08:30,08:30", "08:3", ",".join(["08:00"] * 2)):
        with pytest.raises(ValidationError):
            parse_times(bad)


@given(st.text(max_size=40))
def test_any_text_gives_sorted_distinct_times_or_a_validation_error(text: str) -> None:
    try:
        times = parse_times(text)
    except ValidationError:
        return
    assert list(times) == sorted(set(times)) and 1 <= len(times) <= 24


def test_each_patrol_is_done_due_upcoming_or_missed() -> None:
    moments = PatrolSchedule().moments(DAY)
    entries = [PatrolEntry(1, at(8, 40), "张伟"), PatrolEntry(2, at(12, 5), "张伟")]
    slots = patrol_slots(moments, entries, now=at(12, 30), window=HOUR)
    assert [s.status for s in slots] == [PatrolStatus.DONE, PatrolStatus.DONE, PatrolStatus.UPCOMING]
    assert [s.entry.id if s.entry else None for s in slots] == [1, 2, None]
    due = patrol_slots(moments, entries, now=at(17, 45), window=HOUR)
    assert due[2].status is PatrolStatus.DUE
    missed = patrol_slots(moments, entries, now=at(18, 30), window=HOUR)
    assert missed[2].status is PatrolStatus.MISSED  # the window is [17:30, 18:30)


def test_an_entry_outside_every_window_or_used_twice_covers_nothing() -> None:
    moments = [at(8, 30), at(9, 0)]
    # One entry at 09:10 sits in both windows: it covers the first, the second is missed.
    slots = patrol_slots(moments, [PatrolEntry(1, at(9, 10))], now=at(23, 0), window=HOUR)
    assert [s.status for s in slots] == [PatrolStatus.DONE, PatrolStatus.MISSED]
    early = patrol_slots([at(17, 30)], [PatrolEntry(1, at(16, 45))], now=at(23, 0), window=HOUR)
    assert early[0].status is PatrolStatus.MISSED


def test_summary_says_what_was_asked_done_and_missed() -> None:
    moments = PatrolSchedule().moments(DAY)
    entries = [PatrolEntry(1, at(8, 40)), PatrolEntry(2, at(12, 5))]
    slots = patrol_slots(moments, entries, now=at(22, 0), window=HOUR)
    assert patrol_summary(slots, 2) == "应巡查3次，实际巡查2次，17:30巡查未按时完成"
    early = patrol_slots(moments, entries, now=at(15, 0), window=HOUR)
    assert patrol_summary(early, 2) == "应巡查3次，实际巡查2次，17:30巡查尚未进行"


def test_special_periods_add_night_patrols_until_the_next_morning() -> None:
    schedule = PatrolSchedule(night_interval_minutes=180)
    night = schedule.moments(DAY, round_the_clock=True)
    assert night[:3] == [at(8, 30), at(12, 0), at(17, 30)]
    assert night[3:] == [
        at(20, 30),
        at(23, 30),
        at(2, 30, DAY + timedelta(days=1)),
        at(5, 30, DAY + timedelta(days=1)),
    ]
    assert PatrolSchedule(night_interval_minutes=0).moments(DAY, round_the_clock=True) == night[:3]


def test_a_damaged_setting_gives_the_defaults_and_bad_limits_are_refused() -> None:
    assert PatrolSchedule.from_setting({"times": ["99:99"]}) == PatrolSchedule()
    assert PatrolSchedule.from_setting("junk") == PatrolSchedule()
    stored = PatrolSchedule(times=(time(9, 0),), window_minutes=30).as_setting()
    assert PatrolSchedule.from_setting(stored).times == (time(9, 0),)
    with pytest.raises(ValidationError):
        PatrolSchedule(window_minutes=1)
    with pytest.raises(ValidationError):
        PatrolSchedule(night_interval_minutes=5)


def test_tally_credits_the_writer_and_charges_the_officer_on_duty() -> None:
    moments = PatrolSchedule().moments(DAY)
    slots = patrol_slots(moments, [PatrolEntry(1, at(8, 40), "张伟")], now=at(23, 0), window=HOUR)
    slots = [s if s.entry else type(s)(s.at, s.due_until, s.status, None, ("李娜",)) for s in slots]
    figures = {t.name: t.as_dict() for t in tally(slots)}
    assert figures["张伟"] == {"name": "张伟", "scheduled": 1, "done": 1, "missed": 0}
    assert figures["李娜"] == {"name": "李娜", "scheduled": 2, "done": 0, "missed": 2}
