"""Patrols against the schedule: the settings, a day's patrols with their status, per-person figures.

The schedule lives in the settings (key ``patrol_schedule``, JSON); a day's status is
computed from the log when read, so a late entry or a changed schedule shows at once
and nothing has to be kept in step.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from dutylog.domain.accounts.audit import AuditAction
from dutylog.domain.accounts.permissions import Permission
from dutylog.domain.enums import DutyRole, Shift
from dutylog.domain.errors import ValidationError
from dutylog.domain.log.patrols import (
    PatrolEntry,
    PatrolSchedule,
    PatrolSlot,
    PatrolStatus,
    PatrolTally,
    parse_times,
    patrol_slots,
    tally,
)
from dutylog.domain.roster.duty import DutyAssignment
from dutylog.domain.validation import clean_name
from dutylog.services.context import OfficeContext
from dutylog.services.writes import writes

if TYPE_CHECKING:
    from dutylog.storage.database import Store

SCHEDULE_SETTING = "patrol_schedule"
MAX_SOURCES = 30
# The longest period the per-person figures are computed for in one call.
MAX_STATISTICS_DAYS = 400
MINUTES_PER_DAY = 24 * 60


def read_schedule(store: Store) -> PatrolSchedule:
    return PatrolSchedule.from_setting(store.settings.get(SCHEDULE_SETTING))


class PatrolService:
    def __init__(self, office: OfficeContext) -> None:
        self.office = office

    # -- the schedule ----------------------------------------------------------------
    def schedule(self) -> PatrolSchedule:
        with self.office.db.transaction(read_only=True) as store:
            return read_schedule(store)

    @writes
    def set_schedule(
        self,
        times: str | Iterable[str] | None = None,
        *,
        sources: Iterable[str] | None = None,
        window_minutes: int | None = None,
        night_interval_minutes: int | None = None,
    ) -> PatrolSchedule:
        """Change the parts given; the others stay as they are. Audited."""
        current = self.schedule()
        cleaned_sources = current.sources
        if sources is not None:
            names = [clean_name(s, field="sources", label="巡查来源", max_length=50) for s in sources]
            cleaned_sources = tuple(dict.fromkeys(n for n in names if n))
            if len(cleaned_sources) > MAX_SOURCES:
                raise ValidationError(f"巡查来源最多 {MAX_SOURCES} 个。", code="too_many", field="sources")
        schedule = PatrolSchedule(
            times=current.times if times is None else parse_times(times),
            sources=cleaned_sources,
            window_minutes=current.window_minutes if window_minutes is None else window_minutes,
            night_interval_minutes=(
                current.night_interval_minutes if night_interval_minutes is None else night_interval_minutes
            ),
        )
        self.office.require(Permission.SETTINGS_MANAGE)
        with self.office.db.transaction() as store:
            before = store.settings.get(SCHEDULE_SETTING)
            store.settings.set(SCHEDULE_SETTING, schedule.as_setting())
            self.office.audit.record(
                store,
                AuditAction.UPDATE,
                "setting",
                SCHEDULE_SETTING,
                before=before,
                after=schedule.as_setting(),
            )
        return schedule

    # -- a day's patrols ---------------------------------------------------------------
    def day(self, duty_date: date, *, now: datetime | None = None) -> list[PatrolSlot]:
        """The scheduled patrols of a duty date with their status and covering entry."""
        return self.days(duty_date, duty_date, now=now)[duty_date]

    def days(
        self, first: date, last: date, *, now: datetime | None = None, details: bool = True
    ) -> dict[date, list[PatrolSlot]]:
        """Each duty date's patrols; ``details=False`` leaves the entries' sources out (counting)."""
        if last < first:
            raise ValidationError("结束日期不能早于开始日期。", code="range_order", field="to")
        if (last - first).days > MAX_STATISTICS_DAYS:
            raise ValidationError(
                f"一次最多统计 {MAX_STATISTICS_DAYS} 天。", code="range_too_long", field="to"
            )
        from dutylog.services.roster.roster import special_days

        moment = now or self.office.clock()
        times = self.office.shift_times()
        out: dict[date, list[PatrolSlot]] = {}
        with self.office.db.transaction(read_only=True) as store:
            schedule = read_schedule(store)
            special = special_days(store.duty_calendar.special_periods(first, last), first, last)
            voided = store.voids.voided_ids("log_entry")
            # Counting (no details) reads only the entries that can cover a patrol.
            patrols = store.log.patrols_between(
                first,
                last,
                details=details,
                within=None if details else _windows(schedule),
                whole_days=special,
            )
            roster = store.roster.between(first, last)
        entries: dict[date, list[PatrolEntry]] = {}
        for duty_date, entry in patrols:
            if entry.id not in voided:
                entries.setdefault(duty_date, []).append(entry)
        duties: dict[date, list[DutyAssignment]] = {}
        for duty in roster:
            duties.setdefault(duty.duty_date, []).append(duty)
        day = first
        while day <= last:
            slots = patrol_slots(
                schedule.moments(day, round_the_clock=day in special),
                entries.get(day, []),
                now=moment,
                window=timedelta(minutes=schedule.window_minutes),
            )
            out[day] = [_with_officers(slot, duties.get(day, []), times.locate(slot.at)[1]) for slot in slots]
            day += timedelta(days=1)
        return out

    def statistics(self, first: date, last: date) -> list[PatrolTally]:
        """Per person over a period: patrols done in time and patrols missed on their duty."""
        found = self.days(first, last, details=False)
        return tally(slot for slots in found.values() for slot in slots)

    def missed(self, duty_date: date) -> list[PatrolSlot]:
        return [slot for slot in self.day(duty_date) if slot.status is PatrolStatus.MISSED]


def _windows(schedule: PatrolSchedule) -> list[tuple[int, int]]:
    """The minutes of the day inside a patrol's window, as [start, end) ranges.

    An entry outside all of them covers no patrol of an ordinary day (a special day's
    night patrols have their own times: those days are read whole).
    """
    ranges: list[tuple[int, int]] = []
    for moment in schedule.times:
        start = moment.hour * 60 + moment.minute
        end = start + schedule.window_minutes
        ranges.append((start, min(end, MINUTES_PER_DAY)))
        if end > MINUTES_PER_DAY:  # past midnight: the next calendar day's early minutes
            ranges.append((0, end - MINUTES_PER_DAY))
    return ranges


def _with_officers(slot: PatrolSlot, roster: Iterable[DutyAssignment], shift: Shift) -> PatrolSlot:
    """The patrol is asked of the officers whose shift holds its moment (a 24-hour duty holds all)."""
    names = tuple(
        dict.fromkeys(
            duty.staff_name
            for duty in roster
            if duty.role is DutyRole.OFFICER and duty.shift in (shift, Shift.FULL)
        )
    )
    return replace(slot, officers=names)
