"""Which duty day and shift a moment belongs to.

A night shift that starts on the 1st at 17:30 and ends on the 2nd at 08:30
belongs to the duty day of the 1st: the roster names the person for that day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from dutylog.domain.enums import Shift


@dataclass(frozen=True)
class ShiftTimes:
    """Office hours that split a duty day into a day and a night shift."""

    day_start: time = time(8, 30)
    day_end: time = time(17, 30)

    def locate(self, moment: datetime) -> tuple[date, Shift]:
        """Return the duty date and shift that ``moment`` falls in."""
        clock = moment.time()
        if self.day_start <= clock < self.day_end:
            return moment.date(), Shift.DAY
        if clock >= self.day_end:
            return moment.date(), Shift.NIGHT
        return moment.date() - timedelta(days=1), Shift.NIGHT

    def bounds(self, duty_date: date, shift: Shift) -> tuple[datetime, datetime]:
        """Start and end of a shift on a duty date."""
        day_start = datetime.combine(duty_date, self.day_start)
        day_end = datetime.combine(duty_date, self.day_end)
        if shift is Shift.DAY:
            return day_start, day_end
        if shift is Shift.NIGHT:
            return day_end, day_start + timedelta(days=1)
        return day_start, day_start + timedelta(days=1)


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
