"""Roster tables: leave, the holiday calendar, special periods and the change log."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from dutylog.storage.models import Base, Staff


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
