"""The duty roster: who is on duty, the shift pattern, generation, checks and the month view.

Changes (swap, substitute, manual assignment) live in `changes.py` and are reached
as ``office.roster.changes``; swap requests with approval in `swaps.py`
(``office.roster.swaps``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from functools import cached_property
from typing import TYPE_CHECKING, Protocol

from dutylog.domain.accounts.audit import AuditAction
from dutylog.domain.accounts.permissions import Permission
from dutylog.domain.enums import DutyRole, Shift
from dutylog.domain.errors import NotFoundError, ValidationError
from dutylog.domain.log.shifts import (
    SHIFT_PATTERNS_KEY,
    PatternKind,
    ShiftEra,
    eras_to_json,
    make_era,
    with_era,
)
from dutylog.domain.roster.calendar import HolidayCalendar
from dutylog.domain.roster.checks import CheckInput, RosterProblem, RosterQuality, check, check_range
from dutylog.domain.roster.duty import DutyAssignment, DutyNow
from dutylog.domain.roster.eligibility import holds
from dutylog.domain.roster.records import (
    ChangeKind,
    DutyChangeRecord,
    GenerationResult,
    LeaveRecord,
    RosterDay,
    RosterOverview,
    SpecialPeriodRecord,
)
from dutylog.domain.roster.rotation import (
    PlannedDuty,
    RotationInput,
    ShiftPattern,
    generate,
    rotate_from,
)
from dutylog.domain.roster.staff import StaffRecord
from dutylog.domain.validation import check_date_range, clean_text
from dutylog.services.context import OfficeContext
from dutylog.services.roster.holidays import load_calendar, unknown_year_warning
from dutylog.services.roster.rules import (
    PATTERN_KEY,
    RosterRules,
    leave_map,
    past_category_counts,
    special_days,
)
from dutylog.services.writes import writes

if TYPE_CHECKING:
    from dutylog.services.roster.changes import RosterChangeService
    from dutylog.services.roster.export import RosterExporter
    from dutylog.services.roster.holidays import HolidayService
    from dutylog.services.roster.staff import StaffService
    from dutylog.services.roster.swaps import SwapService
    from dutylog.storage.database import Store


class RosterContext(OfficeContext, Protocol):
    """The office as this module's services need it: the context and the services they use."""

    @property
    def staff(self) -> StaffService: ...

    @property
    def holidays(self) -> HolidayService: ...

    @property
    def roster(self) -> RosterService: ...


class RosterService:
    def __init__(self, office: RosterContext) -> None:
        self.office = office

    @cached_property
    def changes(self) -> RosterChangeService:
        from dutylog.services.roster.changes import RosterChangeService

        return RosterChangeService(self.office)

    @cached_property
    def swaps(self) -> SwapService:
        from dutylog.services.roster.swaps import SwapService

        return SwapService(self.office)

    @cached_property
    def export(self) -> RosterExporter:
        from dutylog.services.roster.export import RosterExporter

        return RosterExporter(self.office)

    # -- settings ---------------------------------------------------------
    def rules(self) -> RosterRules:
        # Read-only: called inside other write transactions (see Office.shift_times).
        with self.office.db.transaction(read_only=True) as store:
            return RosterRules.from_json(store.settings.get(PATTERN_KEY))

    @writes
    def set_rules(self, rules: RosterRules) -> RosterRules:
        if (
            not 0 <= rules.officers <= 10
            or not 0 <= rules.leaders <= 5
            or rules.officers + rules.leaders == 0
        ):
            raise ValidationError("每天值班员 0-10 人、带班领导 0-5 人，且至少 1 人。", code="bad_counts")
        if not 0 <= rules.standby <= 3:
            raise ValidationError("每天备班 0-3 人。", code="bad_counts")
        if not 0 <= rules.min_rest_hours <= 240:
            raise ValidationError("最短休息时间应在 0 到 240 小时之间。", code="bad_rest")
        for shifts in (rules.normal, rules.special):
            if not shifts or (Shift.FULL in shifts and len(shifts) > 1) or len(set(shifts)) != len(shifts):
                raise ValidationError("班次设置应为“全天”或“白班/夜班”的组合。", code="bad_shifts")
        self.office.require(Permission.ROSTER_MANAGE)
        with self.office.db.transaction() as store:
            before = store.settings.get(PATTERN_KEY)
            store.settings.set(PATTERN_KEY, rules.to_json())
            self.office.audit.record(
                store, AuditAction.UPDATE, "setting", PATTERN_KEY, before=before, after=rules.to_json()
            )
        return rules

    def pattern(self, rules: RosterRules | None = None) -> ShiftPattern:
        """The pattern that generation, checks and exports follow: the rules, the shift
        eras set from a date on, and a standby slot when someone may stand by."""
        rules = rules or self.rules()
        times = self.office.shift_times()
        with self.office.db.transaction(read_only=True) as store:
            can_stand_by = bool(store.staff.all(active_only=True, role=DutyRole.STANDBY))
        return ShiftPattern(
            normal=rules.normal,
            special=rules.special,
            officers=rules.officers,
            leaders=rules.leaders,
            handoff=times.day_start,
            day_end=times.day_end,
            standby=rules.standby if can_stand_by else 0,
            times=times,
        )

    def shift_eras(self) -> tuple[ShiftEra, ...]:
        """The shift patterns set from a date on, oldest first (history kept)."""
        return self.office.shift_times().eras

    @writes
    def set_shift_pattern(
        self, kind: PatternKind, starts: Sequence[time], first: date | None = None
    ) -> ShiftEra:
        """Use ``kind`` with these start times from ``first`` (default tomorrow) on.

        Earlier days keep the pattern they were worked in; a day that has begun cannot
        change its hours, so ``first`` is tomorrow at the earliest."""
        tomorrow = self.office.clock().date() + timedelta(days=1)
        first = first or tomorrow
        check_date_range(first, field="from", label="起始日期")
        if first < tomorrow:
            raise ValidationError(
                "班次只能从明天或以后的日期起改变，已开始的值班日不能改动。", code="past_range", field="from"
            )
        self.office.require(Permission.ROSTER_MANAGE)
        times = self.office.shift_times()
        era = make_era(first, kind, starts, times.day_end)
        with self.office.db.transaction() as store:
            before = store.settings.get(SHIFT_PATTERNS_KEY)
            after = eras_to_json(with_era(times.eras, era))
            store.settings.set(SHIFT_PATTERNS_KEY, after)
            self.office.audit.record(
                store, AuditAction.UPDATE, "setting", SHIFT_PATTERNS_KEY, before=before, after=after
            )
        return era

    # -- who is on duty ---------------------------------------------------
    def on_duty(self, moment: datetime | None = None) -> DutyNow:
        """Who is on duty at ``moment`` (default: now).

        A 24-hour (FULL) slot covers both halves of its duty day, so it answers for
        the day and the night shift alike.
        """
        when = moment or self.office.clock()
        duty_date, shift = self.office.shift_times().locate(when)
        with self.office.db.transaction() as store:
            slots = store.roster.on(duty_date, [shift, Shift.FULL])
        by_role: dict[DutyRole, list[DutyAssignment]] = {role: [] for role in DutyRole}
        for slot in slots:
            by_role[slot.role].append(slot)
        return DutyNow(
            moment=when,
            duty_date=duty_date,
            shift=shift,
            officers=tuple(by_role[DutyRole.OFFICER]),
            leaders=tuple(by_role[DutyRole.LEADER]),
            standby=tuple(by_role[DutyRole.STANDBY]),
        )

    @writes
    def assign(
        self, duty_date: date, shift: Shift, role: DutyRole, staff_id: int, note: str = ""
    ) -> DutyAssignment:
        check_date_range(duty_date, field="duty_date", label="值班日期")
        clean_note = clean_text(note, field="note", label="备注", max_length=1000, required=False)
        self.office.require(Permission.ROSTER_MANAGE)
        with self.office.db.transaction() as store:
            person = store.staff.get(staff_id)
            if not person.active:
                raise ValidationError(
                    f"{person.name} 已停用，不能安排值班。", code="inactive", field="staff_id"
                )
            if any(s.staff_id == staff_id and s.role is role for s in store.roster.on(duty_date, [shift])):
                raise ValidationError(
                    f"{person.name} 已安排在 {duty_date:%Y-%m-%d} {shift.zh}（{role.zh}），无需重复安排。",
                    code="duplicate",
                    field="staff_id",
                )
            slot = store.roster.assign(
                duty_date=duty_date,
                shift=shift,
                role=role,
                staff_id=staff_id,
                created_at=self.office.clock(),
                note=clean_note,
            )
            self.office.audit.record(store, AuditAction.CREATE, "duty_slot", slot.id, after=slot)
            return slot

    def between(self, first: date, last: date, staff_id: int | None = None) -> list[DutyAssignment]:
        check_range(first, last)
        with self.office.db.transaction() as store:
            return store.roster.between(first, last, staff_id)

    # -- leave and special periods ---------------------------------------
    @writes
    def add_leave(self, staff_id: int, first: date, last: date, reason: str = "") -> LeaveRecord:
        check_range(first, last)
        text = clean_text(
            reason, field="reason", label="事由", max_length=200, required=False, multiline=False
        )
        self.office.require(Permission.ROSTER_MANAGE)
        with self.office.db.transaction() as store:
            store.staff.get(staff_id)
            leave = store.duty_calendar.add_leave(staff_id, first, last, text)
            self.office.audit.record(store, AuditAction.CREATE, "leave", leave.id, after=leave)
            return leave

    @writes
    def remove_leave(self, leave_id: int) -> None:
        self.office.require(Permission.ROSTER_MANAGE)
        with self.office.db.transaction() as store:
            store.duty_calendar.remove_leave(leave_id)
            self.office.audit.record(store, AuditAction.DELETE, "leave", leave_id)

    def leave(self, first: date, last: date, staff_id: int | None = None) -> list[LeaveRecord]:
        with self.office.db.transaction() as store:
            return store.duty_calendar.leave_overlapping(first, last, staff_id)

    @writes
    def add_special_period(self, name: str, first: date, last: date, note: str = "") -> SpecialPeriodRecord:
        check_range(first, last)
        clean = clean_text(name, field="name", label="名称", max_length=100, multiline=False)
        text = clean_text(note, field="note", label="说明", max_length=500, required=False)
        self.office.require(Permission.ROSTER_MANAGE)
        with self.office.db.transaction() as store:
            period = store.duty_calendar.add_special_period(clean, first, last, text)
            self.office.audit.record(store, AuditAction.CREATE, "special_period", period.id, after=period)
            return period

    @writes
    def remove_special_period(self, period_id: int) -> None:
        self.office.require(Permission.ROSTER_MANAGE)
        with self.office.db.transaction() as store:
            store.duty_calendar.remove_special_period(period_id)
            self.office.audit.record(store, AuditAction.DELETE, "special_period", period_id)

    def special_periods(self, first: date, last: date) -> list[SpecialPeriodRecord]:
        with self.office.db.transaction() as store:
            return store.duty_calendar.special_periods(first, last)

    # -- generation -------------------------------------------------------
    @writes
    def generate(
        self,
        first: date,
        last: date,
        *,
        officer_ids: Sequence[int] | None = None,
        leader_ids: Sequence[int] | None = None,
        start_officer: int | None = None,
        start_leader: int | None = None,
    ) -> GenerationResult:
        """Plan ``first``..``last`` (days after today only) in one transaction.

        Past days, today and slots made by hand or by a change stay as they are and
        count for fairness; earlier generated slots of the future part are replaced.
        """
        check_range(first, last)
        today = self.office.clock().date()
        gen_first = max(first, today + timedelta(days=1))
        if gen_first > last:
            raise ValidationError(
                "只能为明天及以后的日期排班，过去的值班不能改动。", code="past_range", field="from"
            )
        self.office.require(Permission.ROSTER_MANAGE)
        rules = self.rules()
        pattern = self.pattern(rules)
        now = self.office.clock()
        with self.office.db.transaction() as store:
            officers = (
                self._pool(store, DutyRole.OFFICER, officer_ids, start_officer) if rules.officers else []
            )
            leaders = self._pool(store, DutyRole.LEADER, leader_ids, start_leader) if rules.leaders else []
            # Standby-only people first, then the officers (see eligibility.holds).
            standby = [p.id for p in store.staff.all(active_only=True, role=DutyRole.STANDBY)]
            standby += [pid for pid in officers if pid not in standby]
            calendar = load_calendar(store, gen_first - timedelta(days=3), last + timedelta(days=3))
            warnings = [unknown_year_warning(year) for year in calendar.unknown_years(gen_first, last)]
            removed = store.roster.delete_generated(gen_first, last)
            nearby = store.roster.between(gen_first - timedelta(days=3), last + timedelta(days=3))
            counted = store.roster.between(first, gen_first - timedelta(days=1)) if first < gen_first else []
            fixed = {d.id: d for d in [*nearby, *counted]}
            history = {
                pid: pattern.bounds(day, Shift(shift))[1]
                for pid, (day, shift) in store.roster.last_duty_dates(gen_first).items()
            }
            restarted = set(officers if start_officer else []) | set(leaders if start_leader else [])
            past = past_category_counts(store, first, restarted)
            request = RotationInput(
                first=gen_first,
                count_from=first,
                last=last,
                officers=officers,
                leaders=leaders,
                calendar=calendar,
                pattern=pattern,
                options=rules.options(),
                special_days=special_days(
                    store.duty_calendar.special_periods(gen_first, last), gen_first, last
                ),
                leave=leave_map(store.duty_calendar.leave_overlapping(gen_first, last)),
                fixed=[PlannedDuty(d.duty_date, d.shift, d.role, d.staff_id) for d in fixed.values()],
                last_served={pid: end for pid, end in history.items() if pid not in restarted},
                past_counts=past,
                standby=standby if pattern.standby else [],
            )
            plan = generate(request)
            store.roster.add_many(
                [
                    {
                        "duty_date": duty.duty_date,
                        "shift": duty.shift.value,
                        "role": duty.role.value,
                        "staff_id": duty.staff_id,
                        "note": "",
                        "created_at": now,
                        "origin": "generated",
                    }
                    for duty in plan.duties
                ]
            )
            # One record for the whole plan: what range, how many duties replaced and added.
            self.office.audit.record(
                store,
                AuditAction.CREATE,
                "roster",
                f"{gen_first}..{last}",
                after={"first": gen_first, "last": last, "removed": removed, "added": len(plan.duties)},
            )
        if plan.unfilled:
            warnings.append(
                f"有 {len(plan.unfilled)} 个班次无人可排（请假、休息或人手不足），已作为缺岗标出。"
            )
        return GenerationResult(
            first=gen_first,
            last=last,
            created=len(plan.duties),
            kept=len([d for d in fixed.values() if gen_first <= d.duty_date <= last]),
            unfilled=sum(item.missing for item in plan.unfilled),
            warnings=tuple(warnings),
            replaced=removed,
        )

    def _pool(self, store: Store, role: DutyRole, ids: Sequence[int] | None, start: int | None) -> list[int]:
        if ids is None:
            people = store.staff.all(active_only=True, role=role)
        else:
            people = [store.staff.get(pid) for pid in ids]  # NotFoundError names the unknown id
            for person in people:
                if not person.active:
                    raise ValidationError(f"{person.name} 已停用，不能参加排班。", code="inactive")
                if not holds(person.roles, role):
                    raise ValidationError(
                        f"{person.name} 不是{role.zh}，不能排为{role.zh}。", code="wrong_role"
                    )
        if not people:
            raise ValidationError(
                f"没有可排班的{role.zh}，请先在人员中设置。", code="nobody_eligible", field=role.value
            )
        order = [person.id for person in people]
        if start is not None and start not in order:
            raise NotFoundError(f"起始人员（编号 {start}）不在{role.zh}名单中。", code="unknown_person")
        return rotate_from(order, start)

    # -- reading the roster ----------------------------------------------
    def _check_input(self, store: Store, first: date, last: date) -> tuple[CheckInput, HolidayCalendar]:
        rules = RosterRules.from_json(store.settings.get(PATTERN_KEY))
        calendar = load_calendar(store, first - timedelta(days=2), last + timedelta(days=2))
        wide_first, wide_last = first - timedelta(days=2), last + timedelta(days=2)
        request = CheckInput(
            first=first,
            last=last,
            duties=store.roster.between(wide_first, wide_last),
            people=store.staff.all(),
            calendar=calendar,
            pattern=self.pattern(rules),
            options=rules.options(),
            special_days=special_days(store.duty_calendar.special_periods(first, last), first, last),
            leave=leave_map(store.duty_calendar.leave_overlapping(wide_first, wide_last)),
        )
        return request, calendar

    def check(self, first: date, last: date) -> RosterQuality:
        check_range(first, last)
        with self.office.db.transaction() as store:
            request, _calendar = self._check_input(store, first, last)
        quality = check(request)
        inside = [p for p in quality.problems if first <= p.duty_date <= last]
        in_range = [d for d in request.duties if first <= d.duty_date <= last]
        ranged = check(replace(request, duties=in_range))
        return RosterQuality(first, last, inside, ranged.people, ranged.spread)

    def days(self, first: date, last: date) -> list[RosterDay]:
        """The roster day by day with holidays, special periods and problems."""
        check_range(first, last)
        with self.office.db.transaction() as store:
            request, calendar = self._check_input(store, first, last)
            periods = store.duty_calendar.special_periods(first, last)
            changes = store.roster.changes(first, last)
        return self._days(request, calendar, periods, check(request).problems, changes)

    def overview(
        self, grid_first: date, grid_last: date, first: date, last: date
    ) -> tuple[RosterOverview, RosterQuality]:
        """The calendar grid ``grid_first``..``grid_last`` and the quality of ``first``..``last``
        (which lies inside the grid), read in one transaction."""
        check_range(grid_first, grid_last)
        with self.office.db.transaction() as store:
            request, calendar = self._check_input(store, grid_first, grid_last)
            periods = store.duty_calendar.special_periods(grid_first, grid_last)
            changes = store.roster.changes(grid_first, grid_last)
        grid_problems = check(request).problems
        days = self._days(request, calendar, periods, grid_problems, changes)
        changes = [c for c in changes if first <= c.duty_date <= last]
        inside = replace(
            request,
            first=first,
            last=last,
            duties=[d for d in request.duties if first <= d.duty_date <= last],
        )
        ranged = check(inside)
        quality = RosterQuality(
            first,
            last,
            [p for p in grid_problems if first <= p.duty_date <= last],
            ranged.people,
            ranged.spread,
        )
        overview = RosterOverview(tuple(days), tuple(changes), tuple(calendar.unknown_years(first, last)))
        return overview, quality

    def _days(
        self,
        request: CheckInput,
        calendar: HolidayCalendar,
        periods: Sequence[SpecialPeriodRecord],
        found: Sequence[RosterProblem],
        changes: Sequence[DutyChangeRecord] = (),
    ) -> list[RosterDay]:
        first, last = request.first, request.last
        # A duty whose person came by a swap or substitute (the change's new person on its slot).
        moved = {
            (c.duty_date, c.shift, c.role, c.new_staff_id)
            for c in changes
            if c.kind in (ChangeKind.SWAP, ChangeKind.SUBSTITUTE)
        }
        problems: dict[date, list[RosterProblem]] = defaultdict(list)
        for problem in found:
            problems[problem.duty_date].append(problem)
        by_day: dict[date, list[DutyAssignment]] = defaultdict(list)
        # Shifts in the order of the day (early, middle, late), not of their stored names.
        for duty in sorted(request.duties, key=lambda d: (d.duty_date, d.shift.position, d.id)):
            by_day[duty.duty_date].append(duty)
        answer = []
        day = first
        while day <= last:
            duties = by_day.get(day, [])
            answer.append(
                RosterDay(
                    day=day,
                    kind=calendar.kind(day),
                    holiday_name=calendar.name(day),
                    special_names=tuple(p.name for p in periods if p.covers(day)),
                    leaders=tuple(d for d in duties if d.role is DutyRole.LEADER),
                    officers=tuple(d for d in duties if d.role is DutyRole.OFFICER),
                    standby=tuple(d for d in duties if d.role is DutyRole.STANDBY),
                    problems=tuple(problems.get(day, [])),
                    swapped=frozenset(
                        d.id
                        for d in duties
                        if d.origin == "change" and (d.duty_date, d.shift, d.role, d.staff_id) in moved
                    ),
                )
            )
            day += timedelta(days=1)
        return answer

    def staff(self) -> list[StaffRecord]:
        return self.office.staff.all()


# The rules and their helpers moved to rules.py; other areas still import them from here.
__all__ = ["PATTERN_KEY", "RosterContext", "RosterRules", "RosterService", "leave_map", "special_days"]
