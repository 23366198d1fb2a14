"""Fair duty rotation: pure functions that plan who is on duty, no storage.

For every day of a range the generator fills each needed slot (shift x role) with
the eligible person who has served least: fewest duties in the range first, then
fewest duties of the same kind of day (workday / weekend / holiday, so rest-day
duties are balanced separately; the year before the range counts here), then
least recently served, then rotation order (which starts from the chosen person).
People on leave, already on duty that day or without the minimum rest since their
last duty are skipped (`eligibility.refusals`, the rule roster changes use too).
Slots nobody can fill are reported, never filled with a rule breaker.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cached_property

from dutylog.domain.enums import DutyRole, Shift
from dutylog.domain.log.shifts import THREE_SHIFTS, ShiftTimes
from dutylog.domain.roster.calendar import DayKind, HolidayCalendar
from dutylog.domain.roster.eligibility import Booking, Candidate, Schedule, on_leave, refusals

MAX_RANGE_DAYS = 3 * 366


@dataclass(frozen=True)
class ShiftPattern:
    """Which shifts a day has and how many people each role needs per shift.

    ``normal`` is the everyday pattern (a 24-hour duty by default, handed over at
    ``handoff``); ``special`` replaces the officers' shifts during a special period
    (重大活动/敏感时期) so that the whole day is covered in turns. A pattern set from a
    date on (``times``: `ShiftTimes` with its eras) replaces ``normal`` from that date,
    and a three-shift day already covers the clock, so a special period keeps it.
    Leaders serve the whole day unless the day is split into a day and a night shift,
    when they lead the day shift; ``standby`` people (备班) are named for the whole day.
    """

    normal: tuple[Shift, ...] = (Shift.FULL,)
    special: tuple[Shift, ...] = (Shift.DAY, Shift.NIGHT)
    officers: int = 1
    leaders: int = 1
    handoff: time = time(8, 30)
    day_end: time = time(17, 30)
    standby: int = 0
    times: ShiftTimes | None = None

    @cached_property
    def clock(self) -> ShiftTimes:
        return self.times or ShiftTimes(self.handoff, self.day_end)

    def officer_shifts(self, day: date | None, special_day: bool) -> tuple[Shift, ...]:
        normal = (self.times.shifts_on(day) if self.times and day else None) or self.normal
        if special_day and normal != THREE_SHIFTS:
            return self.special
        return normal

    def needs(self, special_day: bool, day: date | None = None) -> list[tuple[Shift, DutyRole, int]]:
        officer_shifts = self.officer_shifts(day, special_day)
        whole_day = special_day or Shift.FULL in officer_shifts or officer_shifts == THREE_SHIFTS
        leader_shift = Shift.FULL if whole_day else officer_shifts[0]
        needs = [(leader_shift, DutyRole.LEADER, self.leaders)]
        needs += [(shift, DutyRole.OFFICER, self.officers) for shift in officer_shifts]
        needs.append((Shift.FULL, DutyRole.STANDBY, self.standby))
        return [need for need in needs if need[2] > 0]

    def bounds(self, duty_date: date, shift: Shift) -> tuple[datetime, datetime]:
        return self.clock.bounds(duty_date, shift)


@dataclass(frozen=True)
class RotationOptions:
    min_rest_hours: float = 24.0
    # "One person covers a whole weekend": a run of rest days goes to one officer.
    officer_covers_rest_days: bool = False
    # "Same leader for both rest days".
    leader_covers_rest_days: bool = False


@dataclass(frozen=True)
class PlannedDuty:
    duty_date: date
    shift: Shift
    role: DutyRole
    staff_id: int


@dataclass(frozen=True)
class Unfilled:
    duty_date: date
    shift: Shift
    role: DutyRole
    missing: int


@dataclass
class RotationPlan:
    duties: list[PlannedDuty] = field(default_factory=list)
    unfilled: list[Unfilled] = field(default_factory=list)


@dataclass(frozen=True)
class RotationInput:
    first: date
    last: date
    officers: Sequence[int]
    leaders: Sequence[int]
    calendar: HolidayCalendar
    pattern: ShiftPattern = ShiftPattern()
    options: RotationOptions = RotationOptions()
    special_days: frozenset[date] = frozenset()
    # staff id -> inclusive (first, last) leave periods
    leave: Mapping[int, Sequence[tuple[date, date]]] = field(default_factory=dict)
    # Duties that already exist and stay (past days, manual changes): they occupy
    # slots, count for fairness and constrain rest.
    fixed: Sequence[PlannedDuty] = ()
    # staff id -> end of the person's last duty before ``first``
    last_served: Mapping[int, datetime] = field(default_factory=dict)
    # Fixed duties from this day on count for fairness (default: ``first``); lets a
    # range that began in the past be completed fairly.
    count_from: date | None = None
    # (staff id, "workday"/"weekend"/"holiday") -> duties in the year before the
    # range: rest-day and holiday duties stay balanced from one month to the next.
    past_counts: Mapping[tuple[int, str], int] = field(default_factory=dict)
    # Who may be named standby (备班), in rotation order; empty: nobody is.
    standby: Sequence[int] = ()


def day_category(kind: DayKind) -> str:
    if kind is DayKind.HOLIDAY:
        return "holiday"
    return "weekend" if kind is DayKind.WEEKEND else "workday"


def rotate_from(people: Sequence[int], start: int | None) -> list[int]:
    """The rotation order beginning with ``start`` (unchanged if it is not in the list)."""
    ordered = list(people)
    if start in ordered:
        index = ordered.index(start)
        return ordered[index:] + ordered[:index]
    return ordered


class _Ledger:
    """Running fairness counters and each person's booked duties.

    Whether a person may take a slot is decided by `eligibility.refusals`, the rule
    that roster changes use too; the ledger only keeps the schedules it reads.
    """

    def __init__(self, request: RotationInput) -> None:
        self.request = request
        self.total: dict[int, int] = defaultdict(int)
        self.by_category: dict[tuple[int, str], int] = defaultdict(int)
        self.last_end: dict[int, datetime] = dict(request.last_served)
        self.schedules: dict[int, Schedule] = defaultdict(Schedule)
        self.leave = {pid: list(periods) for pid, periods in request.leave.items()}
        self.min_rest = timedelta(hours=request.options.min_rest_hours)
        # The pools are active people of their roles (the service checks that), so the
        # rule's active/role checks pass for every candidate; they are kept for one rule.
        roles: dict[int, set[DutyRole]] = defaultdict(set)
        pools = (
            (DutyRole.OFFICER, request.officers),
            (DutyRole.LEADER, request.leaders),
            (DutyRole.STANDBY, request.standby),
        )
        for role, pool in pools:
            for pid in pool:
                roles[pid].add(role)
        self.people = {pid: Candidate(str(pid), frozenset(held)) for pid, held in roles.items()}
        for duty in request.fixed:
            self.book(duty, count=(request.count_from or request.first) <= duty.duty_date <= request.last)

    def book(self, duty: PlannedDuty, *, count: bool = True) -> None:
        pattern = self.request.pattern
        start, end = pattern.bounds(duty.duty_date, duty.shift)
        pid = duty.staff_id
        self.schedules[pid].add(Booking(duty.duty_date, duty.shift, duty.role, start, end))
        if count:
            self.total[pid] += 1
            kind = self.request.calendar.kind(duty.duty_date)
            self.by_category[(pid, day_category(kind))] += 1
        if pid not in self.last_end or end > self.last_end[pid]:
            self.last_end[pid] = end

    def on_leave(self, pid: int, day: date) -> bool:
        return on_leave(self.leave.get(pid, ()), day)

    def eligible(self, pid: int, wanted: Booking, *, ignore_rest: bool) -> bool:
        return not refusals(
            self.people[pid],
            wanted,
            schedule=self.schedules[pid],
            leave=self.leave.get(pid, ()),
            min_rest=self.min_rest,
            ignore_rest=ignore_rest,
        )

    def key(self, pid: int, category: str, order: int) -> tuple[int, int, datetime, int]:
        same_kind = self.by_category[(pid, category)] + self.request.past_counts.get((pid, category), 0)
        return (self.total[pid], same_kind, self.last_end.get(pid, datetime.min), order)


def _rest_run(calendar: HolidayCalendar, day: date, last: date) -> list[date]:
    """The consecutive rest days starting at ``day`` (within the range)."""
    run = []
    cursor = day
    while cursor <= last and calendar.is_rest_day(cursor):
        run.append(cursor)
        cursor += timedelta(days=1)
    return run


def generate(request: RotationInput) -> RotationPlan:
    """Plan duties for every day of ``request.first``..``request.last``."""
    ledger = _Ledger(request)
    plan = RotationPlan()
    pattern, calendar, options = request.pattern, request.calendar, request.options
    orders = {
        DutyRole.OFFICER: {pid: i for i, pid in enumerate(request.officers)},
        DutyRole.LEADER: {pid: i for i, pid in enumerate(request.leaders)},
        DutyRole.STANDBY: {pid: i for i, pid in enumerate(request.standby)},
    }
    covers = {
        DutyRole.OFFICER: options.officer_covers_rest_days,
        DutyRole.LEADER: options.leader_covers_rest_days,
        DutyRole.STANDBY: False,
    }
    fixed_count: dict[tuple[date, Shift, DutyRole], int] = defaultdict(int)
    for duty in request.fixed:
        fixed_count[(duty.duty_date, duty.shift, duty.role)] += 1
    # Who covers the current run of rest days, per (shift, role): carried to the next day.
    carried: dict[tuple[Shift, DutyRole], list[int]] = {}
    day = request.first
    while day <= request.last:
        kind = calendar.kind(day)
        category = day_category(kind)
        special = day in request.special_days
        for shift, role, count in pattern.needs(special, day):
            missing = count - fixed_count[(day, shift, role)]
            if missing <= 0:
                continue
            wanted = Booking(day, shift, role, *pattern.bounds(day, shift))
            chosen: list[int] = []
            block = covers[role] and kind.is_rest_day
            if block:
                for pid in carried.get((shift, role), []):
                    if len(chosen) < missing and ledger.eligible(pid, wanted, ignore_rest=True):
                        chosen.append(pid)
            if len(chosen) < missing:
                order = orders[role]
                candidates = [
                    pid
                    for pid in order
                    if pid not in chosen and ledger.eligible(pid, wanted, ignore_rest=False)
                ]
                if block:
                    # Prefer someone free for the whole run so the run stays with one person.
                    run = _rest_run(calendar, day, request.last)
                    whole = [pid for pid in candidates if not any(ledger.on_leave(pid, d) for d in run)]
                    candidates = whole or candidates
                best = heapq.nsmallest(
                    missing - len(chosen), candidates, key=lambda pid: ledger.key(pid, category, order[pid])
                )
                chosen.extend(best)
            for pid in chosen:
                duty = PlannedDuty(day, shift, role, pid)
                ledger.book(duty)
                plan.duties.append(duty)
            if len(chosen) < missing:
                plan.unfilled.append(Unfilled(day, shift, role, missing - len(chosen)))
            if block:
                carried[(shift, role)] = chosen
            else:
                carried.pop((shift, role), None)
        day += timedelta(days=1)
    return plan


def counts_by_person(duties: Iterable[PlannedDuty], role: DutyRole) -> dict[int, int]:
    counts: dict[int, int] = defaultdict(int)
    for duty in duties:
        if duty.role is role:
            counts[duty.staff_id] += 1
    return dict(counts)
