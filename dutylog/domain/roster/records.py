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
    # Slot ids of the day's duties that a swap or substitute put their person on:
    # the calendar marks them.
    swapped: frozenset[int] = frozenset()

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


class SwapStatus(LabelledEnum):
    """Life of a swap request: the roster changes only on approval."""

    PENDING = "pending"  # waiting for the other person
    ACCEPTED = "accepted"  # the other person agreed; waiting for a supervisor or administrator
    APPROVED = "approved"  # the roster changed
    REFUSED = "refused"  # declined by the other person or refused by the approver

    @property
    def is_open(self) -> bool:
        return self in (SwapStatus.PENDING, SwapStatus.ACCEPTED)


_label(
    SwapStatus,
    {
        "pending": ("待对方确认", "Waiting for the other person"),
        "accepted": ("待审批", "Waiting for approval"),
        "approved": ("已批准", "Approved"),
        "refused": ("未同意", "Refused"),
    },
)


@dataclass(frozen=True)
class SwapRequestRecord:
    """A request to hand one's duty to someone (替班) or to exchange duties (调班)."""

    id: int
    slot_id: int
    duty_date: date
    shift: Shift
    role: DutyRole
    requester_staff_id: int
    requester_name: str
    other_staff_id: int
    other_name: str
    reason: str
    status: SwapStatus
    requested_by: str
    requested_at: datetime
    other_slot_id: int | None = None
    other_date: date | None = None
    other_shift: Shift | None = None
    accepted_by: str = ""
    accepted_at: datetime | None = None
    decided_by: str = ""
    decided_at: datetime | None = None
    decision_reason: str = ""
    change_id: int | None = None

    @property
    def kind(self) -> ChangeKind:
        return ChangeKind.SWAP if self.other_slot_id else ChangeKind.SUBSTITUTE
