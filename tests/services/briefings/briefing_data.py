"""Helpers that enter a day of duty by hand: the figures the briefing tests check."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from dutylog.domain.enums import Grade, MatterStatus
from dutylog.office import Office
from dutylog.storage.models import MatterMeasure, MatterTag

DAY = date(2026, 11, 17)


@dataclass(frozen=True)
class People:
    officer: int
    leader: int
    supervisor: int


def at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime.combine(day, datetime.min.time()).replace(hour=hour, minute=minute)


def add_matter(
    office: Office,
    title: str,
    *,
    grade: Grade,
    found: datetime,
    source: str,
    reported: datetime | None = None,
    removed: int = 0,
    closed: datetime | None = None,
    tags: tuple[str, ...] = (),
    measures: tuple[str, ...] = (),
    officer: int | None = None,
) -> int:
    matter = office.matters.add(title, grade=grade, discovered_at=found, source=source, created_by=officer)
    with office.db.transaction() as store:
        if reported is not None:
            store.matters.advance(
                matter.id,
                to_status=MatterStatus.REPORTED,
                at=reported,
                reported_at=reported,
                actor_id=officer,
            )
        if removed:
            store.matters.advance(
                matter.id, to_status=MatterStatus.HANDLING, at=reported or found, posts_removed=removed
            )
        if closed is not None:
            store.matters.advance(matter.id, to_status=MatterStatus.CLOSED, at=closed)
        for tag in tags:
            store.session.add(MatterTag(matter_id=matter.id, tag=tag))
        for measure in measures:
            store.session.add(MatterMeasure(matter_id=matter.id, measure=measure))
    return matter.id
