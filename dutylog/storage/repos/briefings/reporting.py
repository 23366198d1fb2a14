"""Read-only queries behind the reports: a day's facts, one matter's story, period counts.

Counts are computed in SQL (GROUP BY over indexed ranges) so that a year of a large
database stays fast; only report delays are fetched row by row, for the median.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from dutylog.domain.briefings.reporting import (
    UNASSIGNED_UNIT,
    EntryLine,
    MatterLine,
    PeriodStatistics,
    TimelineStep,
    median,
    overdue_rule,
)
from dutylog.domain.enums import EntryKind, Grade, MatterStatus, Shift
from dutylog.domain.errors import NotFoundError
from dutylog.domain.matters.deadlines import TimeLimits
from dutylog.storage.models import LogEntry, Matter, MatterEvent, MatterMeasure, MatterTag, Staff, Unit

_MATTER_COLUMNS = (Matter, Unit.name)


def _day_range(first: date, last: date, day_start: time = time(0, 0)) -> tuple[datetime, datetime]:
    """From the start of ``first`` to the end of ``last``; with ``day_start``, of their duty dates."""
    return datetime.combine(first, day_start), datetime.combine(last + timedelta(days=1), day_start)


class ReportingRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    # --- lines -----------------------------------------------------------------
    def _matter_lines(self, query: Any) -> list[MatterLine]:
        rows = list(self.session.execute(query))
        ids = [row[0].id for row in rows]
        measures = self._labels(MatterMeasure, MatterMeasure.measure, ids)
        tags = self._labels(MatterTag, MatterTag.tag, ids)
        return [
            MatterLine(
                id=row.id,
                number=row.number,
                title=row.title,
                grade=Grade(row.grade),
                status=MatterStatus(row.status),
                source=row.source,
                url=row.url,
                discovered_at=row.discovered_at,
                reported_at=row.reported_at,
                summary=row.summary,
                unit_name=unit_name or "",
                posts_removed=row.posts_removed,
                outcome=row.outcome,
                measures=tuple(measures.get(row.id, ())),
                tags=tuple(tags.get(row.id, ())),
            )
            for row, unit_name in rows
        ]

    def _labels(self, model: Any, column: Any, ids: list[int]) -> dict[int, list[str]]:
        found: dict[int, list[str]] = defaultdict(list)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for matter_id, label in self.session.execute(
                select(model.matter_id, column).where(model.matter_id.in_(chunk)).order_by(column)
            ):
                found[matter_id].append(label)
        return found

    def matters_active_between(self, start: datetime, end: datetime) -> list[MatterLine]:
        """Matters found in [start, end) or that changed status in it."""
        changed = select(MatterEvent.matter_id).where(MatterEvent.at >= start, MatterEvent.at < end)
        query = (
            select(*_MATTER_COLUMNS)
            .outerjoin(Unit, Unit.id == Matter.unit_id)
            .where(
                or_(
                    (Matter.discovered_at >= start) & (Matter.discovered_at < end),
                    Matter.id.in_(changed),
                )
            )
            .order_by(Matter.discovered_at, Matter.id)
        )
        return self._matter_lines(query)

    def open_before(self, start: datetime, limit: int = 200) -> list[MatterLine]:
        """Matters still open that were found before ``start``: the newest ``limit``, oldest first."""
        still_open = [status.value for status in MatterStatus if status is not MatterStatus.CLOSED]
        query = (
            select(*_MATTER_COLUMNS)
            .outerjoin(Unit, Unit.id == Matter.unit_id)
            # IN over the open statuses uses the (status, grade) index; "!= closed" would scan every matter.
            .where(Matter.status.in_(still_open), Matter.discovered_at < start)
            .order_by(Matter.discovered_at.desc(), Matter.id.desc())
            .limit(limit)
        )
        return self._matter_lines(query)[::-1]

    def matters_found_between(self, first: date, last: date) -> list[MatterLine]:
        start, end = _day_range(first, last)
        query = (
            select(*_MATTER_COLUMNS)
            .outerjoin(Unit, Unit.id == Matter.unit_id)
            .where(Matter.discovered_at >= start, Matter.discovered_at < end)
            .order_by(Matter.discovered_at, Matter.id)
        )
        return self._matter_lines(query)

    def matter_by_number(self, number: str) -> tuple[MatterLine, datetime | None, str]:
        """A matter line, its publish time and its author's online name."""
        row = self.session.execute(
            select(Matter.id, Matter.published_at, Matter.author_name).where(Matter.number == number.strip())
        ).first()
        if row is None:
            raise NotFoundError(f"找不到编号为 {number} 的事项。", code="matter_not_found")
        query = select(*_MATTER_COLUMNS).outerjoin(Unit, Unit.id == Matter.unit_id).where(Matter.id == row.id)
        return self._matter_lines(query)[0], row.published_at, row.author_name

    def timeline(self, matter_id: int) -> list[TimelineStep]:
        query = (
            select(MatterEvent, Staff.name)
            .outerjoin(Staff, Staff.id == MatterEvent.actor_id)
            .where(MatterEvent.matter_id == matter_id)
            .order_by(MatterEvent.at, MatterEvent.id)
        )
        return [
            TimelineStep(
                at=event.at,
                from_status=MatterStatus(event.from_status) if event.from_status else None,
                to_status=MatterStatus(event.to_status),
                actor_name=name or "",
                note=event.note,
            )
            for event, name in self.session.execute(query)
        ]

    def entries(
        self, duty_date: date, shifts: Iterable[Shift] | None = None, *, matter_id: int | None = None
    ) -> list[EntryLine]:
        query = select(LogEntry.occurred_at, LogEntry.kind, LogEntry.text, LogEntry.details, Staff.name)
        query = query.outerjoin(Staff, Staff.id == LogEntry.author_id)
        if matter_id is not None:
            query = query.where(LogEntry.matter_id == matter_id)
        else:
            query = query.where(LogEntry.duty_date == duty_date)
        if shifts is not None:
            query = query.where(LogEntry.shift.in_([shift.value for shift in shifts]))
        query = query.order_by(LogEntry.occurred_at, LogEntry.id)
        return [
            EntryLine(
                occurred_at=at,
                kind=EntryKind(kind),
                text=text,
                author_name=name or "",
                sources=_sources(details),
                result=_result(details),
            )
            for at, kind, text, details, name in self.session.execute(query)
        ]

    # --- statistics --------------------------------------------------------------
    def statistics(
        self, first: date, last: date, now: datetime, limits: TimeLimits, *, day_start: time = time(0, 0)
    ) -> PeriodStatistics:
        """Every count of the period, from one pass over its matters plus two small joins.

        One scan of the period's rows (counted in Python) beats a GROUP BY per dimension:
        a year of a large office is some 15,000 matters. Matters count by duty date: one
        found before ``day_start`` belongs to the night shift of the day before.
        """
        start, end = _day_range(first, last, day_start)
        before_start = timedelta(hours=day_start.hour, minutes=day_start.minute)
        in_period = (Matter.discovered_at >= start, Matter.discovered_at < end)
        stats = PeriodStatistics(first=first, last=last)
        units = {unit_id: name for unit_id, name in self.session.execute(select(Unit.id, Unit.name))}
        grades = {grade.value: grade for grade in Grade}
        overdue = overdue_rule(limits, now)
        by_grade: Counter[str] = Counter()
        by_status: Counter[str] = Counter()
        by_source: Counter[str] = Counter()
        by_unit: Counter[str] = Counter()
        per_day: Counter[str] = Counter()
        minutes: list[float] = []
        query = select(
            Matter.grade,
            Matter.status,
            Matter.source,
            Matter.unit_id,
            Matter.posts_removed,
            Matter.discovered_at,
            Matter.reported_at,
        ).where(*in_period)
        for code, status, source, unit_id, removed, found, reported in self.session.execute(query):
            stats.matters_total += 1
            stats.posts_removed += removed or 0
            by_grade[code] += 1
            by_status[status] += 1
            by_source[source or "未填"] += 1
            by_unit[units.get(unit_id, UNASSIGNED_UNIT) if unit_id is not None else UNASSIGNED_UNIT] += 1
            per_day[(found - before_start).date().isoformat()] += 1
            if reported is not None:
                minutes.append((reported - found).total_seconds() / 60)
            if overdue(grades[code], found, reported):
                stats.overdue += 1
        stats.by_grade = {grade.value: by_grade[grade.value] for grade in Grade}
        stats.by_status = {status.value: by_status[status.value] for status in MatterStatus}
        stats.closed = stats.by_status[MatterStatus.CLOSED.value]
        stats.by_source = _ranked(by_source)
        stats.by_unit = _ranked(by_unit)
        stats.per_day = dict(sorted(per_day.items()))
        stats.by_category = self._joined_counts(MatterTag, MatterTag.tag, in_period)
        stats.by_measure = self._joined_counts(MatterMeasure, MatterMeasure.measure, in_period)
        stats.instructions, stats.patrols = self._entry_counts(first, last)
        stats.reported = len(minutes)
        stats.median_minutes_to_report = median(minutes)
        stats.max_minutes_to_report = max(minutes) if minutes else None
        return stats

    def _joined_counts(self, model: Any, column: Any, in_period: tuple[Any, ...]) -> dict[str, int]:
        query = (
            select(column, func.count())
            .select_from(Matter)
            .join(model, model.matter_id == Matter.id)
            .where(*in_period)
            .group_by(column)
        )
        return _ranked(Counter({str(key): int(count) for key, count in self.session.execute(query)}))

    def _entry_counts(self, first: date, last: date) -> tuple[int, int]:
        query = (
            select(LogEntry.kind, func.count())
            .where(
                LogEntry.duty_date.between(first, last),
                LogEntry.kind.in_([EntryKind.INSTRUCTION.value, EntryKind.PATROL.value]),
            )
            .group_by(LogEntry.kind)
        )
        counts = {kind: int(count) for kind, count in self.session.execute(query)}
        return counts.get(EntryKind.INSTRUCTION.value, 0), counts.get(EntryKind.PATROL.value, 0)


def _ranked(counts: Counter[str]) -> dict[str, int]:
    """Largest first; ties in name order, so reports and tests are stable."""
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def _sources(details: str | None) -> tuple[str, ...]:
    """Sources patrolled, when the entry form recorded them as details."""
    try:
        data = json.loads(details or "{}")
    except ValueError:
        return ()
    sources = data.get("sources") if isinstance(data, dict) else None
    if isinstance(sources, list):
        return tuple(str(source) for source in sources)
    return ()


def _result(details: str | None) -> str:
    try:
        data = json.loads(details or "{}")
    except ValueError:
        return ""
    value = data.get("result") if isinstance(data, dict) else None
    return value if isinstance(value, str) else ""
