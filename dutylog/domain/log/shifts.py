"""Which duty day and shift a moment belongs to, under the shift pattern of that day.

A night shift that starts on the 1st at 17:30 and ends on the 2nd at 08:30
belongs to the duty day of the 1st: the roster names the person for that day.
Likewise in the three-shift pattern the 00:00-08:00 shift that follows the 1st's
16:00-24:00 shift belongs to the duty date of the 1st.

The pattern may change from a date on (`ShiftEra`); the eras are kept, so a past
day is read under the pattern it was worked in. Days before the first era follow
the office hours (``day_start``/``day_end``) as they always did.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from itertools import pairwise

from dutylog.domain.enums import Shift
from dutylog.domain.errors import ValidationError

ONE_DAY = timedelta(days=1)
THREE_SHIFTS = (Shift.EARLY, Shift.MIDDLE, Shift.LATE)


class PatternKind(StrEnum):
    """The office's shift pattern: one 24-hour duty, day and night, or three 8-hour shifts."""

    FULL = "full"
    DAY_NIGHT = "day-night"
    THREE = "three"

    @property
    def zh(self) -> str:
        return {"full": "全天班", "day-night": "白班/夜班", "three": "三班（早/中/大夜）"}[self.value]

    @property
    def shifts(self) -> tuple[Shift, ...]:
        """The officers' shifts of a day under this pattern."""
        if self is PatternKind.FULL:
            return (Shift.FULL,)
        if self is PatternKind.DAY_NIGHT:
            return (Shift.DAY, Shift.NIGHT)
        return THREE_SHIFTS

    @property
    def time_count(self) -> int:
        """How many start times the pattern is given (`settings shifts KIND --times ...`)."""
        return {"full": 1, "day-night": 2, "three": 3}[self.value]


@dataclass(frozen=True)
class ShiftEra:
    """A shift pattern in force from ``first`` on, until the next era begins.

    ``starts``: the clock times the day's shifts begin, in order; the first is the
    handover that starts the duty date. A time not later than the one before it lies
    on the next calendar day (08:00, 16:00, 00:00: the last is the next midnight).
    A full-day era keeps the office's day/night split as its second time so that log
    entries still fall in a day or a night half.
    """

    first: date
    kind: PatternKind
    starts: tuple[time, ...]

    def moments(self, duty_date: date) -> list[datetime]:
        """The starts of the duty date's shifts and, last, the start of the next duty date."""
        answer = [datetime.combine(duty_date, self.starts[0])]
        for clock in self.starts[1:]:
            moment = datetime.combine(answer[-1].date(), clock)
            answer.append(moment if moment > answer[-1] else moment + ONE_DAY)
        answer.append(answer[0] + ONE_DAY)
        return answer

    def bounds(self, duty_date: date, shift: Shift) -> tuple[datetime, datetime]:
        cuts = self.moments(duty_date)
        start, end = cuts[0], cuts[-1]
        if shift is Shift.FULL:
            return start, end
        if shift in THREE_SHIFTS:
            if self.kind is PatternKind.THREE:
                index = THREE_SHIFTS.index(shift)
                return cuts[index], cuts[index + 1]
            third = (end - start) / 3  # three equal shifts from the handover
            index = THREE_SHIFTS.index(shift)
            return start + third * index, start + third * (index + 1)
        split = cuts[1]  # day: the first start to the second; night: the rest of the day
        return (start, split) if shift is Shift.DAY else (split, end)

    def located(self, duty_date: date, moment: datetime) -> Shift:
        """The shift of ``duty_date`` that ``moment`` (inside that duty date) falls in."""
        shifts = THREE_SHIFTS if self.kind is PatternKind.THREE else (Shift.DAY, Shift.NIGHT)
        for shift in shifts:
            _start, end = self.bounds(duty_date, shift)
            if moment < end:
                return shift
        return shifts[-1]


def make_era(first: date, kind: PatternKind, starts: Sequence[time], day_end: time) -> ShiftEra:
    """Validate a pattern change: the number of times the kind needs, distinct, at least
    an hour apart (a day-night or full era's second time is the office's day end)."""
    times = tuple(starts)
    if len(times) != kind.time_count:
        raise ValidationError(
            f"{kind.zh}需要 {kind.time_count} 个开始时间，例如 08:00,16:00,00:00。",
            code="bad_times",
            field="times",
        )
    if kind is PatternKind.FULL:
        times = (
            times[0],
            day_end if day_end != times[0] else time((times[0].hour + 9) % 24, times[0].minute),
        )
    era = ShiftEra(first, kind, times)
    cuts = era.moments(first)
    if any(later - earlier < timedelta(hours=1) for earlier, later in pairwise(cuts)):
        raise ValidationError(
            "各班次开始时间应不同且相隔至少 1 小时，并在一天之内。", code="bad_times", field="times"
        )
    if cuts[-2] >= cuts[-1]:
        raise ValidationError("各班次应在一天之内依次开始。", code="bad_times", field="times")
    return era


@dataclass(frozen=True)
class ShiftTimes:
    """The office's shift pattern over time: office hours that split a duty day into a
    day and a night half, and the eras of patterns set from a date on (sorted)."""

    day_start: time = time(8, 30)
    day_end: time = time(17, 30)
    eras: tuple[ShiftEra, ...] = ()

    def era(self, duty_date: date) -> ShiftEra | None:
        """The pattern set for ``duty_date``; None before the first (office hours apply)."""
        found = None
        for era in self.eras:
            if era.first <= duty_date:
                found = era
        return found

    def _era(self, duty_date: date) -> ShiftEra:
        return self.era(duty_date) or ShiftEra(
            date.min, PatternKind.DAY_NIGHT, (self.day_start, self.day_end)
        )

    def locate(self, moment: datetime) -> tuple[date, Shift]:
        """The duty date and shift that ``moment`` falls in: the one function for "which
        duty date and shift does this moment belong to" (log, briefings, who is on duty).

        Under the three-shift pattern the answer is early, middle or late; otherwise day
        or night (a 24-hour duty covers both halves of its day)."""
        today = moment.date()
        for duty_date in (today, today - ONE_DAY):
            era = self._era(duty_date)
            cuts = era.moments(duty_date)
            if cuts[0] <= moment < cuts[-1]:
                return duty_date, era.located(duty_date, moment)
        # The handover moved later from one era to the next: the gap stays with the earlier day.
        before = today - ONE_DAY if moment < self._era(today).moments(today)[0] else today
        era = self._era(before)
        return before, era.located(before, moment)

    def bounds(self, duty_date: date, shift: Shift) -> tuple[datetime, datetime]:
        """Start and end of a shift on a duty date.

        Where the pattern changes the next day, the day's last shift runs until the new
        pattern's first shift begins: the officer stays until relieved, and nobody is
        on two shifts at the handover."""
        era = self._era(duty_date)
        start, end = era.bounds(duty_date, shift)
        following = self._era(duty_date + ONE_DAY)
        if following != era and end == era.moments(duty_date)[-1]:
            relieved = following.moments(duty_date + ONE_DAY)[0]
            if relieved > start:
                end = relieved
        return start, end

    def shifts_on(self, duty_date: date) -> tuple[Shift, ...] | None:
        """The officers' shifts set for ``duty_date``; None where no pattern was set
        (the roster rules' own shifts apply)."""
        era = self.era(duty_date)
        return era.kind.shifts if era else None


DEFAULT_LOCK_GRACE = timedelta(hours=2)


@dataclass(frozen=True)
class ShiftLock:
    """When a shift's entries stop being editable.

    Whichever comes first locks a shift: it was closed (by its officer, or by the next
    officer confirming the handover), or the grace period after its end has passed.
    Until then the outgoing officer may still complete their own shift's entries (a
    matter found at 08:28 can be written at 08:31); afterwards corrections are
    amendments that keep the original.
    """

    times: ShiftTimes
    now: datetime
    grace: timedelta = DEFAULT_LOCK_GRACE

    def locks_at(self, duty_date: date, shift: Shift) -> datetime:
        _start, end = self.times.bounds(duty_date, shift)
        return end + self.grace

    def locked(self, duty_date: date, shift: Shift, *, closed: bool) -> bool:
        return closed or self.now >= self.locks_at(duty_date, shift)


SHIFT_PATTERNS_KEY = "shift_patterns"


def eras_to_json(eras: Sequence[ShiftEra]) -> list[dict[str, object]]:
    return [
        {
            "from": era.first.isoformat(),
            "kind": era.kind.value,
            "times": [t.strftime("%H:%M") for t in era.starts],
        }
        for era in eras
    ]


def eras_from_json(data: object) -> tuple[ShiftEra, ...]:
    """The stored eras, sorted; an unreadable entry is skipped (settings are typed by an admin
    through validated commands, so this only guards against a damaged value)."""
    eras: list[ShiftEra] = []
    for item in data if isinstance(data, list) else []:
        try:
            kind = PatternKind(item["kind"])
            starts = tuple(time.fromisoformat(text) for text in item["times"])
            eras.append(ShiftEra(date.fromisoformat(item["from"]), kind, starts))
        except (KeyError, TypeError, ValueError):
            continue
    return tuple(sorted(eras, key=lambda era: era.first))


def with_era(eras: Sequence[ShiftEra], era: ShiftEra) -> tuple[ShiftEra, ...]:
    """The history with ``era`` from its first day on: a later era set before stays
    (history is kept); one set for the same day is replaced."""
    kept = [old for old in eras if old.first != era.first]
    return tuple(sorted([*kept, era], key=lambda item: item.first))
