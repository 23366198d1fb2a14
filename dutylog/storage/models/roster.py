"""Tables of the roster area: units, staff, duty slots, leave, holidays, special periods, changes."""

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
from sqlalchemy.orm import Mapped, mapped_column, relationship

from dutylog.storage.models.base import Base


class Unit(Base):
    """An organisational unit (部门/单位)."""

    __tablename__ = "unit"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    short_name: Mapped[str] = mapped_column(String(50), default="")
    # department / township / company (domain.supervision.units.UnitKind)
    kind: Mapped[str] = mapped_column(String(20), default="department")
    # A retired unit keeps its history but is offered for no new assignment.
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)


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


class StaffLeave(Base):
    """A period a person cannot be on duty (请假/不可值班), both days inclusive."""

    __tablename__ = "staff_leave"
    __table_args__ = (Index("ix_staff_leave_person", "staff_id", "first_day"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    first_day: Mapped[date] = mapped_column(Date)
    last_day: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")

    staff: Mapped[Staff] = relationship()


class HolidayEntry(Base):
    """A statutory holiday day or a make-up workday (调休上班)."""

    __tablename__ = "holiday_day"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(50), default="")
    source: Mapped[str] = mapped_column(String(10), default="admin")


class HolidayYear(Base):
    """A year whose holiday schedule is in the table (filled from the package or by the admin)."""

    __tablename__ = "holiday_year"
    year: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    source: Mapped[str] = mapped_column(String(10), default="admin")


class SpecialPeriod(Base):
    """A named date range that needs round-the-clock coverage (重大活动/敏感时期)."""

    __tablename__ = "special_period"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    first_day: Mapped[date] = mapped_column(Date, index=True)
    last_day: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class DutyChange(Base):
    """One change to the roster: swap, substitute or manual assignment, kept for tracing."""

    __tablename__ = "duty_change"
    __table_args__ = (Index("ix_duty_change_date", "duty_date"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(12))
    duty_date: Mapped[date] = mapped_column(Date)
    shift: Mapped[str] = mapped_column(String(10))
    role: Mapped[str] = mapped_column(String(10))
    original_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    new_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    reason: Mapped[str] = mapped_column(Text, default="")
    made_by: Mapped[str] = mapped_column(String(50), default="")
    made_at: Mapped[datetime] = mapped_column(DateTime)
    # Both halves of a swap share a group id (the first change's id).
    group_id: Mapped[int | None] = mapped_column()


class SwapRequest(Base):
    """A request to hand one's duty to someone else (替班) or to exchange duties (调班).

    The roster changes only when a supervisor or administrator approves, after the
    other person accepted; the request keeps who asked, accepted and decided, and when.
    """

    __tablename__ = "swap_request"
    __table_args__ = (Index("ix_swap_request_status", "status", "duty_date"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    # The requester's duty as it was asked for (the slot itself changes on approval).
    slot_id: Mapped[int] = mapped_column(ForeignKey("duty_slot.id"))
    duty_date: Mapped[date] = mapped_column(Date)
    shift: Mapped[str] = mapped_column(String(10))
    role: Mapped[str] = mapped_column(String(10))
    requester_staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    other_staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    # The other person's duty the requester takes in exchange; none for a substitute.
    other_slot_id: Mapped[int | None] = mapped_column(ForeignKey("duty_slot.id"))
    reason: Mapped[str] = mapped_column(Text, default="")
    # pending -> accepted -> approved; refused at any point before approval
    status: Mapped[str] = mapped_column(String(12), default="pending")
    requested_by: Mapped[str] = mapped_column(String(50))
    requested_at: Mapped[datetime] = mapped_column(DateTime)
    accepted_by: Mapped[str] = mapped_column(String(50), default="")
    accepted_at: Mapped[datetime | None] = mapped_column(DateTime)
    decided_by: Mapped[str] = mapped_column(String(50), default="")
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)
    decision_reason: Mapped[str] = mapped_column(Text, default="")
    # The duty_change written on approval (its group for an exchange).
    change_id: Mapped[int | None] = mapped_column(ForeignKey("duty_change.id"))
