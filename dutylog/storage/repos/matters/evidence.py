"""Evidence rows (有害信息备份). The bytes live in a managed folder or in ``data``."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from dutylog.domain.errors import NotFoundError
from dutylog.domain.matters.records import EvidenceRecord
from dutylog.domain.office.health import StoredEvidence
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

    def for_verification(self, after_id: int, *, limit: int, max_bytes: int) -> list[StoredEvidence]:
        """Up to ``limit`` evidence rows after ``after_id`` (by id) for `dutylog check`.

        Rows whose bytes live in the database come with them, fetched in one query; the batch
        ends before those bytes pass ``max_bytes`` (a single row always fits), so a check of
        tens of thousands of rows holds one bounded batch at a time.
        """
        query = (
            select(
                EvidenceFile.id,
                EvidenceFile.matter_id,
                Matter.number,
                EvidenceFile.filename,
                EvidenceFile.sha256,
                EvidenceFile.stored_in,
                EvidenceFile.size,
            )
            .outerjoin(Matter, Matter.id == EvidenceFile.matter_id)
            .where(EvidenceFile.id > after_id)
            .order_by(EvidenceFile.id)
            .limit(limit)
        )
        taken: list[Row[int, int, str, str, str, str, int]] = []
        budget = 0
        for row in self.session.execute(query):
            if row.stored_in == "db":
                # ``size`` is what was recorded: good enough to bound memory, not trusted for content.
                if taken and budget + row.size > max_bytes:
                    break
                budget += row.size
            taken.append(row)
        in_db = [row.id for row in taken if row.stored_in == "db"]
        data: dict[int, bytes | None] = {}
        if in_db:
            found = self.session.execute(
                select(EvidenceFile.id, EvidenceFile.data).where(EvidenceFile.id.in_(in_db))
            )
            data = {row_id: blob for row_id, blob in found}
        return [
            StoredEvidence(
                id=row.id,
                matter_id=row.matter_id,
                matter_number=row.number or "",
                filename=row.filename,
                sha256=row.sha256,
                in_database=row.stored_in == "db",
                data=data.get(row.id),
            )
            for row in taken
        ]
