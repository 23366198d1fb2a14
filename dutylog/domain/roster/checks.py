"""Roster checks and the quality summary: pure functions over assignments.

Problems: gaps (hours of a day with fewer people than the pattern needs), double
booking, duty during leave, too little rest between duties, inactive people.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from itertools import pairwise

from dutylog.domain.enums import DutyRole, LabelledEnum, Shift, _label
from dutylog.domain.errors import ValidationError
from dutylog.domain.roster.calendar import DayKind, HolidayCalendar
from dutylog.domain.roster.duty import DutyAssignment
from dutylog.domain.roster.eligibility import on_leave, overlaps, too_little_rest
from dutylog.domain.roster.rotation import MAX_RANGE_DAYS, RotationOptions, ShiftPattern
from dutylog.domain.roster.staff import StaffRecord


class ProblemKind(LabelledEnum):
    GAP = "gap"
    DOUBLE_BOOKING = "double_booking"
    ON_LEAVE = "on_leave"
    REST = "rest"
    INACTIVE = "inactive"


_label(
    ProblemKind,
    {
        "gap": ("缺岗", "Gap"),
        "double_booking": ("重复排班", "Double booking"),
        "on_leave": ("请假期间排班", "On leave"),
        "rest": ("休息不足", "Rest violation"),
        "inactive": ("人员已停用", "Inactive person"),
    },
)


@dataclass(frozen=True)
class RosterProblem:
    kind: ProblemKind
    duty_date: date
    message: str
    role: DutyRole | None = None
    staff_id: int | None = None
    start: datetime | None = None
    end: datetime | None = None
    staff_name: str = ""  # for a UI that words the message itself


@dataclass(frozen=True)
class PersonStats:
    staff_id: int
    name: str
    total: int = 0
    officer: int = 0
    leader: int = 0
    workday: int = 0
    weekend: int = 0
    holiday: int = 0
    hours: float = 0.0


@dataclass(frozen=True)
class RosterQuality:
    first: date
    last: date
    problems: list[RosterProblem]
    people: list[PersonStats]
    # role -> max minus min duty count among active people with that role
    spread: dict[DutyRole, int] = field(default_factory=dict)

    @property
    def gaps(self) -> int:
        return sum(1 for problem in self.problems if problem.kind is ProblemKind.GAP)


@dataclass(frozen=True)
class CheckInput:
    first: date
    last: date
    duties: Sequence[DutyAssignment]
    people: Sequence[StaffRecord]
    calendar: HolidayCalendar
    pattern: ShiftPattern = field(default_factory=ShiftPattern)
    options: RotationOptions = field(default_factory=RotationOptions)
    special_days: frozenset[date] = frozenset()
    leave: Mapping[int, Sequence[tuple[date, date]]] = field(default_factory=dict)


def _hm(moment: datetime) -> str:
    return moment.strftime("%H:%M")


def _gaps(request: CheckInput) -> list[RosterProblem]:
    pattern = request.pattern
    by_day: dict[tuple[date, DutyRole], list[tuple[datetime, datetime]]] = defaultdict(list)
    for duty in request.duties:
        by_day[(duty.duty_date, duty.role)].append(pattern.bounds(duty.duty_date, duty.shift))
    problems: list[RosterProblem] = []
    day = request.first
    while day <= request.last:
        for shift, role, count in pattern.needs(day in request.special_days, day):
            need_start, need_end = pattern.bounds(day, shift)
            spans = by_day.get((day, role), [])
            cuts = sorted(
                {need_start, need_end} | {t for s, e in spans for t in (s, e) if need_start < t < need_end}
            )
            open_start: datetime | None = None
            for seg_start, seg_end in pairwise(cuts):
                depth = sum(1 for s, e in spans if s <= seg_start and seg_end <= e)
                if depth < count and open_start is None:
                    open_start = seg_start
                if depth >= count and open_start is not None:
                    problems.append(_gap(day, role, open_start, seg_start))
                    open_start = None
            if open_start is not None:
                problems.append(_gap(day, role, open_start, need_end))
        day += timedelta(days=1)
    return problems


def _gap(day: date, role: DutyRole, start: datetime, end: datetime) -> RosterProblem:
    return RosterProblem(
        ProblemKind.GAP,
        day,
        f"{day.isoformat()} {role.zh} {_hm(start)}–{_hm(end)} 无人值守",
        role=role,
        start=start,
        end=end,
    )


def _person_problems(request: CheckInput) -> list[RosterProblem]:
    pattern, calendar = request.pattern, request.calendar
    active = {person.id: person.active for person in request.people}
    problems: list[RosterProblem] = []
    by_person: dict[int, list[tuple[datetime, datetime, DutyAssignment]]] = defaultdict(list)
    for duty in request.duties:
        start, end = pattern.bounds(duty.duty_date, duty.shift)
        by_person[duty.staff_id].append((start, end, duty))
        if not active.get(duty.staff_id, True):
            problems.append(
                RosterProblem(
                    ProblemKind.INACTIVE,
                    duty.duty_date,
                    f"{duty.duty_date} {duty.staff_name} 已停用",
                    duty.role,
                    duty.staff_id,
                    staff_name=duty.staff_name,
                )
            )
        if on_leave(request.leave.get(duty.staff_id, ()), duty.duty_date):
            problems.append(
                RosterProblem(
                    ProblemKind.ON_LEAVE,
                    duty.duty_date,
                    f"{duty.duty_date} {duty.staff_name} 请假期间被排班",
                    duty.role,
                    duty.staff_id,
                    staff_name=duty.staff_name,
                )
            )
    rest = timedelta(hours=request.options.min_rest_hours)
    runs_allowed = request.options.officer_covers_rest_days or request.options.leader_covers_rest_days
    for pid, spans in by_person.items():
        spans.sort(key=lambda item: item[0])
        # Compare each duty with the one that ends latest among those before it, so a
        # long duty overlapping two later ones is caught twice.
        latest = spans[0]
        for s2, e2, d2 in spans[1:]:
            s1, e1, d1 = latest
            if e2 > e1:
                latest = (s2, e2, d2)
            if overlaps(s2, e2, s1, e1):
                problems.append(
                    RosterProblem(
                        ProblemKind.DOUBLE_BOOKING,
                        d2.duty_date,
                        f"{d2.duty_date} {d2.staff_name} 同时安排了"
                        f"{d1.role.zh}{d1.shift.zh}和{d2.role.zh}{d2.shift.zh}",
                        d2.role,
                        pid,
                        s2,
                        e1,
                        staff_name=d2.staff_name,
                    )
                )
            elif too_little_rest(s2, e2, s1, e1, rest):
                if runs_allowed and calendar.is_rest_day(d1.duty_date) and calendar.is_rest_day(d2.duty_date):
                    continue  # one person covering a run of rest days is the chosen rule
                hours = (s2 - e1).total_seconds() / 3600
                problems.append(
                    RosterProblem(
                        ProblemKind.REST,
                        d2.duty_date,
                        f"{d2.duty_date} {d2.staff_name} 两次值班间仅休息 {hours:g} 小时",
                        d2.role,
                        pid,
                        e1,
                        s2,
                        staff_name=d2.staff_name,
                    )
                )
    return problems


def check(request: CheckInput) -> RosterQuality:
    problems = _gaps(request) + _person_problems(request)
    problems.sort(key=lambda problem: (problem.duty_date, problem.kind.position))
    names = {person.id: person.name for person in request.people}
    stats: dict[int, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for duty in request.duties:
        if not request.first <= duty.duty_date <= request.last:
            continue
        names.setdefault(duty.staff_id, duty.staff_name)
        row = stats[duty.staff_id]
        start, end = request.pattern.bounds(duty.duty_date, duty.shift)
        kind = request.calendar.kind(duty.duty_date)
        row["total"] += 1
        row[duty.role.value] += 1
        row["holiday" if kind is DayKind.HOLIDAY else "weekend" if kind.is_rest_day else "workday"] += 1
        row["hours"] += (end - start).total_seconds() / 3600
    people = [
        PersonStats(
            staff_id=pid,
            name=names[pid],
            total=int(row["total"]),
            officer=int(row["officer"]),
            leader=int(row["leader"]),
            workday=int(row["workday"]),
            weekend=int(row["weekend"]),
            holiday=int(row["holiday"]),
            hours=row["hours"],
        )
        for pid, row in sorted(stats.items(), key=lambda item: (-item[1]["total"], item[0]))
    ]
    # Active people who could have served but did not still belong in the table.
    idle = [
        PersonStats(staff_id=person.id, name=person.name)
        for person in request.people
        if person.active and person.id not in stats and person.roles & {DutyRole.OFFICER, DutyRole.LEADER}
    ]
    people += idle
    spread: dict[DutyRole, int] = {}
    for role in (DutyRole.OFFICER, DutyRole.LEADER):
        pool = [p.id for p in request.people if p.active and role in p.roles]
        counts = [int(stats[pid][role.value]) if pid in stats else 0 for pid in pool]
        if counts:
            spread[role] = max(counts) - min(counts)
    return RosterQuality(request.first, request.last, problems, people, spread)


__all__ = ["CheckInput", "PersonStats", "ProblemKind", "RosterProblem", "RosterQuality", "Shift", "check"]


def check_range(first: date, last: date) -> None:
    """Refuse a range that runs backwards or is longer than the roster plans at once."""
    if last < first:
        raise ValidationError("结束日期不能早于开始日期。", code="range_order", field="to")
    if (last - first).days + 1 > MAX_RANGE_DAYS:
        raise ValidationError("日期范围不能超过 3 年。", code="range_too_long", field="to")
