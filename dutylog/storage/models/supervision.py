"""Tables of assign-and-supervise (交办督办): contacts, assignments, replies, extensions,
urges, research meetings and the quotas of the information-submission assessment."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from dutylog.storage.models.base import Base


class UnitContact(Base):
    """A unit's liaison (联络员) or leader (分管领导) in the contact book (通讯录)."""

    __tablename__ = "unit_contact"
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    name: Mapped[str] = mapped_column(String(50), index=True)
    role: Mapped[str] = mapped_column(String(20), default="liaison")
    post: Mapped[str] = mapped_column(String(50), default="")
    office_phone: Mapped[str] = mapped_column(String(30), default="")
    mobile: Mapped[str] = mapped_column(String(30), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)


class MatterAssignment(Base):
    """A matter assigned to a unit (交办), lead (主办) or assisting (协办), with its deadline."""

    __tablename__ = "matter_assignment"
    __table_args__ = (
        UniqueConstraint("matter_id", "unit_id", name="uq_matter_assignment_matter_unit"),
        Index("ix_matter_assignment_open", "status", "due_on"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    matter_id: Mapped[int] = mapped_column(ForeignKey("matter.id"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    lead: Mapped[bool] = mapped_column(Boolean, default=True)
    instruction: Mapped[str] = mapped_column(Text, default="")
    assigned_at: Mapped[datetime] = mapped_column(DateTime)
    # Working days given, if the deadline was given that way (None: a date was given).
    workdays: Mapped[int | None] = mapped_column(Integer)
    due_on: Mapped[date] = mapped_column(Date)
    first_response_hours: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20))
    accepted_at: Mapped[datetime | None] = mapped_column(DateTime)
    # The first reply: what "replied on time" is measured by.
    replied_at: Mapped[datetime | None] = mapped_column(DateTime)
    done_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    # When it was typed in: reminders never start for dates gone before that.
    created_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)


class MatterReply(Base):
    """A unit's reply to an assignment and the office's review of it."""

    __tablename__ = "matter_reply"
    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_id: Mapped[int] = mapped_column(ForeignKey("matter_assignment.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    text: Mapped[str] = mapped_column(Text)
    # The unit says it has finished (a final reply), not just how far it has got.
    final: Mapped[bool] = mapped_column(Boolean, default=False)
    netizen_answered: Mapped[bool] = mapped_column(Boolean, default=False)
    answered_where: Mapped[str] = mapped_column(String(200), default="")
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    # "" (waiting), "accepted" or "returned".
    review: Mapped[str] = mapped_column(String(20), default="")
    review_reason: Mapped[str] = mapped_column(Text, default="")
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime)
    reviewed_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class MatterReplyFile(Base):
    """A file attached to a reply, kept as the matter's evidence (hash-checked like the rest)."""

    __tablename__ = "matter_reply_file"
    reply_id: Mapped[int] = mapped_column(ForeignKey("matter_reply.id"), primary_key=True)
    evidence_id: Mapped[int] = mapped_column(ForeignKey("evidence_file.id"), primary_key=True)


class MatterExtension(Base):
    """A unit's request to extend its deadline (延期) and the office's decision."""

    __tablename__ = "matter_extension"
    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_id: Mapped[int] = mapped_column(ForeignKey("matter_assignment.id"), index=True)
    requested_at: Mapped[datetime] = mapped_column(DateTime)
    old_due_on: Mapped[date] = mapped_column(Date)
    to_date: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    # "" (waiting), "granted" or "refused".
    decision: Mapped[str] = mapped_column(String(20), default="")
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class MatterUrge(Base):
    """A reminder sent to a late unit (催办): by phone or with a supervision card."""

    __tablename__ = "matter_urge"
    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_id: Mapped[int] = mapped_column(ForeignKey("matter_assignment.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    how: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class MatterMeeting(Base):
    """A research meeting on a matter (研判会)."""

    __tablename__ = "matter_meeting"
    __table_args__ = (Index("ix_matter_meeting_at", "at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    matter_id: Mapped[int] = mapped_column(ForeignKey("matter.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    participants: Mapped[str] = mapped_column(Text, default="")
    units: Mapped[str] = mapped_column(Text, default="")
    conclusion: Mapped[str] = mapped_column(Text, default="")
    measures: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)


class SubmissionQuota(Base):
    """How many items of information a unit must submit in a period (信息报送任务数)."""

    __tablename__ = "upward_submission_quota"
    __table_args__ = (
        UniqueConstraint("unit_id", "period", "starts_on", name="uq_upward_submission_quota_unit_period"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    period: Mapped[str] = mapped_column(String(10))
    starts_on: Mapped[date] = mapped_column(Date)
    quota: Mapped[int] = mapped_column(Integer)
