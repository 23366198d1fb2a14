"""A duty day's log as printed and filed: who was on duty, what was written, the patrols."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dutylog.domain.enums import Shift
from dutylog.domain.log.patrols import PatrolSlot
from dutylog.domain.log.records import LogEntryRecord


@dataclass(frozen=True)
class DayLog:
    unit_name: str
    duty_date: date
    shift: Shift | None  # None: the whole duty day
    leaders: tuple[str, ...]
    officers: tuple[str, ...]
    entries: tuple[LogEntryRecord, ...]
    patrols: tuple[PatrolSlot, ...]
    closed_shifts: tuple[Shift, ...] = ()
