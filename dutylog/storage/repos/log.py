"""Entries of the daily log."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from dutylog.domain.enums import EntryKind, Shift
from dutylog.domain.errors import NotFoundError
from dutylog.domain.records import LogEntryRecord
from dutylog.storage.locking import update_versioned
from dutylog.storage.models import LogEntry


def entry_record(row: LogEntry) -> LogEntryRecord:
    return LogEntryRecord(
        id=row.id,
        occurred_at=row.occurred_at,
        duty_date=row.duty_date,
        shift=Shift(row.shift),
        kind=EntryKind(row.kind),
        text=row.text,
        author_id=row.author_id,
        author_name=row.author.name if row.author else "",
        matter_id=row.matter_id,
        matter_number=row.matter.number if row.matter else "",
        created_at=row.created_at,
        version=row.version,
    )


class LogRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(
        self,
        *,
        occurred_at: datetime,
        duty_date: date,
        shift: Shift,
        kind: EntryKind,
        text: str,
        created_at: datetime,
        author_id: int | None = None,
        matter_id: int | None = None,
        details: dict[str, Any] | None = None,
    ) -> LogEntryRecord:
        row = LogEntry(
            occurred_at=occurred_at,
            duty_date=duty_date,
            shift=shift.value,
            kind=kind.value,
            text=text,
            details=json.dumps(details or {}, ensure_ascii=False),
            author_id=author_id,
            matter_id=matter_id,
            created_at=created_at,
            version=1,
        )
        self.session.add(row)
        self.session.flush()
        self.session.refresh(row, ["author", "matter"])
        return entry_record(row)

    def for_day(self, duty_date: date) -> list[LogEntryRecord]:
        query = (
            select(LogEntry)
            .options(joinedload(LogEntry.author), joinedload(LogEntry.matter))
            .where(LogEntry.duty_date == duty_date)
            .order_by(LogEntry.occurred_at, LogEntry.id)
        )
        return [entry_record(row) for row in self.session.scalars(query)]

    def count(self) -> int:
        return self.session.scalar(select(func.count(LogEntry.id))) or 0

    def get(self, entry_id: int) -> LogEntryRecord:
        row = self.session.get(
            LogEntry, entry_id, options=[joinedload(LogEntry.author), joinedload(LogEntry.matter)]
        )
        if row is None:
            raise NotFoundError(f"找不到编号为 {entry_id} 的日志记录。")
        return entry_record(row)

    def update(self, entry_id: int, *, expected_version: int, **values: Any) -> LogEntryRecord:
        """Save changed fields if nobody saved a newer version; raises ConflictError otherwise."""
        update_versioned(
            self.session, LogEntry, entry_id, expected_version=expected_version, values=values, label="日志"
        )
        return self.get(entry_id)
