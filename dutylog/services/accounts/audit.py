"""Trustworthy records for every service: permission checks, the audit trail and voiding.

How another service plugs in (two lines per write)::

    from dutylog.domain.accounts.permissions import Permission

    def add(self, ...):
        self.office.require(Permission.MATTER_WRITE)          # 1. before the transaction
        ...validate...
        with self.office.db.transaction() as store:
            record = store.matters.add(...)
            self.office.audit.record(store, "create", "matter", record.id, after=record)  # 2. same txn

- ``office.require(permission, owner_staff_id=...)`` raises PermissionDenied;
  it knows who is acting (``office.actor``) and whether an officer is on shift.
- ``office.audit.record(store, action, entity, entity_id, before=..., after=...)``
  appends to the hash chain inside the caller's transaction: the change and its
  audit record are committed together or not at all. ``before``/``after`` take
  a domain record (dataclass), a dict or None.
- Updates use ``dutylog.storage.locking.update_versioned`` in the repository
  (``UPDATE ... WHERE id=? AND version=?``) and raise ConflictError on a lost race.
- Nothing is deleted: ``office.audit.void(entity, entity_id, reason)`` marks a
  record void with a reason; ``office.audit.void_mark(store, ...)`` does the same
  inside the caller's transaction (e.g. a matter service voiding a matter).
- In the GUI, a page whose save raises ConflictError calls
  ``dutylog.ui.widgets.conflict.ask_reload(self, error)`` and reloads on True.
- SQLite transactions take the write lock at BEGIN (IMMEDIATE) so workstations
  queue; a long pure read may use ``db.transaction(read_only=True)``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from dutylog.domain.accounts.audit import (
    AuditAction,
    AuditContent,
    AuditEntry,
    AuditFilter,
    ChainProblem,
    VoidMark,
    snapshot_json,
    verify_chain,
)
from dutylog.domain.accounts.permissions import Actor, Permission
from dutylog.domain.errors import ValidationError
from dutylog.domain.validation import clean_text
from dutylog.services.context import OfficeContext
from dutylog.services.writes import writes

if TYPE_CHECKING:
    from dutylog.storage.database import Store

__all__ = ["AuditFilter", "AuditService", "ChainReport"]

# Entities that may be voided and the permission that guards them.
VOIDABLE: dict[str, Permission] = {
    "log_entry": Permission.RECORD_VOID,
    "matter": Permission.RECORD_VOID,
    "briefing": Permission.RECORD_VOID,
    "duty_slot": Permission.ROSTER_MANAGE,
}


@dataclass(frozen=True)
class ChainReport:
    records: int
    problem: ChainProblem | None

    @property
    def intact(self) -> bool:
        return self.problem is None


def safe_text(text: str, limit: int = 50) -> str:
    """Text from outside (a typed user name) made storable: no lone surrogates, bounded length.

    NUL is written out as ``\\x00``: PostgreSQL's text columns cannot hold it at all.
    """
    return text[:limit].replace("\x00", "\\x00").encode("utf-8", "backslashreplace").decode("utf-8")


class AuditService:
    def __init__(self, office: OfficeContext) -> None:
        self.office = office
        self.appended = 0

    def record(
        self,
        store: Store,
        action: AuditAction | str,
        entity: str,
        entity_id: int | str | None,
        *,
        before: object = None,
        after: object = None,
        actor: Actor | None = None,
    ) -> AuditEntry:
        """Append one audit record inside the caller's transaction."""
        self.appended += 1  # lets a declared write tell that it was audited (services/writes.py)
        who = actor or self.office.actor
        return store.audit.append(
            AuditContent(
                at=self.office.clock(),
                user_id=who.user_id,
                username=safe_text(who.username),
                action=str(action),
                entity=entity,
                entity_id="" if entity_id is None else str(entity_id),
                before_json=snapshot_json(before),
                after_json=snapshot_json(after),
            )
        )

    def void_mark(self, store: Store, entity: str, entity_id: int, reason: str) -> VoidMark:
        """Mark a record void inside the caller's transaction (permission checked by the caller)."""
        clean_reason = clean_text(reason, field="reason", label="作废理由", max_length=1000)
        actor = self.office.actor
        mark = store.voids.mark(
            entity=entity,
            entity_id=entity_id,
            reason=clean_reason,
            at=self.office.clock(),
            user_id=actor.user_id,
            username=actor.username,
        )
        self.record(store, AuditAction.VOID, entity, entity_id, after={"reason": clean_reason})
        return mark

    @writes
    def void(self, entity: str, entity_id: int, reason: str) -> VoidMark:
        """Declare a record void with a reason; the record itself stays as evidence."""
        permission = VOIDABLE.get(entity)
        if permission is None:
            raise ValidationError(f"不能作废此类记录：{entity}", code="not_voidable", field="entity")
        self.office.require(permission)
        with self.office.db.transaction() as store:
            _ensure_exists(store, entity, entity_id)
            return self.void_mark(store, entity, entity_id, reason)

    def voided(self, entity: str, entity_id: int) -> VoidMark | None:
        with self.office.db.transaction() as store:
            return store.voids.get(entity, entity_id)

    def voided_ids(self, entity: str) -> set[int]:
        with self.office.db.transaction() as store:
            return store.voids.voided_ids(entity)

    @writes
    def delete(self, record_id: int) -> None:
        """Audit records are never deleted: this always raises PermissionDenied."""
        self.office.require(Permission.DELETE_AUDIT_RECORD)

    def find(
        self, wanted: AuditFilter | None = None, *, offset: int = 0, limit: int = 200
    ) -> list[AuditEntry]:
        self.office.require(Permission.AUDIT_VIEW)
        with self.office.db.transaction() as store:
            return store.audit.find(wanted or AuditFilter(), offset=offset, limit=limit)

    def count(self, wanted: AuditFilter | None = None) -> int:
        self.office.require(Permission.AUDIT_VIEW)
        with self.office.db.transaction() as store:
            return store.audit.count(wanted)

    def choices(self) -> tuple[list[str], list[str]]:
        """User names and entities present in the trail, for the viewer's filters."""
        self.office.require(Permission.AUDIT_VIEW)
        with self.office.db.transaction() as store:
            return store.audit.usernames(), store.audit.entities()

    def verify(self) -> ChainReport:
        """Walk the whole chain; report the first broken record."""
        with self.office.db.transaction() as store:
            head = store.audit.head()
            count = 0

            def counted() -> Iterator[AuditEntry]:
                nonlocal count
                for entry in store.audit.walk():
                    count += 1
                    yield entry

            problem = verify_chain(counted(), head)
        return ChainReport(count, problem)

    def last(self) -> datetime | None:
        with self.office.db.transaction() as store:
            entries = store.audit.find(AuditFilter(), limit=1)
        return entries[0].at if entries else None


def _ensure_exists(store: Store, entity: str, entity_id: int) -> None:
    if entity == "log_entry":
        store.log.get(entity_id)
    elif entity == "matter":
        store.matters.get(entity_id)
