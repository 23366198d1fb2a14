"""Matters (舆情/事项): records, numbering counters, tags, measures, timelines, ledger pages."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session, joinedload

from dutylog.domain.enums import Grade, MatterStatus
from dutylog.domain.errors import ConflictError, NotFoundError
from dutylog.domain.matters.deadlines import TimeLimits
from dutylog.domain.matters.records import LedgerFilter, MatterEventRecord, MatterRecord, MatterRow
from dutylog.storage.locking import serialize
from dutylog.storage.models import (
    Matter,
    MatterCounter,
    MatterEvent,
    MatterMeasure,
    MatterTag,
    Staff,
    Unit,
)
from dutylog.storage.records import to_record
from dutylog.storage.repos.matters.ledger_queries import (
    EVERYTHING,
    MATTER,
    ROWS_BY_ID,
    TIME_LIMITS,
    filtered,
    page_query,
)
from dutylog.storage.repos.matters.plain_rows import (
    light_row,
    sqlite_ledger_page,
    sqlite_search_rows,
)
from dutylog.storage.search import matter_search_condition, search_matter_ids

EDITABLE = (
    "title",
    "summary",
    "source",
    "url",
    "author_name",
    "published_at",
    "discovered_at",
    "reported_at",
    "special_reported_at",
    "grade",
    "sentiment",
    "unit_id",
    "outcome",
    "posts_removed",
    "follow_up_until",
)


def matter_record(row: Matter, tags: Sequence[str] = (), measures: Sequence[str] = ()) -> MatterRecord:
    return _row_record(row, tags, measures, unit_name=row.unit.name if row.unit else "")


def _row_record(
    row: Any, tags: Sequence[str], measures: Sequence[str], *, unit_name: str | None = None
) -> MatterRecord:
    """A matter from an ORM row, or from a light Core row that carries ``unit_name`` itself."""
    return to_record(
        MatterRecord,
        row,
        unit_name=(row.unit_name if unit_name is None else unit_name) or "",
        tags=tuple(tags),
        measures=tuple(measures),
        void_reason=row.void_reason or "",
    )


class MatterRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    @property
    def _sqlite(self) -> bool:
        return self.session.get_bind().dialect.name == "sqlite"

    # --- numbering -------------------------------------------------------
    def last_seq(self, year: int) -> int:
        """The highest number ever handed out in ``year`` (voided ones included)."""
        counter = self.session.get(MatterCounter, year)
        used = self.session.scalar(select(func.max(Matter.seq)).where(Matter.year == year)) or 0
        return max(used, counter.last_seq if counter else 0)

    def take_seq(self, year: int) -> int:
        """Reserve the next number of ``year``; it is never handed out again."""
        serialize(self.session, "matter_number")  # two workstations must not draw the same number
        seq = self.last_seq(year) + 1
        self._bump_counter(year, seq)
        return seq

    def _bump_counter(self, year: int, seq: int) -> None:
        counter = self.session.get(MatterCounter, year)
        if counter is None:
            self.session.add(MatterCounter(year=year, last_seq=seq))
        elif counter.last_seq < seq:
            counter.last_seq = seq
        self.session.flush()

    # --- records ---------------------------------------------------------
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
        special_reported_at: datetime | None = None,
        unit_id: int | None = None,
        posts_removed: int = 0,
        outcome: str = "",
        sentiment: str = "negative",
        follow_up_until: date | None = None,
        tags: Sequence[str] = (),
        measures: Sequence[str] = (),
    ) -> MatterRecord:
        self._bump_counter(year, seq)
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
            special_reported_at=special_reported_at,
            grade=grade.value,
            sentiment=sentiment,
            status=status.value,
            unit_id=unit_id,
            outcome=outcome,
            posts_removed=posts_removed,
            follow_up_until=follow_up_until,
            void_reason="",
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
        self._replace_labels(row.id, tags, measures)
        self.session.refresh(row, ["unit"])
        return matter_record(row, *self._labels(row.id))

    def _replace_labels(self, matter_id: int, tags: Sequence[str], measures: Sequence[str]) -> None:
        self.session.execute(delete(MatterTag).where(MatterTag.matter_id == matter_id))
        self.session.execute(delete(MatterMeasure).where(MatterMeasure.matter_id == matter_id))
        self.session.add_all(MatterTag(matter_id=matter_id, tag=tag) for tag in dict.fromkeys(tags))
        self.session.add_all(
            MatterMeasure(matter_id=matter_id, measure=measure) for measure in dict.fromkeys(measures)
        )
        self.session.flush()

    def _labels(self, matter_id: int) -> tuple[list[str], list[str]]:
        labels = self.labels_for([matter_id])
        return labels[0].get(matter_id, []), labels[1].get(matter_id, [])

    def labels_for(self, ids: Sequence[int]) -> tuple[dict[int, list[str]], dict[int, list[str]]]:
        """Tags and measures of several matters in two queries."""
        tags: dict[int, list[str]] = {}
        measures: dict[int, list[str]] = {}
        if not ids:
            return tags, measures
        for matter_id, tag in self.session.execute(
            select(MatterTag.matter_id, MatterTag.tag)
            .where(MatterTag.matter_id.in_(ids))
            .order_by(MatterTag.tag)
        ):
            tags.setdefault(matter_id, []).append(tag)
        for matter_id, measure in self.session.execute(
            select(MatterMeasure.matter_id, MatterMeasure.measure)
            .where(MatterMeasure.matter_id.in_(ids))
            .order_by(MatterMeasure.measure)
        ):
            measures.setdefault(matter_id, []).append(measure)
        return tags, measures

    def update(
        self,
        matter_id: int,
        *,
        expected_version: int,
        now: datetime,
        values: dict[str, Any],
        tags: Sequence[str] | None = None,
        measures: Sequence[str] | None = None,
    ) -> MatterRecord:
        """Save edited fields if nobody saved the matter since ``expected_version`` was read."""
        unknown = set(values) - set(EDITABLE)
        if unknown:
            raise ValueError(f"not editable: {sorted(unknown)}")
        stored = dict(values)
        if isinstance(stored.get("grade"), Grade):
            stored["grade"] = stored["grade"].value
        self._bump_version(matter_id, expected_version, now, stored)
        if tags is not None or measures is not None:
            old_tags, old_measures = self._labels(matter_id)
            self._replace_labels(
                matter_id,
                tags if tags is not None else old_tags,
                measures if measures is not None else old_measures,
            )
        return self.get(matter_id)

    def _bump_version(
        self, matter_id: int, expected_version: int, now: datetime, values: dict[str, Any]
    ) -> None:
        # A conditional UPDATE is atomic across processes: a stale writer changes no row.
        result = self.session.execute(
            update(Matter)
            .where(Matter.id == matter_id, Matter.version == expected_version)
            .values(**values, updated_at=now, version=Matter.version + 1)
            .execution_options(synchronize_session=False)
        )
        if getattr(result, "rowcount", 0) != 1:
            current = self.session.scalar(select(Matter.version).where(Matter.id == matter_id))
            if current is None:
                raise NotFoundError(f"找不到编号为 {matter_id} 的事项。")
            raise ConflictError(
                "该事项已被他人修改（当前版本 "
                f"{current}，您编辑的是版本 {expected_version}）。请重新打开后再修改，您的修改未保存。"
            )
        self.session.expire_all()

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
        expected_version: int | None = None,
    ) -> MatterRecord:
        """Move a matter to ``to_status`` and record the step in its timeline."""
        row = self.session.get(Matter, matter_id)
        if row is None:
            raise NotFoundError(f"找不到编号为 {matter_id} 的事项。")
        from_status = row.status
        values: dict[str, Any] = {"status": to_status.value}
        if reported_at is not None:
            values["reported_at"] = reported_at
        if posts_removed is not None:
            values["posts_removed"] = posts_removed
        self._bump_version(
            matter_id, row.version if expected_version is None else expected_version, at, values
        )
        self.session.add(
            MatterEvent(
                matter_id=matter_id,
                at=at,
                actor_id=actor_id,
                from_status=from_status,
                to_status=to_status.value,
                note=note,
            )
        )
        self.session.flush()
        return self.get(matter_id)

    def void(self, matter_id: int, *, expected_version: int, now: datetime, reason: str) -> MatterRecord:
        self._bump_version(matter_id, expected_version, now, {"voided_at": now, "void_reason": reason})
        return self.get(matter_id)

    def get(self, matter_id: int) -> MatterRecord:
        row = self.session.get(Matter, matter_id, options=[joinedload(Matter.unit)])
        if row is None:
            raise NotFoundError(f"找不到编号为 {matter_id} 的事项。")
        return matter_record(row, *self._labels(row.id))

    def by_number(self, number: str) -> MatterRecord:
        row_id = self.session.scalar(select(Matter.id).where(Matter.number == number))
        if row_id is None:
            raise NotFoundError(f"找不到编号为 {number} 的事项。")
        return self.get(row_id)

    def timeline(self, matter_id: int) -> list[MatterEventRecord]:
        query = (
            select(MatterEvent, Staff.name)
            .outerjoin(Staff, Staff.id == MatterEvent.actor_id)
            .where(MatterEvent.matter_id == matter_id)
            .order_by(MatterEvent.at, MatterEvent.id)
        )
        return [
            MatterEventRecord(
                id=event.id,
                at=event.at,
                actor_id=event.actor_id,
                actor_name=name or "",
                from_status=MatterStatus(event.from_status) if event.from_status else None,
                to_status=MatterStatus(event.to_status),
                note=event.note,
            )
            for event, name in self.session.execute(query)
        ]

    def many(self, ids: Sequence[int]) -> list[MatterRecord]:
        """Records for ``ids`` in the order given.

        A Core query, not ORM objects: the ledger and search read pages of 50-200
        matters many times a second, and ORM identity bookkeeping cost 20x more.
        """
        if not ids:
            return []
        query = (
            select(*Matter.__table__.columns, Unit.name.label("unit_name"))
            .outerjoin(Unit, Unit.id == Matter.unit_id)
            .where(Matter.id.in_(ids))
        )
        rows = {row.id: row for row in self.session.execute(query)}
        tags, measures = self.labels_for(list(rows))
        return [_row_record(rows[i], tags.get(i, []), measures.get(i, [])) for i in ids if i in rows]

    def rows(self, ids: Sequence[int]) -> list[MatterRow]:
        """Light rows for ``ids`` in the order given: one statement, no text bodies, no labels."""
        if not ids:
            return []
        # Core on the session's connection: no ORM statement handling for a plain row read.
        result = self.session.connection().execute(ROWS_BY_ID, {"ids": list(ids)})
        found = {row[0]: light_row(row) for row in result}
        return [found[i] for i in ids if i in found]

    def open_matters(self, limit: int = 200) -> list[MatterRecord]:
        query = (
            select(Matter.id)
            .where(Matter.status != MatterStatus.CLOSED.value, Matter.voided_at.is_(None))
            .order_by(Matter.discovered_at.desc())
            .limit(limit)
        )
        return self.many(list(self.session.scalars(query)))

    def search_ids(self, term: str, *, limit: int = 50, before_id: int | None = None) -> list[int]:
        return search_matter_ids(self.session, term, limit=limit, before_id=before_id)

    def search_rows(self, term: str, *, limit: int = 50) -> list[MatterRow]:
        """Newest first: light rows of the matters containing ``term`` (normalized)."""
        if self._sqlite:
            return sqlite_search_rows(self.session, term, limit=limit)
        return self.rows(self.search_ids(term, limit=limit))

    def count(self) -> int:
        return self.session.scalar(select(func.count(Matter.id))) or 0

    # --- ledger ----------------------------------------------------------
    def _filtered(self, query: Any, filters: LedgerFilter) -> Any:
        query = filtered(query, filters)
        if filters.text.strip():
            query = query.where(matter_search_condition(self.session, filters.text))
        return query

    def time_limits(self) -> TimeLimits:
        """The report time limits setting, read with a list's rows (Core: no ORM set-up)."""
        value = self.session.connection().execute(TIME_LIMITS).scalar()
        return TimeLimits.from_setting(None if value is None else json.loads(value))

    def ledger_count(self, filters: LedgerFilter) -> int:
        query = self._filtered(select(func.count()).select_from(MATTER), filters)
        return self.session.connection().execute(query).scalar() or 0

    def ledger_page(
        self,
        filters: LedgerFilter,
        *,
        sort: str = "discovered_at",
        descending: bool = True,
        after: tuple[Any, int] | None = None,
        limit: int = 100,
    ) -> tuple[list[MatterRow], tuple[Any, int] | None]:
        """One page of the ledger and the keyset cursor for the next page (None at the end).

        One statement reads the rows themselves (the sort key last, for the cursor).
        """
        paged = after is not None
        if filters == EVERYTHING and sort == "discovered_at" and self._sqlite:
            return sqlite_ledger_page(self.session, descending=descending, after=after, limit=limit)
        if filters.text.strip():  # the search condition depends on what the indexes hold now
            query = self._filtered(page_query(LedgerFilter(), sort, descending, paged, limit), filters)
        else:
            query = page_query(filters, sort, descending, paged, limit)
        cursor = {"after_key": after[0], "after_id": after[1]} if after is not None else {}
        rows = self.session.connection().execute(query, cursor).all()
        following = (rows[-1][-1], rows[-1][0]) if len(rows) == limit else None
        return [light_row(row) for row in rows], following
