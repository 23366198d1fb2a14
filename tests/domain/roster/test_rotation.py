"""The pure rotation generator."""

from __future__ import annotations

import itertools
from collections import Counter
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from dutylog.domain.enums import DutyRole, Shift
from dutylog.domain.roster.calendar import DayKind, HolidayCalendar, HolidayDay, package_days
from dutylog.domain.roster.rotation import (
    PlannedDuty,
    RotationInput,
    RotationOptions,
    ShiftPattern,
    generate,
    rotate_from,
)

DEC_1, DEC_31 = date(2026, 12, 1), date(2026, 12, 31)
OFFICERS = [11, 12, 13, 14, 15, 16, 17]
LEADERS = [1, 2, 3]


def request(**changes: object) -> RotationInput:
    base: dict[str, object] = {
        "first": DEC_1,
        "last": DEC_31,
        "officers": OFFICERS,
        "leaders": LEADERS,
        "calendar": HolidayCalendar(known_years=[2026]),
    }
    base.update(changes)
    return RotationInput(**base)  # type: ignore[arg-type]


def counts(duties: list[PlannedDuty], role: DutyRole) -> Counter[int]:
    return Counter(d.staff_id for d in duties if d.role is role)


def test_every_day_gets_one_leader_and_one_officer_and_counts_are_even() -> None:
    plan = generate(request())
    assert not plan.unfilled
    per_day = Counter((d.duty_date, d.role) for d in plan.duties)
    assert set(per_day.values()) == {1}
    assert len(per_day) == 62
    for role, pool in ((DutyRole.OFFICER, OFFICERS), (DutyRole.LEADER, LEADERS)):
        numbers = [counts(plan.duties, role)[pid] for pid in pool]
        assert max(numbers) - min(numbers) <= 1


def test_rotation_starts_from_the_chosen_person_in_order() -> None:
    order = rotate_from(OFFICERS, 14)
    assert order == [14, 15, 16, 17, 11, 12, 13]
    plan = generate(request(officers=order))
    first_week = [d.staff_id for d in plan.duties if d.role is DutyRole.OFFICER][:7]
    assert first_week == order


def test_least_recently_served_goes_first() -> None:
    from datetime import datetime

    served = {pid: datetime(2026, 11, 30 - i) for i, pid in enumerate(OFFICERS)}
    plan = generate(request(last_served=served))
    first = next(d for d in plan.duties if d.role is DutyRole.OFFICER)
    assert first.staff_id == OFFICERS[-1]  # served longest ago


def test_people_on_leave_are_skipped() -> None:
    plan = generate(request(leave={11: [(date(2026, 12, 1), date(2026, 12, 20))]}))
    assert not [d for d in plan.duties if d.staff_id == 11 and d.duty_date <= date(2026, 12, 20)]
    assert any(d.staff_id == 11 for d in plan.duties)


def test_minimum_rest_is_respected() -> None:
    plan = generate(request(officers=[11, 12, 13], options=RotationOptions(min_rest_hours=48)))
    days = sorted(d.duty_date for d in plan.duties if d.staff_id == 11)
    assert all((b - a).days >= 3 for a, b in itertools.pairwise(days))


def test_unfillable_slots_are_reported_not_forced() -> None:
    plan = generate(request(officers=[11], options=RotationOptions(min_rest_hours=24)))
    assert plan.unfilled
    officer_days = sorted(d.duty_date for d in plan.duties if d.role is DutyRole.OFFICER)
    assert all((b - a).days >= 2 for a, b in itertools.pairwise(officer_days))


def test_one_officer_covers_a_whole_weekend_and_one_leader_both_rest_days() -> None:
    options = RotationOptions(officer_covers_rest_days=True, leader_covers_rest_days=True)
    plan = generate(request(options=options))
    by_day = {(d.duty_date, d.role): d.staff_id for d in plan.duties}
    saturdays = [DEC_1 + timedelta(days=i) for i in range(31) if (DEC_1 + timedelta(days=i)).weekday() == 5]
    for saturday in saturdays:
        sunday = saturday + timedelta(days=1)
        if sunday <= DEC_31:
            assert by_day[(saturday, DutyRole.OFFICER)] == by_day[(sunday, DutyRole.OFFICER)]
            assert by_day[(saturday, DutyRole.LEADER)] == by_day[(sunday, DutyRole.LEADER)]
    # Without the option the weekend is split.
    plain = generate(request())
    split = {(d.duty_date, d.role): d.staff_id for d in plain.duties}
    assert (
        split[(saturdays[0], DutyRole.OFFICER)] != split[(saturdays[0] + timedelta(days=1), DutyRole.OFFICER)]
    )


def test_holiday_duties_are_spread_separately() -> None:
    calendar = HolidayCalendar(package_days(2026), [2026])
    plan = generate(
        request(first=date(2026, 1, 1), last=date(2026, 12, 31), calendar=calendar, officers=OFFICERS)
    )
    holiday = Counter(
        d.staff_id
        for d in plan.duties
        if d.role is DutyRole.OFFICER and calendar.kind(d.duty_date) is DayKind.HOLIDAY
    )
    weekend = Counter(
        d.staff_id
        for d in plan.duties
        if d.role is DutyRole.OFFICER and calendar.kind(d.duty_date) is DayKind.WEEKEND
    )
    assert max(holiday.values()) - min(holiday[p] for p in OFFICERS) <= 1
    assert max(weekend.values()) - min(weekend[p] for p in OFFICERS) <= 1


def test_fixed_duties_stay_and_count() -> None:
    fixed = [PlannedDuty(date(2026, 12, d), Shift.FULL, DutyRole.OFFICER, 11) for d in (2, 9)]
    plan = generate(request(fixed=fixed))
    assert not [
        d
        for d in plan.duties
        if d.duty_date in (date(2026, 12, 2), date(2026, 12, 9)) and d.role is DutyRole.OFFICER
    ]
    total = counts([*plan.duties, *fixed], DutyRole.OFFICER)
    assert max(total.values()) - min(total.values()) <= 1


def test_special_period_days_are_split_into_day_and_night_shifts() -> None:
    special = frozenset({date(2026, 12, 30), date(2026, 12, 31)})
    plan = generate(request(special_days=special))
    shifts = {(d.duty_date, d.shift) for d in plan.duties if d.role is DutyRole.OFFICER}
    assert (date(2026, 12, 30), Shift.DAY) in shifts
    assert (date(2026, 12, 30), Shift.NIGHT) in shifts
    assert (date(2026, 12, 29), Shift.FULL) in shifts


def test_admin_entered_holidays_change_day_kinds() -> None:
    calendar = HolidayCalendar([HolidayDay(date(2027, 1, 1), DayKind.HOLIDAY, "元旦", "admin")])
    assert calendar.kind(date(2027, 1, 1)) is DayKind.HOLIDAY
    assert calendar.unknown_years(date(2027, 1, 1), date(2028, 1, 1)) == [2028]


@settings(max_examples=40, deadline=None)
@given(
    officers=st.integers(min_value=2, max_value=12),
    days=st.integers(min_value=1, max_value=70),
    per_day=st.integers(min_value=1, max_value=2),
)
def test_property_no_person_twice_a_day_and_counts_within_one(officers: int, days: int, per_day: int) -> None:
    pool = list(range(100, 100 + officers))
    last = DEC_1 + timedelta(days=days - 1)
    plan = generate(
        request(
            last=last,
            officers=pool,
            pattern=ShiftPattern(officers=per_day),
            options=RotationOptions(min_rest_hours=0),
        )
    )
    seen = Counter((d.duty_date, d.staff_id) for d in plan.duties)
    assert set(seen.values()) == {1}
    if per_day <= officers:
        assert not plan.unfilled
        numbers = [counts(plan.duties, DutyRole.OFFICER)[pid] for pid in pool]
        assert max(numbers) - min(numbers) <= 1


def test_past_holiday_duties_count_when_totals_tie() -> None:
    calendar = HolidayCalendar(package_days(2026), [2026])
    plan = generate(
        request(
            first=date(2026, 10, 1),
            last=date(2026, 10, 2),
            officers=[11, 12],
            calendar=calendar,
            options=RotationOptions(min_rest_hours=0),
            past_counts={(11, "holiday"): 3},
        )
    )
    first_day = [d.staff_id for d in plan.duties if d.role is DutyRole.OFFICER]
    assert first_day == [12, 11]
