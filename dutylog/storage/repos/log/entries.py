"""Entries of the daily log, closed shifts and amendments."""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, bindparam, func, select, text, update
from sqlalchemy.orm import Session, joinedload

from dutylog.domain.enums import EntryKind, Shift
from dutylog.domain.errors import NotFoundError
from dutylog.domain.log.patrols import PatrolEntry, patrol_entry
from dutylog.domain.log.records import LogEntryRecord
from dutylog.storage.locking import update_versioned
from dutylog.storage.models import LogEntry, ShiftClosure, Staff
from dutylog.storage.records import to_record
from dutylog.storage.search import search_log_ids

# The columns of a patrol that counting needs (see LogRepo._patrol_times).
_PATROL_TIMES = (
    "SELECT log_entry.id, log_entry.duty_date, log_entry.occurred_at, staff.name FROM log_entry "
    "LEFT OUTER JOIN staff ON staff.id = log_entry.author_id "
    "WHERE log_entry.duty_date BETWEEN :first AND :last AND log_entry.kind = :kind"
)


def _hhmm(minute: int) -> str:
    """A minute of the day as stored times print it; 1440 is '24:00', after every time."""
    return f"{minute // 60:02d}:{minute % 60:02d}"


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

    def duty_dates(self, first: date, last: date) -> list[date]:
        """The duty dates of ``first``..``last`` that have log entries, in order."""
        query = (
            select(LogEntry.duty_date)
            .where(LogEntry.duty_date.between(first, last))
            .distinct()
            .order_by(LogEntry.duty_date)
        )
        return list(self.session.scalars(query))

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
        self,
        first: date,
        last: date,
        *,
        details: bool = True,
        within: Sequence[tuple[int, int]] | None = None,
        whole_days: Collection[date] = (),
    ) -> list[tuple[date, PatrolEntry]]:
        """The patrol entries of a period of duty dates, oldest first, as the schedule needs them.

        Light rows (a year of a busy office holds ~75,000 patrols): the columns the
        schedule reads, not full log records. ``details=False`` leaves out the sources and
        result (statistics count patrols; decoding them is most of a year's cost). With
        ``within`` (minutes of the day, half-open [start, end) ranges), only entries at
        those times of day are read, except on the duty dates of ``whole_days``.
        """
        if not details:
            return self._patrol_times(first, last, within, whole_days)
        query = (
            select(LogEntry.id, LogEntry.duty_date, LogEntry.occurred_at, LogEntry.details, Staff.name)
            .outerjoin(Staff, Staff.id == LogEntry.author_id)
            .where(LogEntry.duty_date.between(first, last), LogEntry.kind == EntryKind.PATROL.value)
            .order_by(LogEntry.occurred_at, LogEntry.id)
        )
        if within is not None:
            raise ValueError("within= counts patrols: it needs details=False")
        rows = self.session.execute(query)
        return [
            (day, patrol_entry(entry_id, at, author or "", _details(text)))
            for entry_id, day, at, text, author in rows
        ]

    def _patrol_times(
        self,
        first: date,
        last: date,
        within: Sequence[tuple[int, int]] | None,
        whole_days: Collection[date],
    ) -> list[tuple[date, PatrolEntry]]:
        """Id, time and author of the patrols of the period: what counting them needs.

        Plain SQL with untyped results: a year holds ~75,000 patrols, and SQLAlchemy's
        per-value conversion of their times cost ~0.3 s; SQLite returns the stored ISO
        text, converted here in C (``fromisoformat``), PostgreSQL returns datetimes. The
        time-of-day test runs in SQL, so entries that cannot cover a patrol never reach
        Python.
        """
        sql = _PATROL_TIMES
        params: dict[str, Any] = {"first": first, "last": last, "kind": EntryKind.PATROL.value}
        if within is not None:
            # Stored as 'YYYY-MM-DD HH:MM:SS.ffffff' on SQLite; a timestamp on PostgreSQL.
            clock = (
                "substr(log_entry.occurred_at, 12, 5)"
                if self.session.get_bind().dialect.name == "sqlite"
                else "to_char(log_entry.occurred_at, 'HH24:MI')"
            )
            tests = [f"({clock} >= :from{i} AND {clock} < :to{i})" for i in range(len(within))]
            for i, (start, end) in enumerate(within):
                params[f"from{i}"], params[f"to{i}"] = _hhmm(start), _hhmm(end)
            for i, day in enumerate(sorted(whole_days)):
                tests.append(f"log_entry.duty_date = :day{i}")
                params[f"day{i}"] = day
            sql += " AND (" + (" OR ".join(tests) or "1 = 0") + ")"
        dates = [bindparam(name, type_=Date) for name, value in params.items() if isinstance(value, date)]
        statement = text(sql + " ORDER BY log_entry.occurred_at, log_entry.id").bindparams(*dates)
        rows = self.session.connection().execute(statement, params).all()
        days: dict[Any, date] = {}
        out: list[tuple[date, PatrolEntry]] = []
        for entry_id, day, at, author in rows:
            duty_date = days.get(day)
            if duty_date is None:
                duty_date = days[day] = day if isinstance(day, date) else date.fromisoformat(day)
            moment = at if isinstance(at, datetime) else datetime.fromisoformat(at)
            out.append((duty_date, PatrolEntry(entry_id, moment, author or "")))
        return out

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
