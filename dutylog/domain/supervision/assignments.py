"""Assignments (交办) of a matter to units, their replies, extensions, urges and meetings.

An assignment moves assigned → accepted → replied → done; a reply the office returns
sends it back (returned for rework), an extension request waits (extension requested)
until granted (extended, with a new deadline) or refused. The matter closes (办结)
when every lead assignment is done.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from dutylog.domain.enums import LabelledEnum, _label
from dutylog.domain.errors import ValidationError
from dutylog.domain.supervision.workdays import MAX_WORKDAYS

INSTRUCTION_MAX = 2000
REPLY_MAX = 10_000
PRESETS_KEY = "assignment_time_limits"


class AssignmentStatus(LabelledEnum):
    ASSIGNED = "assigned"
    ACCEPTED = "accepted"
    REPLIED = "replied"
    EXTENSION_REQUESTED = "extension_requested"
    EXTENDED = "extended"
    DONE = "done"
    RETURNED = "returned"

    @property
    def is_open(self) -> bool:
        return self is not AssignmentStatus.DONE


_label(
    AssignmentStatus,
    {
        "assigned": ("已交办", "Assigned"),
        "accepted": ("已签收", "Accepted"),
        "replied": ("已回复", "Replied"),
        "extension_requested": ("申请延期", "Extension requested"),
        "extended": ("已延期", "Extended"),
        "done": ("已办结", "Done"),
        "returned": ("退回重办", "Returned for rework"),
    },
)


class UrgeHow(LabelledEnum):
    PHONE = "phone"
    CARD = "card"


_label(UrgeHow, {"phone": ("电话", "Phone"), "card": ("督查卡", "Supervision card")})


class MatterKind(LabelledEnum):
    """What a matter asks of a unit, which sets its usual time limit."""

    INQUIRY = "inquiry"
    SUGGESTION = "suggestion"
    COMPLAINT = "complaint"
    COMPLEX = "complex"


_label(
    MatterKind,
    {
        "inquiry": ("咨询", "Inquiry"),
        "suggestion": ("建议", "Suggestion"),
        "complaint": ("投诉", "Complaint"),
        "complex": ("复杂事项", "Complex case"),
    },
)


@dataclass(frozen=True)
class TimeLimitPresets:
    """Working days by matter kind and hours to a first response (Settings; common rules' defaults)."""

    workdays: dict[MatterKind, int] = field(
        default_factory=lambda: {
            MatterKind.INQUIRY: 5,
            MatterKind.SUGGESTION: 5,
            MatterKind.COMPLAINT: 7,
            MatterKind.COMPLEX: 15,
        }
    )
    first_response_hours: int = 24

    def to_setting(self) -> dict[str, Any]:
        return {
            "workdays": {kind.value: days for kind, days in self.workdays.items()},
            "first_response_hours": self.first_response_hours,
        }

    @classmethod
    def from_setting(cls, value: Any) -> TimeLimitPresets:
        """The stored setting; a part that is missing or not a sensible number keeps its default."""
        default = cls()
        if not isinstance(value, dict):
            return default
        days = dict(default.workdays)
        stored = value.get("workdays")
        for kind in MatterKind:
            given = stored.get(kind.value) if isinstance(stored, dict) else None
            if isinstance(given, int) and not isinstance(given, bool) and 1 <= given <= MAX_WORKDAYS:
                days[kind] = given
        hours = value.get("first_response_hours")
        if not (isinstance(hours, int) and not isinstance(hours, bool) and 1 <= hours <= 240):
            hours = default.first_response_hours
        return cls(days, hours)


def check_workdays(workdays: int) -> int:
    if not 1 <= workdays <= MAX_WORKDAYS:
        raise ValidationError(
            f"办理时限应为 1 到 {MAX_WORKDAYS} 个工作日。", code="bad_workdays", field="workdays"
        )
    return workdays


@dataclass(frozen=True)
class ReplyRecord:
    id: int
    assignment_id: int
    at: datetime
    text: str
    final: bool
    netizen_answered: bool
    answered_where: str
    recorded_by: int | None
    recorded_by_name: str
    review: str  # "" waiting, "accepted", "returned"
    review_reason: str
    reviewed_at: datetime | None
    attachments: tuple[str, ...] = ()


@dataclass(frozen=True)
class ExtensionRecord:
    id: int
    assignment_id: int
    requested_at: datetime
    old_due_on: date
    to_date: date
    reason: str
    decision: str  # "" waiting, "granted", "refused"
    decided_at: datetime | None


@dataclass(frozen=True)
class UrgeRecord:
    id: int
    assignment_id: int
    at: datetime
    how: UrgeHow
    note: str
    recorded_by_name: str


@dataclass(frozen=True)
class AssignmentRecord:
    id: int
    matter_id: int
    matter_number: str
    matter_title: str
    unit_id: int
    unit_name: str
    lead: bool
    instruction: str
    assigned_at: datetime
    workdays: int | None
    due_on: date
    first_response_hours: int | None
    status: AssignmentStatus
    accepted_at: datetime | None
    replied_at: datetime | None
    done_at: datetime | None
    created_at: datetime
    version: int
    replies: tuple[ReplyRecord, ...] = ()
    extensions: tuple[ExtensionRecord, ...] = ()
    urges: tuple[UrgeRecord, ...] = ()

    @property
    def role_zh(self) -> str:
        return "主办" if self.lead else "协办"


@dataclass(frozen=True)
class MeetingRecord:
    """A research meeting on a matter (研判)."""

    id: int
    matter_id: int
    at: datetime
    participants: str
    units: str
    conclusion: str
    measures: str
    recorded_by_name: str
