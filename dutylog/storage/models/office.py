"""Tables of the office as a whole: settings and the change counters other workstations poll."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from dutylog.storage.models.base import Base


class Setting(Base):
    """Key/value settings shared by every workstation (unit name, prefixes, limits)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class ChangeCounter(Base):
    __tablename__ = "change_counter"
    area: Mapped[str] = mapped_column(String(40), primary_key=True)
    serial: Mapped[int] = mapped_column(BigInteger, default=0)
