"""Tables of the briefings area: briefings, their versions, upward submissions."""

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
)
from sqlalchemy.orm import Mapped, mapped_column

from dutylog.storage.models.base import Base


class Briefing(Base):
    """An end-of-day briefing (当日汇报) or other report awaiting review."""

    __tablename__ = "briefing"
    __table_args__ = (Index("ix_briefing_date", "duty_date"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    duty_date: Mapped[date] = mapped_column(Date)
    shift: Mapped[str | None] = mapped_column(String(10))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    status: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200), default="")
    body_html: Mapped[str] = mapped_column(Text, default="")
    instruction: Mapped[str] = mapped_column(Text, default="")
    return_reason: Mapped[str] = mapped_column(Text, default="")
    signed_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    signed_at: Mapped[datetime | None] = mapped_column(DateTime)
    content_sha256: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # "daily" (当日汇报) or "monthly" (舆情月报, dated the first of its month).
    kind: Mapped[str] = mapped_column(String(10), default="daily", server_default="daily", nullable=False)


class BriefingVersion(Base):
    """One saved state of a briefing; rows are only ever added, never changed."""

    __tablename__ = "briefing_version"
    __table_args__ = (Index("ix_briefing_version_briefing", "briefing_id", "version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    briefing_id: Mapped[int] = mapped_column(ForeignKey("briefing.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[datetime] = mapped_column(DateTime)
    title: Mapped[str] = mapped_column(String(200), default="")
    body_html: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    content_sha256: Mapped[str] = mapped_column(String(64), default="")


class UpwardSubmission(Base):
    """An item of information sent to a higher body (信息报送)."""

    __tablename__ = "upward_submission"
    __table_args__ = (Index("ix_upward_submission_sent_on", "sent_on"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    sent_on: Mapped[date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(200))
    recipient: Mapped[str] = mapped_column(String(100), default="")
    matter_id: Mapped[int | None] = mapped_column(ForeignKey("matter.id"), index=True)
    # The unit the information came from, scored by the assessment (信息报送考核).
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), index=True)
    adopted: Mapped[bool] = mapped_column(Boolean, default=False)
    instructed: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)
