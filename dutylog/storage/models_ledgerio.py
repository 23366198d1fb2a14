"""Tables of the ledger import/export area."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from dutylog.storage.models import Base


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
