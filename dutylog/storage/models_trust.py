"""Tables for trustworthy records: the audit chain's head and voided records."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from dutylog.storage.models import Base


class AuditHead(Base):
    """One row: the last audit record's id and hash and the number of records.

    Kept apart from ``audit_log`` so that cutting records off the end of the
    chain is detected too.
    """

    __tablename__ = "audit_head"
    # A singleton (id 1): no id sequence to keep in step.
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    last_id: Mapped[int] = mapped_column(Integer, default=0)
    last_hash: Mapped[str] = mapped_column(String(64), default="")
    count: Mapped[int] = mapped_column(Integer, default=0)


class RecordVoid(Base):
    """A record declared void, with the reason: the record itself is kept as evidence."""

    __tablename__ = "record_void"
    __table_args__ = (UniqueConstraint("entity", "entity_id", name="uq_record_void_entity"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    username: Mapped[str] = mapped_column(String(50), default="")
