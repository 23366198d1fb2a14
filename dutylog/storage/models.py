"""SQLAlchemy ORM tables (typed, 2.0 style).

Times are naive local wall-clock times: a duty office works in one time zone and
its documents print local times. Enumerations are stored as their English codes.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Stable constraint names keep Alembic's batch migrations on SQLite predictable.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Setting(Base):
    """Key/value settings shared by every workstation (unit name, prefixes, limits)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class Unit(Base):
    """An organisational unit (部门/单位)."""

    __tablename__ = "unit"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Staff(Base):
    __tablename__ = "staff"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), index=True)
    phone: Mapped[str] = mapped_column(String(30), default="")
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    title: Mapped[str] = mapped_column(String(50), default="")
    is_officer: Mapped[bool] = mapped_column(Boolean, default=False)
    is_leader: Mapped[bool] = mapped_column(Boolean, default=False)
    is_standby: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    unit: Mapped[Unit | None] = relationship()


class DutySlot(Base):
    """One person assigned to one role on one shift of one duty day."""

    __tablename__ = "duty_slot"
    __table_args__ = (
        UniqueConstraint("duty_date", "shift", "role", "staff_id", name="uq_duty_slot_person"),
        Index("ix_duty_slot_date_shift", "duty_date", "shift"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    duty_date: Mapped[date] = mapped_column(Date)
    shift: Mapped[str] = mapped_column(String(10))
    role: Mapped[str] = mapped_column(String(10))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # "generated" slots may be replaced by re-generating; "manual" and "change" slots stay.
    origin: Mapped[str] = mapped_column(String(12), default="manual", server_default="manual")

    staff: Mapped[Staff] = relationship()


class Matter(Base):
    """A matter found on duty (舆情/事项)."""

    __tablename__ = "matter"
    __table_args__ = (
        UniqueConstraint("year", "seq", name="uq_matter_year_seq"),
        Index("ix_matter_discovered", "discovered_at"),
        Index("ix_matter_status_grade", "status", "grade"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    summary: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(100), default="")
    url: Mapped[str] = mapped_column(Text, default="")
    author_name: Mapped[str] = mapped_column(String(100), default="")
    published_at: Mapped[datetime | None] = mapped_column(DateTime)
    discovered_at: Mapped[datetime] = mapped_column(DateTime)
    reported_at: Mapped[datetime | None] = mapped_column(DateTime)
    grade: Mapped[str] = mapped_column(String(20))
    sentiment: Mapped[str] = mapped_column(String(20), default="negative")
    status: Mapped[str] = mapped_column(String(20))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    outcome: Mapped[str] = mapped_column(Text, default="")
    posts_removed: Mapped[int] = mapped_column(Integer, default=0)
    follow_up_until: Mapped[date | None] = mapped_column(Date)
    # When the special report (专报/特报) for a major matter went up.
    special_reported_at: Mapped[datetime | None] = mapped_column(DateTime)
    # A voided matter stays in the ledger (its number is never reused) but is marked 作废.
    voided_at: Mapped[datetime | None] = mapped_column(DateTime)
    void_reason: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    unit: Mapped[Unit | None] = relationship()


class MatterTag(Base):
    """A category tag on a matter (失实报道, 谣言, ...)."""

    __tablename__ = "matter_tag"
    matter_id: Mapped[int] = mapped_column(ForeignKey("matter.id", ondelete="CASCADE"), primary_key=True)
    tag: Mapped[str] = mapped_column(String(50), primary_key=True, index=True)


class MatterMeasure(Base):
    """A handling measure applied to a matter (跟帖引导, 删帖, ...)."""

    __tablename__ = "matter_measure"
    matter_id: Mapped[int] = mapped_column(ForeignKey("matter.id", ondelete="CASCADE"), primary_key=True)
    measure: Mapped[str] = mapped_column(String(50), primary_key=True, index=True)


class MatterEvent(Base):
    """One step in a matter's timeline: who did what, when."""

    __tablename__ = "matter_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    matter_id: Mapped[int] = mapped_column(ForeignKey("matter.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")


class LogEntry(Base):
    """An entry in the daily log (值班日志)."""

    __tablename__ = "log_entry"
    __table_args__ = (Index("ix_log_entry_day", "duty_date", "occurred_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(DateTime)
    duty_date: Mapped[date] = mapped_column(Date)
    shift: Mapped[str] = mapped_column(String(10))
    kind: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    # Kind-specific fields (sources patrolled, caller, instructing leader...) as JSON.
    details: Mapped[str] = mapped_column(Text, default="{}")
    author_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    matter_id: Mapped[int | None] = mapped_column(ForeignKey("matter.id"), index=True)
    # A correction after the shift closed points at the entry it amends.
    amends_id: Mapped[int | None] = mapped_column(ForeignKey("log_entry.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    author: Mapped[Staff | None] = relationship()
    matter: Mapped[Matter | None] = relationship()


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


class AppUser(Base):
    """A login account, linked to a member of staff."""

    __tablename__ = "app_user"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(50), unique=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(200), default="")
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)


class AuditRecord(Base):
    """Append-only audit trail; each row's hash covers the previous row's hash."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    username: Mapped[str] = mapped_column(String(50), default="")
    action: Mapped[str] = mapped_column(String(30))
    entity: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[str] = mapped_column(String(40), default="")
    before_json: Mapped[str] = mapped_column(Text, default="")
    after_json: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64), default="")


# Area tables live in their own modules; importing them registers them on Base.metadata.
from dutylog.storage import (  # noqa: E402, F401
    models_briefings,
    models_changes,
    models_ledgerio,
    models_roster,
    models_trust,
)

# Tables of the log/matters area live in their own module to keep this one readable.
from dutylog.storage.models_matters import EvidenceFile, MatterCounter, ShiftClosure  # noqa: E402

__all__ = [
    "AppUser",
    "AuditRecord",
    "Base",
    "Briefing",
    "DutySlot",
    "EvidenceFile",
    "LogEntry",
    "Matter",
    "MatterCounter",
    "MatterEvent",
    "MatterMeasure",
    "MatterTag",
    "Setting",
    "ShiftClosure",
    "Staff",
    "Unit",
]
