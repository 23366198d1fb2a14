"""Tables of the daily log: entries and closed shifts."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import (
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from dutylog.storage.models.base import Base

if TYPE_CHECKING:
    from dutylog.storage.models.matters import Matter
    from dutylog.storage.models.roster import Staff


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


class ShiftClosure(Base):
    """A shift whose log was closed: its entries are read-only from then on."""

    __tablename__ = "shift_closure"
    duty_date: Mapped[date] = mapped_column(Date, primary_key=True)
    shift: Mapped[str] = mapped_column(String(10), primary_key=True)
    closed_at: Mapped[datetime] = mapped_column(DateTime)
    closed_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    note: Mapped[str] = mapped_column(Text, default="")
