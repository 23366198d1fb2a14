"""The audit trail (append-only, hash-chained) and voided-record marks."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from dutylog.domain.accounts.audit import (
    CONTENT_FIELDS,
    GENESIS,
    AuditContent,
    AuditEntry,
    AuditFilter,
    ChainHead,
    VoidMark,
    compute_hash,
)
from dutylog.domain.errors import ValidationError
from dutylog.storage.models import AuditHead, AuditRecord, RecordVoid
from dutylog.storage.records import column_values, to_record

_HEAD_ID = 1


class AuditRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    def append(self, content: AuditContent) -> AuditEntry:
        """Add a record at the end of the chain.

        The chain head is locked first (SELECT ... FOR UPDATE on a server; SQLite's
        transactions already hold the write lock), so concurrent appends queue up
        and record ids follow the order of the chain.
        """
        head = self.session.get(AuditHead, _HEAD_ID, with_for_update=True)
        if head is None:
            head = AuditHead(id=_HEAD_ID, last_id=0, last_hash=GENESIS, count=0)
            self.session.add(head)
        row = AuditRecord(**column_values(content, CONTENT_FIELDS), prev_hash=head.last_hash, hash="")
        self.session.add(row)
        self.session.flush()
        row.hash = compute_hash(row)
        head.last_id, head.last_hash, head.count = row.id, row.hash, head.count + 1
        self.session.flush()
        return to_record(AuditEntry, row)

    def head(self) -> ChainHead | None:
        row = self.session.get(AuditHead, _HEAD_ID)
        return ChainHead(row.last_id, row.last_hash, row.count) if row else None

    def walk(self, batch: int = 2000) -> Iterator[AuditEntry]:
        """Every record in id order, read in batches to keep memory flat."""
        after = 0
        while True:
            rows = list(
                self.session.scalars(
                    select(AuditRecord).where(AuditRecord.id > after).order_by(AuditRecord.id).limit(batch)
                )
            )
            if not rows:
                return
            for row in rows:
                yield to_record(AuditEntry, row)
            after = rows[-1].id

    def _filtered(self, query: Select[Any], wanted: AuditFilter) -> Select[Any]:
        if wanted.username:
            query = query.where(AuditRecord.username == wanted.username)
        if wanted.entity:
            query = query.where(AuditRecord.entity == wanted.entity)
        if wanted.entity_id:
            query = query.where(AuditRecord.entity_id == wanted.entity_id)
        if wanted.action:
            query = query.where(AuditRecord.action == wanted.action)
        if wanted.since:
            query = query.where(AuditRecord.at >= wanted.since)
        if wanted.until:
            query = query.where(AuditRecord.at < wanted.until)
        return query

    def find(self, wanted: AuditFilter, *, offset: int = 0, limit: int = 200) -> list[AuditEntry]:
        """Newest first."""
        query = self._filtered(select(AuditRecord), wanted).order_by(AuditRecord.id.desc())
        return [to_record(AuditEntry, row) for row in self.session.scalars(query.offset(offset).limit(limit))]

    def count(self, wanted: AuditFilter | None = None) -> int:
        query = select(func.count(AuditRecord.id))
        if wanted is not None:
            query = query.where(AuditRecord.id.in_(self._filtered(select(AuditRecord.id), wanted)))
        return self.session.scalar(query) or 0

    def usernames(self) -> list[str]:
        rows = self.session.scalars(select(AuditRecord.username).distinct().order_by(AuditRecord.username))
        return list(rows)

    def entities(self) -> list[str]:
        rows = self.session.scalars(select(AuditRecord.entity).distinct().order_by(AuditRecord.entity))
        return list(rows)


class VoidRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    def mark(
        self, *, entity: str, entity_id: int, reason: str, at: datetime, user_id: int | None, username: str
    ) -> VoidMark:
        if self.get(entity, entity_id) is not None:
            raise ValidationError("该记录已作废。", code="already_void", field="entity_id")
        row = RecordVoid(
            entity=entity, entity_id=entity_id, reason=reason, at=at, user_id=user_id, username=username
        )
        self.session.add(row)
        self.session.flush()
        return VoidMark(entity, entity_id, reason, at, username)

    def get(self, entity: str, entity_id: int) -> VoidMark | None:
        row = self.session.scalars(
            select(RecordVoid).where(RecordVoid.entity == entity, RecordVoid.entity_id == entity_id)
        ).first()
        if row is None:
            return None
        return VoidMark(row.entity, row.entity_id, row.reason, row.at, row.username)

    def voided_ids(self, entity: str) -> set[int]:
        return set(self.session.scalars(select(RecordVoid.entity_id).where(RecordVoid.entity == entity)))
