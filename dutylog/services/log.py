"""The daily log: add and read entries."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from dutylog.domain.audit import AuditAction
from dutylog.domain.errors import ValidationError
from dutylog.domain.permissions import Permission
from dutylog.domain.records import LogEntryRecord, NewLogEntry
from dutylog.domain.validation import TEXT_MAX, check_date_range, check_not_future, clean_text

if TYPE_CHECKING:
    from dutylog.services.office import Office


class LogService:
    def __init__(self, office: Office) -> None:
        self.office = office

    def add_entry(self, entry: NewLogEntry) -> LogEntryRecord:
        """Validate and store one entry; either all of it is saved or nothing is."""
        now = self.office.clock()
        text = clean_text(entry.text, field="text", label="内容", max_length=TEXT_MAX)
        check_date_range(entry.occurred_at, field="occurred_at", label="记录时间")
        occurred_at = (entry.occurred_at or now).replace(microsecond=0)
        check_not_future(occurred_at, now=now, field="occurred_at", label="记录时间")
        duty_date, shift = self.office.shift_times().locate(occurred_at)
        self.office.require(Permission.LOG_WRITE)
        # A logged-in officer writes under their own name.
        author_id = entry.author_id if entry.author_id is not None else self.office.actor.staff_id
        with self.office.db.transaction() as store:
            if author_id is not None:
                store.staff.get(author_id)  # raises NotFoundError for an unknown person
            if entry.matter_id is not None:
                store.matters.get(entry.matter_id)
            record = store.log.add(
                occurred_at=occurred_at,
                duty_date=duty_date,
                shift=shift,
                kind=entry.kind,
                text=text,
                created_at=now,
                author_id=author_id,
                matter_id=entry.matter_id,
            )
            self.office.audit.record(store, AuditAction.CREATE, "log_entry", record.id, after=record)
            return record

    def get(self, entry_id: int) -> LogEntryRecord:
        with self.office.db.transaction() as store:
            return store.log.get(entry_id)

    def update_entry(self, entry_id: int, *, text: str, expected_version: int) -> LogEntryRecord:
        """Correct the text of an entry: officers their own, during their shift.

        Saving over a newer version (another workstation saved first) raises ConflictError.
        """
        clean = clean_text(text, field="text", label="内容", max_length=TEXT_MAX)
        with self.office.db.transaction() as store:
            before = store.log.get(entry_id)
        self.office.require(Permission.LOG_EDIT_OWN, owner_staff_id=before.author_id)
        with self.office.db.transaction() as store:
            if store.voids.get("log_entry", entry_id) is not None:
                raise ValidationError("该记录已作废，不能修改。", code="void", field="text")
            after = store.log.update(entry_id, expected_version=expected_version, text=clean)
            self.office.audit.record(
                store, AuditAction.UPDATE, "log_entry", entry_id, before=before, after=after
            )
            return after

    def entries_for(self, duty_date: date) -> list[LogEntryRecord]:
        with self.office.db.transaction() as store:
            return store.log.for_day(duty_date)

    def today(self) -> tuple[date, list[LogEntryRecord]]:
        """Entries of the current duty day, oldest first."""
        duty_date, _shift = self.office.shift_times().locate(self.office.clock())
        return duty_date, self.entries_for(duty_date)
