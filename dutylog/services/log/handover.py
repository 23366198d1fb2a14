"""The itemised handover: the checklist setting, filling it, and what carries forward.

The outgoing officer fills the office's checklist (`hand_over`); the incoming officer
confirms it item by item, logged in as themselves (`LogService.confirm_handover`).
Items marked open carry forward: the next shift's Today page lists them
(`carried_forward`) and the next checklist starts from them (`blank_items`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from dutylog.domain.accounts.audit import AuditAction
from dutylog.domain.accounts.permissions import Permission
from dutylog.domain.enums import EntryKind
from dutylog.domain.errors import NotFoundError
from dutylog.domain.log.handover import DEFAULT_CHECKLIST, HandoverItem, clean_checklist, parse_items
from dutylog.domain.log.records import LogEntryRecord, NewLogEntry
from dutylog.services.context import OfficeContext
from dutylog.services.writes import writes

if TYPE_CHECKING:
    from dutylog.services.log.entries import LogService

CHECKLIST_SETTING = "handover_checklist"
# How far back an unconfirmed handover is offered to the incoming officer.
PENDING_LOOKBACK = timedelta(days=2)


class HandoverContext(OfficeContext, Protocol):
    @property
    def log(self) -> LogService: ...


class HandoverService:
    def __init__(self, office: HandoverContext) -> None:
        self.office = office

    def checklist(self) -> tuple[str, ...]:
        with self.office.db.transaction(read_only=True) as store:
            stored = store.settings.get(CHECKLIST_SETTING)
        if isinstance(stored, list) and stored:
            return tuple(str(label) for label in stored)
        return DEFAULT_CHECKLIST

    @writes
    def set_checklist(self, labels: Iterable[str]) -> tuple[str, ...]:
        cleaned = clean_checklist(labels)
        self.office.require(Permission.SETTINGS_MANAGE)
        with self.office.db.transaction() as store:
            before = store.settings.get(CHECKLIST_SETTING)
            store.settings.set(CHECKLIST_SETTING, list(cleaned))
            self.office.audit.record(
                store, AuditAction.UPDATE, "setting", CHECKLIST_SETTING, before=before, after=list(cleaned)
            )
        return cleaned

    def blank_items(self) -> list[HandoverItem]:
        """The checklist to fill: the office's labels, with the open items carried forward in them."""
        carried: dict[str, list[str]] = {}
        extra: list[HandoverItem] = []
        labels = self.checklist()
        for item in self.carried_forward():
            if item.label in labels:
                carried.setdefault(item.label, []).append(item.note)
            else:
                extra.append(HandoverItem(item.label, item.note, open=True))
        items = [
            HandoverItem(label, "；".join(carried.get(label, [])), open=label in carried) for label in labels
        ]
        return items + extra

    def hand_over(
        self, items: Sequence[HandoverItem], *, text: str = "", at: datetime | None = None
    ) -> LogEntryRecord:
        """The outgoing officer's handover entry with its filled checklist."""
        summary = text.strip() or "交接班：" + "；".join(f"{i.label}：{i.note or '无'}" for i in items)
        open_matters = [i.note for i in items if i.open and i.label == DEFAULT_CHECKLIST[0] and i.note]
        return self.office.log.add_entry(
            NewLogEntry(
                EntryKind.HANDOVER,
                summary[:2000],
                occurred_at=at,
                details={
                    "items": [HandoverItem(i.label, i.note, i.open).as_details() for i in items],
                    "open_matters": open_matters,
                },
            )
        )

    def _recent_handovers(self) -> list[LogEntryRecord]:
        now = self.office.clock()
        duty_date, _shift = self.office.shift_times().locate(now)
        found: list[LogEntryRecord] = []
        with self.office.db.transaction(read_only=True) as store:
            voided = store.voids.voided_ids("log_entry")
            day = duty_date - PENDING_LOOKBACK
            while day <= duty_date:
                found += [
                    r
                    for r in store.log.for_day(day)
                    if r.kind is EntryKind.HANDOVER and r.id not in voided and r.occurred_at <= now
                ]
                day += timedelta(days=1)
        return sorted(found, key=lambda r: (r.occurred_at, r.id))

    def pending(self) -> LogEntryRecord:
        """The latest handover still to be confirmed by someone other than its author."""
        me = self.office.actor.staff_id
        for record in reversed(self._recent_handovers()):
            if not record.details.get("confirmed_by") and record.author_id != me:
                return record
        raise NotFoundError("没有待确认的交接班记录。", code="no_handover")

    def carried_forward(self) -> list[HandoverItem]:
        """The open items of the latest handover: what the shift on duty now took over."""
        recent = self._recent_handovers()
        if not recent:
            return []
        return [item for item in parse_items(recent[-1].details.get("items")) if item.open]
