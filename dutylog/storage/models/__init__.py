"""SQLAlchemy ORM tables (typed, 2.0 style), a module per area of the office.

Times are naive local wall-clock times: a duty office works in one time zone and
its documents print local times. Enumerations are stored as their English codes.
Importing this package registers every table on ``Base.metadata``.
"""

from dutylog.storage.models.accounts import AppUser, AuditHead, AuditRecord, RecordVoid
from dutylog.storage.models.base import Base
from dutylog.storage.models.briefings import Briefing, BriefingVersion, UpwardSubmission
from dutylog.storage.models.log import LogEntry, ShiftClosure
from dutylog.storage.models.matters import (
    EvidenceFile,
    LedgerImport,
    Matter,
    MatterCounter,
    MatterEvent,
    MatterExtraField,
    MatterMeasure,
    MatterTag,
)
from dutylog.storage.models.office import ChangeCounter, Setting
from dutylog.storage.models.plans import (
    Drill,
    DrillPerson,
    Keyword,
    MatterKeyword,
    MatterPlan,
    MatterPlanStep,
    Plan,
    PlanStep,
)
from dutylog.storage.models.roster import (
    DutyChange,
    DutySlot,
    HolidayEntry,
    HolidayYear,
    SpecialPeriod,
    Staff,
    StaffLeave,
    SwapRequest,
    Unit,
)
from dutylog.storage.models.supervision import (
    MatterAssignment,
    MatterExtension,
    MatterMeeting,
    MatterReply,
    MatterReplyFile,
    MatterUrge,
    SubmissionQuota,
    UnitContact,
)

__all__ = [
    "AppUser",
    "AuditHead",
    "AuditRecord",
    "Base",
    "Briefing",
    "BriefingVersion",
    "ChangeCounter",
    "Drill",
    "DrillPerson",
    "DutyChange",
    "DutySlot",
    "EvidenceFile",
    "HolidayEntry",
    "HolidayYear",
    "Keyword",
    "LedgerImport",
    "LogEntry",
    "Matter",
    "MatterAssignment",
    "MatterCounter",
    "MatterEvent",
    "MatterExtension",
    "MatterExtraField",
    "MatterKeyword",
    "MatterMeasure",
    "MatterMeeting",
    "MatterPlan",
    "MatterPlanStep",
    "MatterReply",
    "MatterReplyFile",
    "MatterTag",
    "MatterUrge",
    "Plan",
    "PlanStep",
    "RecordVoid",
    "Setting",
    "ShiftClosure",
    "SpecialPeriod",
    "Staff",
    "StaffLeave",
    "SubmissionQuota",
    "SwapRequest",
    "Unit",
    "UnitContact",
    "UpwardSubmission",
]
