"""Tables of emergency plans (应急预案): plans and their steps, the checklists started on
matters, keyword watch lists (关键词) and the drills and training sessions (演练/培训)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from dutylog.storage.models.base import Base


class Plan(Base):
    """An emergency plan: when it starts and the document it was typed from."""

    __tablename__ = "plan"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    # Trigger: a grade code ("" none), tags and keywords one per line; by hand always works.
    min_grade: Mapped[str] = mapped_column(String(20), default="")
    trigger_tags: Mapped[str] = mapped_column(Text, default="")
    trigger_keywords: Mapped[str] = mapped_column(Text, default="")
    # The plan's own document (PDF/DOCX), kept in the database with its SHA-256.
    document_name: Mapped[str] = mapped_column(String(255), default="")
    document_sha256: Mapped[str] = mapped_column(String(64), default="")
    document_data: Mapped[bytes | None] = mapped_column(LargeBinary)
    note: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)


class PlanStep(Base):
    """One step of a plan: what, who, within how long, and the document it produces."""

    __tablename__ = "plan_step"
    __table_args__ = (UniqueConstraint("plan_id", "position", name="uq_plan_step_plan_position"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    who: Mapped[str] = mapped_column(String(120))
    # The limit as typed ("30", "4h", "2wd"); minutes or working days.
    time_limit: Mapped[str] = mapped_column(String(20))
    produces: Mapped[str] = mapped_column(String(20), default="")


class MatterPlan(Base):
    """A plan started on a matter; its steps are copied so later edits of the plan
    never change a checklist already running."""

    __tablename__ = "matter_plan"
    __table_args__ = (Index("ix_matter_plan_open", "stopped_at", "matter_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    matter_id: Mapped[int] = mapped_column(ForeignKey("matter.id"), index=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id"), index=True)
    plan_name: Mapped[str] = mapped_column(String(100))
    # "trigger" (met the plan's trigger when recorded) or "hand".
    how: Mapped[str] = mapped_column(String(20))
    counted_from: Mapped[datetime] = mapped_column(DateTime)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    started_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    stopped_at: Mapped[datetime | None] = mapped_column(DateTime)
    stopped_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    stop_reason: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)


class MatterPlanStep(Base):
    """A step of a started plan with its due time and what became of it."""

    __tablename__ = "matter_plan_step"
    __table_args__ = (
        UniqueConstraint("matter_plan_id", "position", name="uq_matter_plan_step_position"),
        Index("ix_matter_plan_step_open", "status", "due_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    matter_plan_id: Mapped[int] = mapped_column(ForeignKey("matter_plan.id"))
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    who: Mapped[str] = mapped_column(String(120))
    time_limit: Mapped[str] = mapped_column(String(20))
    produces: Mapped[str] = mapped_column(String(20), default="")
    due_at: Mapped[datetime] = mapped_column(DateTime)
    # "open", "done" or "skipped"; overdue is computed from the clock, never stored.
    status: Mapped[str] = mapped_column(String(12), default="open")
    done_at: Mapped[datetime | None] = mapped_column(DateTime)
    done_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    skip_reason: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)


class Keyword(Base):
    """A word or phrase on the watch list; retired words stay for their history."""

    __tablename__ = "keyword"
    id: Mapped[int] = mapped_column(primary_key=True)
    word: Mapped[str] = mapped_column(String(100), unique=True)
    category: Mapped[str] = mapped_column(String(50), default="")
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plan.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    retired_at: Mapped[datetime | None] = mapped_column(DateTime)


class MatterKeyword(Base):
    """A keyword found in a matter's title, summary or a log entry about it."""

    __tablename__ = "matter_keyword"
    matter_id: Mapped[int] = mapped_column(ForeignKey("matter.id", ondelete="CASCADE"), primary_key=True)
    keyword_id: Mapped[int] = mapped_column(ForeignKey("keyword.id"), primary_key=True, index=True)
    # Where it was first seen: "title", "summary" or "log".
    found_in: Mapped[str] = mapped_column(String(20))
    found_at: Mapped[datetime] = mapped_column(DateTime)


class Drill(Base):
    """A drill of a plan (演练) or a training session (培训)."""

    __tablename__ = "drill"
    __table_args__ = (Index("ix_drill_held_on", "held_on"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    # "drill" or "training".
    kind: Mapped[str] = mapped_column(String(20))
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plan.id"), index=True)
    held_on: Mapped[date] = mapped_column(Date)
    scenario: Mapped[str] = mapped_column(Text, default="")
    findings: Mapped[str] = mapped_column(Text, default="")
    improvements: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)


class DrillPerson(Base):
    """A member of staff who took part in a drill or training session."""

    __tablename__ = "drill_person"
    drill_id: Mapped[int] = mapped_column(ForeignKey("drill.id", ondelete="CASCADE"), primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), primary_key=True, index=True)
