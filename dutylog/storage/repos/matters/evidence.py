"""Evidence rows (有害信息备份). The bytes live in a managed folder or in ``data``."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from dutylog.domain.errors import NotFoundError
from dutylog.domain.matters.records import EvidenceRecord
from dutylog.storage.models import EvidenceFile, Matter
from dutylog.storage.records import to_record


def evidence_record(row: EvidenceFile) -> EvidenceRecord:
    return to_record(EvidenceRecord, row)


class EvidenceRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(
        self,
        *,
        matter_id: int,
        sha256: str,
        filename: str,
        media_type: str,
        size: int,
        added_at: datetime,
        added_by: int | None,
        data: bytes | None = None,
        note: str = "",
    ) -> EvidenceRecord:
        row = EvidenceFile(
            matter_id=matter_id,
            sha256=sha256,
            filename=filename,
            media_type=media_type,
            size=size,
            stored_in="db" if data is not None else "file",
            data=data,
            note=note,
            added_at=added_at,
            added_by=added_by,
        )
        self.session.add(row)
        self.session.flush()
        return evidence_record(row)

    def for_matter(self, matter_id: int) -> list[EvidenceRecord]:
        query = select(EvidenceFile).where(EvidenceFile.matter_id == matter_id).order_by(EvidenceFile.id)
        return [evidence_record(row) for row in self.session.scalars(query)]

    def for_year(self, year: int) -> list[EvidenceRecord]:
        """Evidence of the matters numbered in ``year`` (the archive's year)."""
        query = (
            select(EvidenceFile)
            .join(Matter, Matter.id == EvidenceFile.matter_id)
            .where(Matter.year == year)
            .order_by(EvidenceFile.id)
        )
        return [evidence_record(row) for row in self.session.scalars(query)]

    def find(self, matter_id: int, sha256: str) -> EvidenceRecord | None:
        row = self.session.scalar(
            select(EvidenceFile).where(EvidenceFile.matter_id == matter_id, EvidenceFile.sha256 == sha256)
        )
        return evidence_record(row) if row else None

    def get(self, evidence_id: int) -> EvidenceRecord:
        row = self.session.get(EvidenceFile, evidence_id)
        if row is None:
            raise NotFoundError(f"找不到证据文件 {evidence_id}。")
        return evidence_record(row)

    def data(self, evidence_id: int) -> bytes | None:
        """The bytes of an evidence kept in the database (None when kept as a file)."""
        return self.session.scalar(select(EvidenceFile.data).where(EvidenceFile.id == evidence_id))
