"""The change counter: one row per area, bumped by every transaction that writes to it.

Workstations poll this small table (every ~2 s) to learn which areas others changed,
which works the same on an SQLite file shared by processes and on a PostgreSQL server.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from dutylog.storage.models import Base


class ChangeCounter(Base):
    __tablename__ = "change_counter"
    area: Mapped[str] = mapped_column(String(40), primary_key=True)
    serial: Mapped[int] = mapped_column(BigInteger, default=0)
