"""Records of the roster area: changes, leave, special periods, a day of the roster."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from dutylog.domain.enums import DutyRole, LabelledEnum, Shift, _label
from dutylog.domain.roster.calendar import DayKind
from dutylog.domain.roster.checks import RosterProblem
from dutylog.domain.roster.duty import DutyAssignment


class ChangeKind(LabelledEnum):
    SWAP = "swap"
    SUBSTITUTE = "substitute"
    MANUAL = "manual"


_label(
    ChangeKind,
    {
        "swap": ("调班", "Swap"),
        "substitute": ("替班", "Substitute"),
        "manual": ("手工安排", "Manual assignment"),
    },
)


@dataclass(frozen=True)
class DutyChangeRecord:
    id: int
    kind: ChangeKind
    duty_date: date
    shift: Shift
    role: DutyRole
    original_staff_id: int | None
    original_name: str
    new_staff_id: int | None
    new_name: str
    reason: str
    made_by: str
    made_at: datetime
    group_id: int | None = None


@dataclass(frozen=True)
class LeaveRecord:
    id: int
    staff_id: int
    staff_name: str
    first_day: date
    last_day: date
    reason: str = ""


@dataclass(frozen=True)
class SpecialPeriodRecord:
    id: int
    name: str
    first_day: date
    last_day: date
    note: str = ""

    def covers(self, day: date) -> bool:
        return self.first_day <= day <= self.last_day


@dataclass(frozen=True)
class RosterDay:
    """One day of the roster as the calendar view and the printed table show it."""

    day: date
    kind: DayKind
    holiday_name: str
    special_names: tuple[str, ...]
    leaders: tuple[DutyAssignment, ...]
    officers: tuple[DutyAssignment, ...]
    standby: tuple[DutyAssignment, ...]
    problems: tuple[RosterProblem, ...] = ()

    @property
    def is_holiday_duty(self) -> bool:
        return self.kind is DayKind.HOLIDAY


@dataclass(frozen=True)
class GenerationResult:
    first: date
    last: date
    created: int
    kept: int
    unfilled: int
    warnings: tuple[str, ...]
    replaced: int = 0


@dataclass(frozen=True)
class RosterOverview:
    """Everything the roster page shows for a month, read in one go."""

    days: tuple[RosterDay, ...]  # the whole calendar grid
    changes: tuple[DutyChangeRecord, ...]
    unknown_years: tuple[int, ...]
