"""Tables of the matters area: matters, tags, measures, events, numbering, evidence, ledger imports."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import (
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
from sqlalchemy.orm import Mapped, mapped_column, relationship

from dutylog.storage.models.base import Base

if TYPE_CHECKING:
    from dutylog.storage.models.roster import Unit


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


class LedgerImport(Base):
    """A ledger sheet imported into the matters; the file's SHA-256 and the sheet refuse a second import."""

    __tablename__ = "ledger_import"
    __table_args__ = (UniqueConstraint("sha256", "sheet", name="uq_ledger_import_file_sheet"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(255))
    sheet: Mapped[str] = mapped_column(String(100), default="")
    row_count: Mapped[int] = mapped_column(Integer)
    first_number: Mapped[str] = mapped_column(String(40), default="")
    last_number: Mapped[str] = mapped_column(String(40), default="")
    imported_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    imported_at: Mapped[datetime] = mapped_column(DateTime)


class MatterExtraField(Base):
    """A column of an imported ledger that fills no field, kept with the matter as written.

    Nothing an office typed is dropped: shown with the matter, searched, exported again.
    """

    __tablename__ = "matter_extra_field"
    id: Mapped[int] = mapped_column(primary_key=True)
    matter_id: Mapped[int] = mapped_column(ForeignKey("matter.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(100))
    text: Mapped[str] = mapped_column(Text)
