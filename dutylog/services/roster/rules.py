"""The office's roster rules (one JSON setting) and the facts generation and checks read
besides the duties: leave by person, special days, rest-day counts of the year before."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from dutylog.domain.enums import Shift
from dutylog.domain.roster.records import LeaveRecord, SpecialPeriodRecord
from dutylog.domain.roster.rotation import RotationOptions, day_category
from dutylog.services.roster.holidays import load_calendar

if TYPE_CHECKING:
    from dutylog.storage.database import Store

PATTERN_KEY = "roster_pattern"


@dataclass(frozen=True)
class RosterRules:
    """The office's roster settings, stored as one JSON setting."""

    normal: tuple[Shift, ...] = (Shift.FULL,)
    special: tuple[Shift, ...] = (Shift.DAY, Shift.NIGHT)
    officers: int = 1
    leaders: int = 1
    min_rest_hours: float = 24.0
    officer_covers_rest_days: bool = False
    leader_covers_rest_days: bool = False
    # Standby people (备班) named per day, from the staff with the standby role.
    standby: int = 1

    def options(self) -> RotationOptions:
        return RotationOptions(
            self.min_rest_hours, self.officer_covers_rest_days, self.leader_covers_rest_days
        )

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["normal"] = [shift.value for shift in self.normal]
        data["special"] = [shift.value for shift in self.special]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> RosterRules:
        if not data:
            return cls()
        return cls(
            normal=tuple(Shift(value) for value in data.get("normal", ["full"])),
            special=tuple(Shift(value) for value in data.get("special", ["day", "night"])),
            officers=int(data.get("officers", 1)),
            leaders=int(data.get("leaders", 1)),
            min_rest_hours=float(data.get("min_rest_hours", 24.0)),
            officer_covers_rest_days=bool(data.get("officer_covers_rest_days", False)),
            leader_covers_rest_days=bool(data.get("leader_covers_rest_days", False)),
            standby=int(data.get("standby", 1)),
        )


def leave_map(records: Sequence[LeaveRecord]) -> dict[int, list[tuple[date, date]]]:
    answer: dict[int, list[tuple[date, date]]] = defaultdict(list)
    for record in records:
        answer[record.staff_id].append((record.first_day, record.last_day))
    return dict(answer)


def special_days(periods: Sequence[SpecialPeriodRecord], first: date, last: date) -> frozenset[date]:
    days = set()
    for period in periods:
        day = max(first, period.first_day)
        while day <= min(last, period.last_day):
            days.add(day)
            day += timedelta(days=1)
    return frozenset(days)


def past_category_counts(store: Store, before: date, skip: set[int]) -> dict[tuple[int, str], int]:
    """Duties per (person, kind of day) in the year before ``before``."""
    window_first = before - timedelta(days=365)
    calendar = load_calendar(store, window_first, before)
    counts: dict[tuple[int, str], int] = defaultdict(int)
    for duty in store.roster.between(window_first, before - timedelta(days=1)):
        if duty.staff_id not in skip:
            counts[(duty.staff_id, day_category(calendar.kind(duty.duty_date)))] += 1
    return dict(counts)
