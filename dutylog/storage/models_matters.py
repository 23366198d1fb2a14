"""Tables added by the log/matters area: number counters, evidence files, closed shifts."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from dutylog.storage.models import Base


class MatterCounter(Base):
    """The last sequence number handed out per year.

    Kept apart from ``matter`` so a number stays used even if its matter is voided
    or removed: numbers printed in briefings must never point at two matters.
    """

    __tablename__ = "matter_counter"
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)


class EvidenceFile(Base):
    """A backed-up piece of evidence (有害信息备份), addressed by the SHA-256 of its bytes."""

    __tablename__ = "evidence_file"
    id: Mapped[int] = mapped_column(primary_key=True)
    matter_id: Mapped[int] = mapped_column(ForeignKey("matter.id"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer)
    # "file": bytes live in the managed folder beside the database; "db": in ``data``.
    stored_in: Mapped[str] = mapped_column(String(10), default="file")
    data: Mapped[bytes | None] = mapped_column(LargeBinary)
    note: Mapped[str] = mapped_column(Text, default="")
    added_at: Mapped[datetime] = mapped_column(DateTime)
    added_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class ShiftClosure(Base):
    """A shift whose log was closed: its entries are read-only from then on."""

    __tablename__ = "shift_closure"
    duty_date: Mapped[date] = mapped_column(Date, primary_key=True)
    shift: Mapped[str] = mapped_column(String(10), primary_key=True)
    closed_at: Mapped[datetime] = mapped_column(DateTime)
    closed_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    note: Mapped[str] = mapped_column(Text, default="")
