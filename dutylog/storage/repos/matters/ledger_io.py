"""Bulk import of ledger rows and the ledger query behind exports. Core inserts: 100,000 rows in seconds."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from typing import cast

from sqlalchemy import Connection, Table, func, insert, inspect, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from dutylog.domain.enums import Grade, MatterStatus
from dutylog.domain.matters.ledger_rows import ImportedFile, ImportedRow, LedgerLine
from dutylog.domain.matters.ledger_values import HandlingMeasure
from dutylog.domain.matters.numbering import format_number
from dutylog.storage.locking import serialize
from dutylog.storage.models import (
    LedgerImport,
    Matter,
    MatterCounter,
    MatterEvent,
    MatterExtraField,
    MatterMeasure,
    MatterTag,
    Unit,
)
from dutylog.storage.records import to_record
from dutylog.storage.repos.matters.ledger_match import (
    EXTRA,
    LedgerMatch,
    extra_rows,
    find_existing,
    instruction_event,
    kept_numbers,
    matter_columns,
    update_matters,
)
from dutylog.storage.repos.matters.matters import MatterRepo

BATCH = 2_000
# Core tables: bulk inserts skip the ORM's per-object bookkeeping (about 2x faster).
_MATTER = cast(Table, Matter.__table__)
_EVENT = cast(Table, MatterEvent.__table__)
_MEASURE = cast(Table, MatterMeasure.__table__)
_TAG = cast(Table, MatterTag.__table__)
_EXTRA = cast(Table, MatterExtraField.__table__)
Progress = Callable[[int, int], None]


def _imported(row: LedgerImport) -> ImportedFile:
    return to_record(ImportedFile, row)


_MEASURE_ORDER = {m.zh: m.position for m in HandlingMeasure} | {m.value: m.position for m in HandlingMeasure}


def _measure_labels(codes: Sequence[str]) -> tuple[str, ...]:
    """Known measures in their usual order, then any other code as stored."""
    ordered = sorted(codes, key=lambda code: (_MEASURE_ORDER.get(code, len(_MEASURE_ORDER)), code))
    return tuple(_measure_label(code) for code in ordered)


def _measure_label(code: str) -> str:
    try:
        return HandlingMeasure(code).zh
    except ValueError:
        return code


class LedgerIORepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    def imported_file(self, sha256: str, sheet: str = "") -> ImportedFile | None:
        query = select(LedgerImport).where(LedgerImport.sha256 == sha256, LedgerImport.sheet == sheet)
        row = self.session.scalars(query).first()
        return _imported(row) if row else None

    def existing_units(self, names: Sequence[str]) -> set[str]:
        wanted = sorted(set(names))
        found: set[str] = set()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            found.update(self.session.scalars(select(Unit.name).where(Unit.name.in_(chunk))))
        return found

    def has_table(self, name: str) -> bool:
        return bool(inspect(self.session.connection()).has_table(name))

    def import_rows(
        self,
        rows: Sequence[ImportedRow],
        *,
        prefix: str,
        now: datetime,
        file_name: str,
        sha256: str,
        sheet: str = "",
        created_by: int | None = None,
        progress: Progress | None = None,
    ) -> ImportedFile:
        """Insert every row as a matter, numbered per year after the year's last number.

        Runs inside the caller's transaction: it all commits or none of it does.
        """
        serialize(self.session, "matter_number")  # two workstations must not draw the same number
        conn = self.session.connection()
        unit_ids = self._ensure_units([row.unit for row in rows if row.unit])
        ordered = sorted(rows, key=lambda r: (r.discovered_at, r.row))
        numbers_repo = MatterRepo(self.session)
        # A row's own number in DutyLog's form (an exported ledger) is kept when still free.
        kept = kept_numbers(self.session, ordered)
        taken: dict[int, set[int]] = defaultdict(set)
        for year, seq in kept.values():
            taken[year].add(seq)
        next_seq: dict[int, int] = {}
        last_by_year: dict[int, int] = {}
        numbers: list[str] = []
        matter_values: list[dict[str, object]] = []
        for row in ordered:
            if row.row in kept:
                year, seq = kept[row.row]
                number = row.seq_text
            else:
                year = row.discovered_at.year
                if year not in next_seq:
                    # After the year's last number ever handed out, voided ones included.
                    next_seq[year] = numbers_repo.last_seq(year) + 1
                while next_seq[year] in taken[year]:
                    next_seq[year] += 1
                seq = next_seq[year]
                next_seq[year] = seq + 1
                number = format_number(prefix, year, seq)
            last_by_year[year] = max(last_by_year.get(year, 0), seq)
            numbers.append(number)
            matter_values.append(
                {
                    "number": number,
                    "year": year,
                    "seq": seq,
                    **matter_columns(row, unit_ids.get(row.unit)),
                    "sentiment": "negative",
                    "follow_up_until": None,
                    "created_by": created_by,
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                }
            )
        total = len(ordered)
        # A plain executemany, then the ids by number (unique): RETURNING in parameter order
        # is one statement per row on SQLite (no ordered multi-row RETURNING there).
        statement = insert(_MATTER)
        for start in range(0, total, BATCH):
            batch_rows = ordered[start : start + BATCH]
            batch_numbers = numbers[start : start + BATCH]
            conn.execute(statement, matter_values[start : start + BATCH])
            found = conn.execute(
                select(_MATTER.c.number, _MATTER.c.id).where(_MATTER.c.number.in_(batch_numbers))
            )
            id_of: dict[str, int] = {number: matter_id for number, matter_id in found}
            ids = [id_of[number] for number in batch_numbers]
            self._insert_children(conn, batch_rows, ids, file_name, created_by)
            if progress is not None:
                progress(min(start + BATCH, total), total)
        self._bump_counters(last_by_year)
        if self.imported_file(sha256, sheet) is not None:  # the same file again, its rows skipped or updated
            self.session.flush()
            return ImportedFile(
                sha256,
                file_name,
                now,
                total,
                numbers[0] if numbers else "",
                numbers[-1] if numbers else "",
                sheet,
            )
        record = LedgerImport(
            sha256=sha256,
            file_name=file_name[:255],
            sheet=sheet[:100],
            row_count=total,
            first_number=numbers[0] if numbers else "",
            last_number=numbers[-1] if numbers else "",
            imported_by=created_by,
            imported_at=now,
        )
        self.session.add(record)
        self.session.flush()
        return _imported(record)

    def find_existing(self, rows: Sequence[ImportedRow]) -> dict[int, LedgerMatch]:
        """Row number -> the matter it repeats (by number, URL and time, or title and time)."""
        return find_existing(self.session, rows)

    def update_rows(
        self,
        matches: Sequence[tuple[ImportedRow, LedgerMatch]],
        *,
        now: datetime,
        file_name: str,
        actor: int | None = None,
    ) -> list[str]:
        """Write each row over the matter it repeats; returns their numbers."""
        unit_ids = self._ensure_units([row.unit for row, _match in matches if row.unit])
        return update_matters(self.session, matches, unit_ids, now=now, file_name=file_name, actor=actor)

    def extra_fields(self, matter_id: int) -> list[tuple[str, str]]:
        """A matter's kept ledger columns, (name, text) in their order."""
        query = (
            select(MatterExtraField.name, MatterExtraField.text)
            .where(MatterExtraField.matter_id == matter_id)
            .order_by(MatterExtraField.position, MatterExtraField.id)
        )
        return [(name, text) for name, text in self.session.execute(query)]

    def extra_names(self) -> list[str]:
        """Every kept column name, in the order first used: the export's extra columns."""
        query = (
            select(MatterExtraField.name, func.min(MatterExtraField.id).label("first"))
            .group_by(MatterExtraField.name)
            .order_by("first")
        )
        return [name for name, _first in self.session.execute(query)]

    def _insert_children(
        self,
        conn: Connection,
        rows: Sequence[ImportedRow],
        ids: Sequence[int],
        file_name: str,
        actor: int | None,
    ) -> None:
        events: list[dict[str, object]] = []
        measures: list[dict[str, object]] = []
        tags: list[dict[str, object]] = []
        extras: list[dict[str, object]] = []
        for row, matter_id in zip(rows, ids, strict=True):
            origin = f"从台账导入：{file_name} 第 {row.row} 行"
            if row.seq_text:
                origin += f"，原序号 {row.seq_text}"
            # One step tells the story: the matter entered DutyLog by import, in this status.
            events.append(
                {
                    "matter_id": matter_id,
                    "at": row.discovered_at,
                    "actor_id": actor,
                    "from_status": None,
                    "to_status": row.status.value,
                    "note": origin,
                }
            )
            # Stored by their Chinese label, like measures chosen in the matter editor.
            measures.extend({"matter_id": matter_id, "measure": m.zh} for m in row.measures)
            tags.extend({"matter_id": matter_id, "tag": tag[:50]} for tag in row.tags)
            extras.extend(extra_rows(matter_id, row))
            if row.instruction:
                events.append(instruction_event(matter_id, row, actor))
        conn.execute(insert(_EVENT), events)
        if extras:
            conn.execute(insert(_EXTRA), extras)
        if measures:
            conn.execute(insert(_MEASURE), measures)
        if tags:
            conn.execute(insert(_TAG), tags)

    def _bump_counters(self, last_by_year: dict[int, int]) -> None:
        """Record the numbers taken so that they are never handed out again."""
        for year, last in last_by_year.items():
            counter = self.session.get(MatterCounter, year)
            if counter is None:
                self.session.add(MatterCounter(year=year, last_seq=last))
            elif counter.last_seq < last:
                counter.last_seq = last
        self.session.flush()

    def _ensure_units(self, names: Sequence[str]) -> dict[str, int]:
        wanted = sorted(set(names))
        if not wanted:
            return {}
        missing = sorted(set(wanted) - self.existing_units(wanted))
        if missing:
            count = self.session.scalar(select(func.count(Unit.id))) or 0
            self.session.execute(
                insert(Unit), [{"name": name, "sort_order": count + i} for i, name in enumerate(missing)]
            )
        ids: dict[str, int] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            for name, unit_id in self.session.execute(select(Unit.name, Unit.id).where(Unit.name.in_(chunk))):
                ids[name] = unit_id
        return ids

    def ledger_lines(
        self,
        *,
        discovered_from: datetime | None = None,
        discovered_before: datetime | None = None,
        grades: Sequence[Grade] = (),
    ) -> Iterator[LedgerLine]:
        """Matters in discovery order, with measures and tags, streamed in batches."""
        m = _MATTER.c
        query = select(
            m.id, m.number, m.title, m.grade, m.status, m.discovered_at, m.published_at, m.reported_at,
            m.summary, m.source, m.url, m.author_name, m.posts_removed, m.outcome, Unit.name.label("unit"),
        ).outerjoin(Unit, m.unit_id == Unit.id)  # fmt: skip
        if discovered_from is not None:
            query = query.where(m.discovered_at >= discovered_from)
        if discovered_before is not None:
            query = query.where(m.discovered_at < discovered_before)
        if grades:
            query = query.where(m.grade.in_([g.value for g in grades]))
        query = query.order_by(m.discovered_at, m.id)
        result = self.session.execute(query.execution_options(yield_per=BATCH))
        for partition in result.partitions():
            ids = [row.id for row in partition]
            measures = self._children(MatterMeasure.measure, MatterMeasure.matter_id, ids)
            tags = self._children(MatterTag.tag, MatterTag.matter_id, ids)
            extras = self._extras_of(ids)
            for row in partition:
                yield LedgerLine(
                    number=row.number,
                    title=row.title,
                    grade=Grade(row.grade),
                    status=MatterStatus(row.status),
                    discovered_at=row.discovered_at,
                    published_at=row.published_at,
                    reported_at=row.reported_at,
                    summary=row.summary,
                    source=row.source,
                    url=row.url,
                    author=row.author_name,
                    measures=_measure_labels(measures.get(row.id, [])),
                    posts_removed=row.posts_removed,
                    outcome=row.outcome,
                    unit=row.unit or "",
                    tags=tuple(tags.get(row.id, ())),
                    extras=tuple(extras.get(row.id, ())),
                )

    def _extras_of(self, ids: Sequence[int]) -> dict[int, list[tuple[str, str]]]:
        found: dict[int, list[tuple[str, str]]] = defaultdict(list)
        e = EXTRA.c
        query = select(e.matter_id, e.name, e.text).where(e.matter_id.in_(ids)).order_by(e.position, e.id)
        for matter_id, name, text in self.session.execute(query):
            found[matter_id].append((name, text))
        return found

    def _children(
        self,
        value_column: InstrumentedAttribute[str],
        key_column: InstrumentedAttribute[int],
        ids: Sequence[int],
    ) -> dict[int, list[str]]:
        found: dict[int, list[str]] = defaultdict(list)
        query = select(key_column, value_column).where(key_column.in_(ids))
        for key, value in self.session.execute(query):
            found[key].append(value)
        return found
