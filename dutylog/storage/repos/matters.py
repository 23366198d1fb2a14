"""Matters (舆情/事项) and their timelines."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from dutylog.domain.enums import Grade, MatterStatus
from dutylog.domain.errors import NotFoundError
from dutylog.domain.records import MatterRecord
from dutylog.storage.models import Matter, MatterEvent


def matter_record(row: Matter) -> MatterRecord:
    return MatterRecord(
        id=row.id,
        number=row.number,
        title=row.title,
        grade=Grade(row.grade),
        status=MatterStatus(row.status),
        source=row.source,
        url=row.url,
        discovered_at=row.discovered_at,
        published_at=row.published_at,
        reported_at=row.reported_at,
        summary=row.summary,
        author_name=row.author_name,
        unit_name=row.unit.name if row.unit else "",
        posts_removed=row.posts_removed,
    )


class MatterRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    def last_seq(self, year: int) -> int:
        return self.session.scalar(select(func.max(Matter.seq)).where(Matter.year == year)) or 0

    def add(
        self,
        *,
        number: str,
        year: int,
        seq: int,
        title: str,
        grade: Grade,
        status: MatterStatus,
        discovered_at: datetime,
        now: datetime,
        created_by: int | None = None,
        summary: str = "",
        source: str = "",
        url: str = "",
        author_name: str = "",
        published_at: datetime | None = None,
        reported_at: datetime | None = None,
        unit_id: int | None = None,
        posts_removed: int = 0,
        outcome: str = "",
    ) -> MatterRecord:
        row = Matter(
            number=number,
            year=year,
            seq=seq,
            title=title,
            summary=summary,
            source=source,
            url=url,
            author_name=author_name,
            published_at=published_at,
            discovered_at=discovered_at,
            reported_at=reported_at,
            grade=grade.value,
            sentiment="negative",
            status=status.value,
            unit_id=unit_id,
            outcome=outcome,
            posts_removed=posts_removed,
            created_by=created_by,
            created_at=now,
            updated_at=now,
            version=1,
        )
        self.session.add(row)
        self.session.flush()
        self.session.add(
            MatterEvent(
                matter_id=row.id,
                at=discovered_at,
                actor_id=created_by,
                from_status=None,
                to_status=MatterStatus.FOUND.value,
                note="",
            )
        )
        self.session.refresh(row, ["unit"])
        return matter_record(row)

    def advance(
        self,
        matter_id: int,
        *,
        to_status: MatterStatus,
        at: datetime,
        actor_id: int | None = None,
        note: str = "",
        reported_at: datetime | None = None,
        posts_removed: int | None = None,
    ) -> MatterRecord:
        """Move a matter to ``to_status`` and record the step in its timeline."""
        row = self.session.get(Matter, matter_id)
        if row is None:
            raise NotFoundError(f"找不到编号为 {matter_id} 的事项。")
        self.session.add(
            MatterEvent(
                matter_id=row.id,
                at=at,
                actor_id=actor_id,
                from_status=row.status,
                to_status=to_status.value,
                note=note,
            )
        )
        row.status = to_status.value
        if reported_at is not None:
            row.reported_at = reported_at
        if posts_removed is not None:
            row.posts_removed = posts_removed
        row.updated_at = at
        row.version += 1
        self.session.flush()
        return matter_record(row)

    def get(self, matter_id: int) -> MatterRecord:
        row = self.session.get(Matter, matter_id, options=[joinedload(Matter.unit)])
        if row is None:
            raise NotFoundError(f"找不到编号为 {matter_id} 的事项。")
        return matter_record(row)

    def open_matters(self, limit: int = 200) -> list[MatterRecord]:
        query = (
            select(Matter)
            .options(joinedload(Matter.unit))
            .where(Matter.status != MatterStatus.CLOSED.value)
            .order_by(Matter.discovered_at.desc())
            .limit(limit)
        )
        return [matter_record(row) for row in self.session.scalars(query)]

    def count(self) -> int:
        return self.session.scalar(select(func.count(Matter.id))) or 0
