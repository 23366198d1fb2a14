"""Enumerations shared by every layer.

Values are stable English codes (stored in the database and printed by the CLI's
JSON); ``zh`` and ``en`` are the labels people read.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Self

_LABELS: dict[tuple[str, str], tuple[str, str]] = {}


class LabelledEnum(StrEnum):
    """A string enum whose members carry a Chinese and an English label."""

    @property
    def zh(self) -> str:
        return _LABELS[(type(self).__name__, self.value)][0]

    @property
    def en(self) -> str:
        return _LABELS[(type(self).__name__, self.value)][1]

    def label(self, lang: str = "zh") -> str:
        return self.en if lang.startswith("en") else self.zh

    @classmethod
    def parse(cls, text: str) -> Self:
        """Accept the code, the Chinese label or the English label (case-insensitive)."""
        wanted = text.strip()
        for member in cls:
            if wanted in (member.value, member.zh) or wanted.lower() == member.en.lower():
                return member
        raise ValueError(text)

    @property
    def position(self) -> int:
        """Order of declaration: severity for grades, step for statuses."""
        # The names list, not list(type(self)): asked per row by a 100,000-row import.
        return type(self)._member_names_.index(self.name)


def _label(cls: type[LabelledEnum], labels: dict[str, tuple[str, str]]) -> None:
    missing = {member.value for member in cls} - set(labels)
    assert not missing, f"{cls.__name__} lacks labels for {missing}"
    for value, pair in labels.items():
        _LABELS[(cls.__name__, value)] = pair


class Grade(LabelledEnum):
    """Grade of a matter (舆情等级), from least to most serious."""

    ORDINARY = "ordinary"
    SERIOUS = "serious"
    MAJOR = "major"
    EXTRAORDINARY = "extraordinary"

    @property
    def rank(self) -> int:
        return self.position


class MatterStatus(LabelledEnum):
    """Where a matter stands in collect - verify - report - handle - follow up - close."""

    FOUND = "found"
    VERIFIED = "verified"
    REPORTED = "reported"
    HANDLING = "handling"
    FOLLOW_UP = "follow_up"
    CLOSED = "closed"

    @property
    def step(self) -> int:
        return self.position


class EntryKind(LabelledEnum):
    """Kinds of entries in the daily log (值班日志)."""

    PATROL = "patrol"
    MATTER_FOUND = "matter_found"
    CALL = "call"
    INSTRUCTION = "instruction"
    HANDOVER = "handover"
    OTHER = "other"


class DutyRole(LabelledEnum):
    """The part a person plays on a duty slot."""

    OFFICER = "officer"
    LEADER = "leader"
    STANDBY = "standby"


class Shift(LabelledEnum):
    """Named shifts. A day has one 24-hour duty, a day and a night shift, or three
    8-hour shifts (early, middle, late; the late one ends the next morning)."""

    DAY = "day"
    NIGHT = "night"
    FULL = "full"
    EARLY = "early"
    MIDDLE = "middle"
    LATE = "late"


class UserRole(LabelledEnum):
    """What an account may do."""

    OFFICER = "officer"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"
    # An auditor or a leader's secretary: reads everything, writes nothing.
    VIEWER = "viewer"


class BriefingKind(LabelledEnum):
    """What a reviewed document is: the end-of-day briefing or the monthly bulletin.

    Both go through the same life cycle (draft, submit, return or sign) and the same
    signing hash; a monthly bulletin's duty date is the first day of its month.
    """

    DAILY = "daily"
    MONTHLY = "monthly"


class BriefingStatus(LabelledEnum):
    """Life of an end-of-day briefing (当日汇报)."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    RETURNED = "returned"
    SIGNED = "signed"


_label(
    Grade,
    {
        "ordinary": ("一般", "Ordinary"),
        "serious": ("较大", "Serious"),
        "major": ("重大", "Major"),
        "extraordinary": ("特大", "Extraordinary"),
    },
)
_label(
    MatterStatus,
    {
        "found": ("发现", "Found"),
        "verified": ("核实", "Verified"),
        "reported": ("报送", "Reported"),
        "handling": ("处置", "Handling"),
        "follow_up": ("跟踪", "Following up"),
        "closed": ("办结", "Closed"),
    },
)
_label(
    EntryKind,
    {
        "patrol": ("巡查", "Patrol"),
        "matter_found": ("发现舆情", "Matter found"),
        "call": ("来电来文", "Call / document"),
        "instruction": ("领导指示", "Leader's instruction"),
        "handover": ("交接班", "Handover"),
        "other": ("其他", "Other"),
    },
)
_label(
    DutyRole,
    {
        "officer": ("值班员", "Duty officer"),
        "leader": ("带班领导", "Leader on duty"),
        "standby": ("备班", "Standby"),
    },
)
_label(
    Shift,
    {
        "day": ("白班", "Day"),
        "night": ("夜班", "Night"),
        "full": ("全天", "24 hours"),
        "early": ("早班", "Early"),
        "middle": ("中班", "Middle"),
        "late": ("大夜班", "Late"),
    },
)
_label(
    UserRole,
    {
        "officer": ("值班员", "Officer"),
        "supervisor": ("审核领导", "Supervisor"),
        "admin": ("管理员", "Administrator"),
        "viewer": ("查看人员", "Viewer"),
    },
)
_label(BriefingKind, {"daily": ("当日汇报", "Daily briefing"), "monthly": ("舆情月报", "Monthly bulletin")})
_label(
    BriefingStatus,
    {
        "draft": ("草稿", "Draft"),
        "submitted": ("已提交", "Submitted"),
        "returned": ("已退回", "Returned"),
        "signed": ("已审签", "Signed"),
    },
)
