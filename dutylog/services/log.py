"""The daily log: add and read entries."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from dutylog.domain.records import LogEntryRecord, NewLogEntry
from dutylog.domain.validation import TEXT_MAX, check_not_future, clean_text

if TYPE_CHECKING:
    from dutylog.services.office import Office


class LogService:
    def __init__(self, office: Office) -> None:
        self.office = office

    def add_entry(self, entry: NewLogEntry) -> LogEntryRecord:
        """Validate and store one entry; either all of it is saved or nothing is."""
        now = self.office.clock()
        text = clean_text(entry.text, field="text", label="内容", max_length=TEXT_MAX)
        occurred_at = (entry.occurred_at or now).replace(microsecond=0)
        check_not_future(occurred_at, now=now, field="occurred_at", label="记录时间")
        duty_date, shift = self.office.shift_times().locate(occurred_at)
        author_id = entry.author_id
        with self.office.db.transaction() as store:
            if author_id is not None:
                store.staff.get(author_id)  # raises NotFoundError for an unknown person
            if entry.matter_id is not None:
                store.matters.get(entry.matter_id)
            store.changes.bump("log")
            return store.log.add(
                occurred_at=occurred_at,
                duty_date=duty_date,
                shift=shift,
                kind=entry.kind,
                text=text,
                created_at=now,
                author_id=author_id,
                matter_id=entry.matter_id,
            )

    def entries_for(self, duty_date: date) -> list[LogEntryRecord]:
        with self.office.db.transaction() as store:
            return store.log.for_day(duty_date)

    def today(self) -> tuple[date, list[LogEntryRecord]]:
        """Entries of the current duty day, oldest first."""
        duty_date, _shift = self.office.shift_times().locate(self.office.clock())
        return duty_date, self.entries_for(duty_date)
