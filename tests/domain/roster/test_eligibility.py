"""The one eligibility rule: may this person take this duty slot?"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dutylog.domain.enums import DutyRole, Shift
from dutylog.domain.roster.eligibility import (
    Booking,
    Candidate,
    RefusalCode,
    Schedule,
    refusals,
)
from dutylog.domain.roster.rotation import ShiftPattern

PATTERN = ShiftPattern()  # hand-over 08:30, day shift ends 17:30
DAY = date(2026, 12, 8)
REST = timedelta(hours=24)
ZHANG = Candidate("张伟", frozenset({DutyRole.OFFICER}))


def booking(
    day: date, shift: Shift = Shift.FULL, role: DutyRole = DutyRole.OFFICER, slot_id: int = 0
) -> Booking:
    return Booking(day, shift, role, *PATTERN.bounds(day, shift), slot_id=slot_id)


def codes(
    *others: Booking,
    slot: Booking | None = None,
    person: Candidate = ZHANG,
    leave: list[tuple[date, date]] | None = None,
    rest: timedelta = REST,
    ignore_rest: bool = False,
    ignoring: int | None = None,
) -> list[RefusalCode]:
    found = refusals(
        person,
        slot or booking(DAY),
        schedule=Schedule(others),
        leave=leave or [],
        min_rest=rest,
        ignore_rest=ignore_rest,
        ignoring=ignoring,
    )
    return [refusal.code for refusal in found]


def test_a_free_person_may_take_the_slot() -> None:
    assert codes() == []
    assert codes(booking(DAY - timedelta(days=3)), booking(DAY + timedelta(days=3))) == []


def test_each_refusal_and_its_message() -> None:
    slot = booking(DAY)
    cases = [
        (Candidate("张伟", frozenset({DutyRole.OFFICER}), active=False), [], (), "已停用"),
        (Candidate("张伟", frozenset({DutyRole.LEADER})), [], (), "不是值班员"),
        (ZHANG, [(DAY, DAY)], (), f"张伟 在 {DAY} 请假，不能安排值班。"),
        (ZHANG, [], (booking(DAY, Shift.DAY, DutyRole.LEADER),), f"张伟 在 {DAY} 已有带班领导白班值班。"),
    ]
    expected = [
        RefusalCode.INACTIVE,
        RefusalCode.WRONG_ROLE,
        RefusalCode.ON_LEAVE,
        RefusalCode.DOUBLE_BOOKING,
    ]
    for (person, leave, others, text), code in zip(cases, expected, strict=True):
        found = refusals(
            person, slot, schedule=Schedule(others), leave=leave, min_rest=REST, ignore_rest=False
        )
        assert found[0].code is code
        assert text in found[0].message


def test_too_little_rest_names_the_previous_or_next_duty() -> None:
    before = refusals(
        ZHANG,
        booking(DAY),
        schedule=Schedule([booking(DAY - timedelta(days=1))]),
        leave=[],
        min_rest=REST,
        ignore_rest=False,
    )
    assert [r.code for r in before] == [RefusalCode.TOO_LITTLE_REST]
    assert before[0].message == "张伟 距上一班（2026-12-07 值班员全天）休息不足 24 小时。"
    after = refusals(
        ZHANG,
        booking(DAY),
        schedule=Schedule([booking(DAY + timedelta(days=1))]),
        leave=[],
        min_rest=REST,
        ignore_rest=False,
    )
    assert "距下一班（2026-12-09" in after[0].message


@pytest.mark.parametrize("shift", [Shift.FULL, Shift.DAY])
def test_rest_exactly_the_minimum_is_allowed_and_a_minute_less_is_refused(shift: Shift) -> None:
    slot = booking(DAY, shift)
    exact = Booking(
        DAY - timedelta(days=3),
        Shift.FULL,
        DutyRole.OFFICER,
        slot.start - REST - timedelta(hours=24),
        slot.start - REST,
    )
    short = Booking(
        exact.duty_date,
        exact.shift,
        exact.role,
        exact.start + timedelta(minutes=1),
        exact.end + timedelta(minutes=1),
    )
    assert codes(exact, slot=slot) == []
    assert codes(short, slot=slot) == [RefusalCode.TOO_LITTLE_REST]
    # The same after the slot.
    later = Booking(
        DAY + timedelta(days=3),
        Shift.FULL,
        DutyRole.OFFICER,
        slot.end + REST,
        slot.end + REST + timedelta(hours=9),
    )
    assert codes(later, slot=slot) == []
    sooner = Booking(later.duty_date, later.shift, later.role, later.start - timedelta(minutes=1), later.end)
    assert codes(sooner, slot=slot) == [RefusalCode.TOO_LITTLE_REST]


def test_consecutive_full_days_with_no_minimum_rest_are_fine() -> None:
    assert codes(booking(DAY - timedelta(days=1)), rest=timedelta(0)) == []


def test_ignoring_rest_still_refuses_overlapping_hours() -> None:
    yesterday = booking(DAY - timedelta(days=1))
    assert codes(yesterday, ignore_rest=True) == []
    # A duty of another date that overlaps (hand-over times changed between plans).
    odd = Booking(
        DAY - timedelta(days=1),
        Shift.NIGHT,
        DutyRole.OFFICER,
        datetime(2026, 12, 7, 20),
        datetime(2026, 12, 8, 12),
    )
    assert codes(odd, ignore_rest=True) == [RefusalCode.OVERLAP]
    assert codes(odd) == [RefusalCode.OVERLAP]
    # Same day: double booking and overlap, whatever the strictness.
    same = booking(DAY, Shift.NIGHT)
    assert codes(same, ignore_rest=True) == [RefusalCode.DOUBLE_BOOKING, RefusalCode.OVERLAP]


def test_the_slot_given_up_does_not_count() -> None:
    own = booking(DAY, Shift.DAY, slot_id=7)
    assert codes(own, slot=booking(DAY, Shift.NIGHT, slot_id=8), ignoring=7) == []
    assert codes(own, slot=booking(DAY, Shift.NIGHT, slot_id=8)) == [
        RefusalCode.DOUBLE_BOOKING,
        RefusalCode.TOO_LITTLE_REST,
    ]


def test_all_reasons_are_reported_in_order() -> None:
    person = Candidate("张伟", frozenset({DutyRole.LEADER}), active=False)
    found = codes(booking(DAY), booking(DAY + timedelta(days=1)), person=person, leave=[(DAY, DAY)])
    assert found == [
        RefusalCode.INACTIVE,
        RefusalCode.WRONG_ROLE,
        RefusalCode.ON_LEAVE,
        RefusalCode.DOUBLE_BOOKING,
        RefusalCode.OVERLAP,
        RefusalCode.TOO_LITTLE_REST,
    ]


# -- property: the fast rule equals a brute-force definition -----------------------

FIRST = date(2026, 12, 1)
duties = st.lists(
    st.tuples(st.integers(0, 20), st.sampled_from(list(Shift)), st.integers(1, 30)), max_size=12
)


def brute_force(
    slot: Booking,
    others: list[Booking],
    leave: list[tuple[date, date]],
    rest: timedelta,
    ignore_rest: bool,
    ignoring: int | None,
) -> set[RefusalCode]:
    """The rule read literally: compare the slot with every other duty of the person."""
    found = set()
    if any(first <= slot.duty_date <= last for first, last in leave):
        found.add(RefusalCode.ON_LEAVE)
    kept = [o for o in others if ignoring is None or o.slot_id != ignoring]
    if any(o.duty_date == slot.duty_date for o in kept):
        found.add(RefusalCode.DOUBLE_BOOKING)
    for other in kept:
        if other.start < slot.end and slot.start < other.end:
            found.add(RefusalCode.OVERLAP)
        elif not ignore_rest:
            gap = other.start - slot.end if other.start >= slot.end else slot.start - other.end
            if gap < rest:
                found.add(RefusalCode.TOO_LITTLE_REST)
    return found


@settings(max_examples=300, deadline=None)
@given(
    slot_day=st.integers(0, 20),
    slot_shift=st.sampled_from(list(Shift)),
    others=duties,
    leave=st.lists(st.tuples(st.integers(0, 20), st.integers(0, 5)), max_size=3),
    rest_hours=st.sampled_from([0, 8, 15, 24, 39, 48, 72]),
    ignore_rest=st.booleans(),
    ignoring=st.one_of(st.none(), st.integers(1, 30)),
)
def test_property_matches_brute_force(
    slot_day: int,
    slot_shift: Shift,
    others: list[tuple[int, Shift, int]],
    leave: list[tuple[int, int]],
    rest_hours: int,
    ignore_rest: bool,
    ignoring: int | None,
) -> None:
    slot = booking(FIRST + timedelta(days=slot_day), slot_shift, slot_id=99)
    booked = [booking(FIRST + timedelta(days=d), shift, slot_id=sid) for d, shift, sid in others]
    periods = [(FIRST + timedelta(days=d), FIRST + timedelta(days=d + n)) for d, n in leave]
    rest = timedelta(hours=rest_hours)
    found = codes(*booked, slot=slot, leave=periods, rest=rest, ignore_rest=ignore_rest, ignoring=ignoring)
    assert set(found) == brute_force(slot, booked, periods, rest, ignore_rest, ignoring)
    assert len(found) == len(set(found))  # one refusal per code
