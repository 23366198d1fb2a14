"""Entries of the daily log, closed shifts and amendments."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, joinedload

from dutylog.domain.enums import EntryKind, Shift
from dutylog.domain.errors import NotFoundError
from dutylog.domain.log.patrols import PatrolEntry, patrol_entry
from dutylog.domain.log.records import LogEntryRecord
from dutylog.storage.locking import update_versioned
from dutylog.storage.models import LogEntry, ShiftClosure, Staff
from dutylog.storage.records import to_record
from dutylog.storage.search import search_log_ids


def _details(text: str | None) -> dict[str, Any]:
    """An entry's kind-specific fields; an unreadable column reads as none."""
    try:
        details = json.loads(text or "{}")
    except ValueError:
        return {}
    return details if isinstance(details, dict) else {}


def entry_record(row: LogEntry, *, locked: bool = False) -> LogEntryRecord:
    return to_record(
        LogEntryRecord,
        row,
        author_name=row.author.name if row.author else "",
        matter_number=row.matter.number if row.matter else "",
        details=_details(row.details),
        locked=locked,
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
        amends_id: int | None = None,
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
            amends_id=amends_id,
            created_at=created_at,
            version=1,
        )
        self.session.add(row)
        self.session.flush()
        self.session.refresh(row, ["author", "matter"])
        return entry_record(row, locked=self.is_closed(duty_date, shift))

    def get(self, entry_id: int) -> LogEntryRecord:
        row = self.session.get(
            LogEntry, entry_id, options=[joinedload(LogEntry.author), joinedload(LogEntry.matter)]
        )
        if row is None:
            raise NotFoundError(f"找不到日志记录 {entry_id}。")
        return entry_record(row, locked=self.is_closed(row.duty_date, Shift(row.shift)))

    def update(
        self,
        entry_id: int,
        *,
        expected_version: int,
        text: str,
        details: dict[str, Any] | None = None,
        matter_id: int | object | None = ...,
    ) -> LogEntryRecord:
        """Save changed fields if nobody saved a newer version; raises ConflictError otherwise.

        ``details`` and ``matter_id`` are left as they are when not given.
        """
        values: dict[str, Any] = {"text": text}
        if details is not None:
            values["details"] = json.dumps(details, ensure_ascii=False)
        if matter_id is not ...:
            values["matter_id"] = matter_id
        update_versioned(
            self.session, LogEntry, entry_id, expected_version=expected_version, values=values, label="日志"
        )
        return self.get(entry_id)

    def set_details(self, entry_id: int, details: dict[str, Any]) -> None:
        """Write kind fields that change after the entry (a handover's confirmation)."""
        self.session.execute(
            update(LogEntry)
            .where(LogEntry.id == entry_id)
            .values(details=json.dumps(details, ensure_ascii=False), version=LogEntry.version + 1)
            .execution_options(synchronize_session=False)
        )
        self.session.expire_all()

    def _closed_set(self, days: Sequence[date]) -> set[tuple[date, str]]:
        if not days:
            return set()
        rows = self.session.execute(
            select(ShiftClosure.duty_date, ShiftClosure.shift).where(ShiftClosure.duty_date.in_(set(days)))
        )
        return {(day, shift) for day, shift in rows}

    def for_day(self, duty_date: date, shift: Shift | None = None) -> list[LogEntryRecord]:
        query = (
            select(LogEntry)
            .options(joinedload(LogEntry.author), joinedload(LogEntry.matter))
            .where(LogEntry.duty_date == duty_date)
            .order_by(LogEntry.occurred_at, LogEntry.id)
        )
        if shift is not None:
            query = query.where(LogEntry.shift == shift.value)
        closed = self._closed_set([duty_date])
        return [
            entry_record(row, locked=(row.duty_date, row.shift) in closed)
            for row in self.session.scalars(query)
        ]

    def patrols_between(
        self, first: date, last: date, *, details: bool = True
    ) -> list[tuple[date, PatrolEntry]]:
        """The patrol entries of a period of duty dates, oldest first, as the schedule needs them.

        Light rows (a year of a busy office holds ~75,000 patrols): the columns the
        schedule reads, not full log records. ``details=False`` leaves out the sources and
        result (statistics count patrols; decoding them is most of a year's cost).
        """
        query = (
            select(LogEntry.id, LogEntry.duty_date, LogEntry.occurred_at, LogEntry.details, Staff.name)
            .outerjoin(Staff, Staff.id == LogEntry.author_id)
            .where(LogEntry.duty_date.between(first, last), LogEntry.kind == EntryKind.PATROL.value)
            .order_by(LogEntry.occurred_at, LogEntry.id)
        )
        rows = self.session.execute(query)
        if not details:
            return [(day, PatrolEntry(entry_id, at, author or "")) for entry_id, day, at, _, author in rows]
        return [
            (day, patrol_entry(entry_id, at, author or "", _details(text)))
            for entry_id, day, at, text, author in rows
        ]

    def many(self, ids: Sequence[int]) -> list[LogEntryRecord]:
        rows = {
            row.id: row
            for row in self.session.scalars(
                select(LogEntry)
                .options(joinedload(LogEntry.author), joinedload(LogEntry.matter))
                .where(LogEntry.id.in_(ids))
            )
        }
        closed = self._closed_set([row.duty_date for row in rows.values()])
        return [
            entry_record(rows[i], locked=(rows[i].duty_date, rows[i].shift) in closed)
            for i in ids
            if i in rows
        ]

    def for_matter(self, matter_id: int) -> list[LogEntryRecord]:
        ids = self.session.scalars(
            select(LogEntry.id)
            .where(LogEntry.matter_id == matter_id)
            .order_by(LogEntry.occurred_at, LogEntry.id)
        )
        return self.many(list(ids))

    def is_closed(self, duty_date: date, shift: Shift) -> bool:
        return self.session.get(ShiftClosure, (duty_date, shift.value)) is not None

    def close_shift(
        self, duty_date: date, shift: Shift, *, at: datetime, by: int | None, note: str = ""
    ) -> None:
        self.session.add(
            ShiftClosure(duty_date=duty_date, shift=shift.value, closed_at=at, closed_by=by, note=note)
        )
        self.session.flush()

    def search_ids(self, term: str, *, limit: int = 50, before_id: int | None = None) -> list[int]:
        return search_log_ids(self.session, term, limit=limit, before_id=before_id)

    def count(self) -> int:
        return self.session.scalar(select(func.count(LogEntry.id))) or 0
