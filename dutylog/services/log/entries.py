"""The daily log: entries with kind-specific fields, closing shifts, amendments, handovers."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from dutylog.domain.accounts.audit import AuditAction
from dutylog.domain.accounts.permissions import Permission, allowed
from dutylog.domain.enums import EntryKind, Shift
from dutylog.domain.errors import ValidationError
from dutylog.domain.log.handover import confirm_items, parse_items
from dutylog.domain.log.kinds import clean_details
from dutylog.domain.log.records import LATE_ENTRY, LogEntryRecord, NewLogEntry
from dutylog.domain.log.shifts import DEFAULT_LOCK_GRACE, ShiftLock
from dutylog.domain.validation import TEXT_MAX, check_date_range, check_not_future, clean_text
from dutylog.services.context import OfficeContext
from dutylog.services.writes import acting_person, writes

GRACE_SETTING = "shift_lock_grace_minutes"


class LogService:
    def __init__(self, office: OfficeContext) -> None:
        self.office = office

    # -- the shift lock ------------------------------------------------------------
    def shift_lock(self) -> ShiftLock:
        """The lock rule as of now: closed shifts, and shifts past their grace period."""
        with self.office.db.transaction(read_only=True) as store:
            minutes = store.settings.get(GRACE_SETTING, None)
        grace = DEFAULT_LOCK_GRACE if minutes in (None, "") else timedelta(minutes=int(minutes))
        return ShiftLock(self.office.shift_times(), self.office.clock(), grace)

    def _locked(self, records: list[LogEntryRecord], lock: ShiftLock | None = None) -> list[LogEntryRecord]:
        """Mark the entries of shifts whose grace period has passed as locked, as closed ones are."""
        lock = lock or self.shift_lock()
        return [
            r if r.locked or not lock.locked(r.duty_date, r.shift, closed=False) else replace(r, locked=True)
            for r in records
        ]

    @writes
    def add_entry(self, entry: NewLogEntry, *, amends_id: int | None = None) -> LogEntryRecord:
        """Validate and store one entry; either all of it is saved or nothing is."""
        now = self.office.clock()
        text = clean_text(entry.text, field="text", label="内容", max_length=TEXT_MAX)
        details = clean_details(entry.kind, entry.details, matter_id=entry.matter_id, complete=entry.complete)
        check_date_range(entry.occurred_at, field="occurred_at", label="记录时间")
        occurred_at = (entry.occurred_at or now).replace(microsecond=0)
        check_not_future(occurred_at, now=now, field="occurred_at", label="记录时间")
        duty_date, shift = self.office.shift_times().locate(occurred_at)
        with self.office.db.transaction(read_only=True) as store:
            closed = store.log.is_closed(duty_date, shift)
        late = amends_id is None and self.shift_lock().locked(duty_date, shift, closed=closed)
        self._may_write(occurred_at, late=late, amendment=amends_id is not None)
        if late:
            # 补录: kept with both times (created_at, occurred_at) and marked, never mistaken
            # for what was written on duty.
            details = {**details, LATE_ENTRY: True}
        # A logged-in officer writes under their own name, never another's.
        author_id = acting_person(self.office, entry.author_id, act="记录值班日志")
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
                details=details,
                amends_id=amends_id,
            )
            if entry.matter_id is not None:
                # A log entry about a matter tags it with the watch-list words it mentions.
                from dutylog.services.plans.keywords import tag_matter

                tag_matter(store, entry.matter_id, {"log": text}, at=now)
            if late:
                record = replace(record, locked=True)  # its shift has locked: read-only at once
            self.office.audit.record(store, AuditAction.CREATE, "log_entry", record.id, after=record)
            return record

    def _may_write(self, occurred_at: datetime, *, late: bool, amendment: bool) -> None:
        """Who may write an entry of that moment.

        The officer of the entry's shift writes it, until the shift locks and afterwards
        as a late entry (补录); a supervisor or an administrator may enter late entries of
        any date; an amendment is written by whoever is on duty now.
        """
        if amendment:
            self.office.require(Permission.LOG_WRITE)
            return
        if late and allowed(self.office.actor, Permission.LOG_LATE_ENTRY):
            return
        self.office.require(Permission.LOG_WRITE, at=occurred_at)

    def get(self, entry_id: int) -> LogEntryRecord:
        with self.office.db.transaction() as store:
            record = store.log.get(entry_id)
        return self._locked([record])[0]

    @writes
    def update_entry(self, entry_id: int, *, text: str, expected_version: int) -> LogEntryRecord:
        """Correct only the text of an entry (see `edit_entry`)."""
        return self.edit_entry(entry_id, text=text, expected_version=expected_version)

    @writes
    def edit_entry(
        self,
        entry_id: int,
        *,
        text: str,
        expected_version: int,
        details: dict[str, Any] | None = None,
        matter_id: int | object | None = ...,
    ) -> LogEntryRecord:
        """Change an entry: officers their own, while its shift is open.

        A closed shift's entries are read-only (use `amend`); a voided entry cannot
        change; saving over a newer version (another workstation saved first)
        raises ConflictError. ``details`` and ``matter_id`` stay as they are when
        not given.
        """
        clean = clean_text(text, field="text", label="内容", max_length=TEXT_MAX)
        with self.office.db.transaction() as store:
            before = store.log.get(entry_id)
        self.office.require(Permission.LOG_EDIT_OWN, owner_staff_id=before.author_id, at=before.occurred_at)
        lock = self.shift_lock()
        with self.office.db.transaction() as store:
            current = self._locked([store.log.get(entry_id)], lock)[0]
            if current.locked:
                raise ValidationError(
                    "该班次已关闭，记录只读；请使用“补正”添加更正说明。", code="shift_closed"
                )
            if store.voids.get("log_entry", entry_id) is not None:
                raise ValidationError("该记录已作废，不能修改。", code="void", field="text")
            link = current.matter_id if matter_id is ... else matter_id
            cleaned = None
            if details is not None:
                cleaned = clean_details(
                    current.kind,
                    {**current.details, **details},
                    matter_id=link if isinstance(link, int) else None,
                    complete=False,
                )
            after = store.log.update(
                entry_id, expected_version=expected_version, text=clean, details=cleaned, matter_id=link
            )
            self.office.audit.record(
                store, AuditAction.UPDATE, "log_entry", entry_id, before=current, after=after
            )
            return after

    @writes
    def amend(self, entry_id: int, text: str, *, author_id: int | None = None) -> LogEntryRecord:
        """A correction to an entry: a new entry pointing at it; the original stays as written."""
        with self.office.db.transaction() as store:
            original = store.log.get(entry_id)
        correction = NewLogEntry(
            kind=EntryKind.OTHER,
            text=text,
            occurred_at=self.office.clock(),
            author_id=author_id,
            matter_id=original.matter_id,
            details={},
        )
        record = self.add_entry(correction, amends_id=original.id)
        return record

    @writes
    def close_shift(self, duty_date: date, shift: Shift) -> None:
        """The officer of that shift closes it (交班): its entries lock; audited."""
        start, _end = self.office.shift_times().bounds(duty_date, shift)
        self.office.require(Permission.LOG_WRITE, at=start)
        closed_by = self.office.actor.staff_id
        now = self.office.clock()
        with self.office.db.transaction() as store:
            if store.log.is_closed(duty_date, shift):
                raise ValidationError(f"{duty_date:%Y-%m-%d} {shift.zh}已关闭。", code="already_closed")
            store.log.close_shift(duty_date, shift, at=now, by=closed_by)
            after = {"duty_date": duty_date, "shift": shift, "closed_by": closed_by, "closed_at": now}
            self.office.audit.record(
                store,
                AuditAction.CREATE,
                "shift_closure",
                f"{duty_date.isoformat()}/{shift.value}",
                after=after,
            )

    def is_closed(self, duty_date: date, shift: Shift) -> bool:
        with self.office.db.transaction() as store:
            return store.log.is_closed(duty_date, shift)

    @writes
    def confirm_handover(self, entry_id: int, items: Iterable[int] | None = None) -> LogEntryRecord:
        """The incoming officer, logged in and on duty now, confirms a handover (接班确认).

        ``items`` (0-based) confirms those checklist items only; without it, every item
        left. The handover is confirmed when its last item is, and that locks the
        outgoing shift, whichever of this or its grace period comes first. Audited.
        """
        confirmed_by = self.office.actor.staff_id
        if confirmed_by is None:
            raise ValidationError(
                "交接班须由登录的接班人本人确认（账号须关联值班人员）。", code="login_required"
            )
        self.office.require(Permission.LOG_WRITE)
        now = self.office.clock()
        with self.office.db.transaction() as store:
            entry = store.log.get(entry_id)
            if entry.kind is not EntryKind.HANDOVER:
                raise ValidationError("只有交接班记录需要接班人确认。", code="not_handover")
            if entry.details.get("confirmed_by"):
                raise ValidationError("该交接班已确认。", code="already_confirmed")
            if entry.author_id == confirmed_by:
                raise ValidationError("交接班须由接班人确认，不能由交班人本人确认。", code="self_confirm")
            person = store.staff.get(confirmed_by)
            checklist = parse_items(entry.details.get("items"))
            wanted = range(len(checklist)) if items is None else list(items)
            checklist = confirm_items(checklist, wanted, by=person.id, name=person.name, at=now)
            details = dict(entry.details)
            if checklist:
                details["items"] = [item.as_details() for item in checklist]
            complete = all(item.confirmed for item in checklist)
            if complete:
                details.update(
                    confirmed_by=person.id, confirmed_name=person.name, confirmed_at=now.isoformat()
                )
            store.log.set_details(entry_id, details)
            if complete and not store.log.is_closed(entry.duty_date, entry.shift):
                store.log.close_shift(entry.duty_date, entry.shift, at=now, by=person.id, note="接班确认")
            after = store.log.get(entry_id)
            self.office.audit.record(
                store, AuditAction.UPDATE, "log_entry", entry_id, before=entry, after=after
            )
            return after

    def entries_for(self, duty_date: date, shift: Shift | None = None) -> list[LogEntryRecord]:
        with self.office.db.transaction() as store:
            records = store.log.for_day(duty_date, shift)
        return self._locked(records)

    def for_matter(self, matter_id: int) -> list[LogEntryRecord]:
        with self.office.db.transaction() as store:
            records = store.log.for_matter(matter_id)
        return self._locked(records)

    def search(self, term: str, *, limit: int = 50) -> list[LogEntryRecord]:
        with self.office.db.transaction() as store:
            records = store.log.many(store.log.search_ids(term, limit=limit))
        return self._locked(records)

    def today(self) -> tuple[date, list[LogEntryRecord]]:
        """Entries of the current duty day, oldest first."""
        duty_date, _shift = self.office.shift_times().locate(self.office.clock())
        return duty_date, self.entries_for(duty_date)
