"""Ledger rows against the matters already recorded: kept numbers, duplicates, updates.

A row repeats a matter when it carries the matter's number (编号), or the same URL
and publish or discovery time, or the same title and discovery time. Exporting
the ledger and importing it again must find every row.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from dutylog.domain.matters.ledger_rows import ImportedRow
from dutylog.storage.models import Matter, MatterEvent, MatterExtraField, MatterMeasure, MatterTag

EXTRA = cast(Table, MatterExtraField.__table__)
_MATTER = cast(Table, Matter.__table__)
_EVENT = cast(Table, MatterEvent.__table__)
_CHUNK = 500
# DutyLog's own numbers (numbering.format_number): a prefix, the year, the sequence.
_NUMBER = re.compile(r"^[A-Za-z0-9\u4e00-\u9fff]{1,10}-(\d{4})-(\d{4,9})$")
INSTRUCTION_NOTE = "领导批示："


@dataclass(frozen=True, slots=True)
class LedgerMatch:
    """The matter a row repeats, and why it counts as the same."""

    matter_id: int
    number: str
    basis: str  # 编号相同 / 网址和时间相同 / 标题和发现时间相同


def _chunks(values: Iterable[str]) -> Iterator[list[str]]:
    wanted = sorted(set(values))
    for start in range(0, len(wanted), _CHUNK):
        yield wanted[start : start + _CHUNK]


def matter_columns(row: ImportedRow, unit_id: int | None) -> dict[str, object]:
    """The matter's own columns as a row gives them (a new matter or one it updates)."""
    summary = row.summary
    if row.note:
        summary = f"{summary}\n备注：{row.note}".strip()
    return {
        "title": row.title,
        "summary": summary,
        "source": row.source,
        "url": row.url,
        "author_name": row.author,
        "published_at": row.published_at,
        "discovered_at": row.discovered_at,
        "reported_at": row.reported_at,
        "grade": row.grade.value,
        "status": row.status.value,
        "unit_id": unit_id,
        "outcome": row.outcome,
        "posts_removed": row.posts_removed,
    }


def extra_rows(matter_id: int, row: ImportedRow) -> list[dict[str, object]]:
    return [
        {"matter_id": matter_id, "position": position, "name": name, "text": text}
        for position, (name, text) in enumerate(row.extras)
    ]


def instruction_event(matter_id: int, row: ImportedRow, actor: int | None) -> dict[str, object]:
    """The leader's instruction on the matter's timeline: a step that keeps the status."""
    return {
        "matter_id": matter_id,
        "at": row.discovered_at,
        "actor_id": actor,
        "from_status": row.status.value,
        "to_status": row.status.value,
        "note": f"{INSTRUCTION_NOTE}{row.instruction}",
    }


def kept_numbers(session: Session, rows: Sequence[ImportedRow]) -> dict[int, tuple[int, int]]:
    """Row -> (year, seq) of the rows whose own number is DutyLog's form and still free."""
    wanted: dict[int, tuple[int, int]] = {}
    seen: set[tuple[int, int]] = set()
    for row in rows:
        found = _NUMBER.match(row.seq_text)
        if found is None:
            continue
        key = (int(found.group(1)), int(found.group(2)))
        if key not in seen:
            seen.add(key)
            wanted[row.row] = key
    if not wanted:
        return {}
    taken: set[tuple[int, int]] = set()
    used_numbers: set[str] = set()
    for year in {year for year, _seq in wanted.values()}:
        taken.update((year, seq) for seq in session.scalars(select(Matter.seq).where(Matter.year == year)))
    by_row = {row.row: row.seq_text for row in rows}
    for chunk in _chunks(by_row[r] for r in wanted):
        used_numbers.update(session.scalars(select(Matter.number).where(Matter.number.in_(chunk))))
    return {r: key for r, key in wanted.items() if key not in taken and by_row[r] not in used_numbers}


def find_existing(session: Session, rows: Sequence[ImportedRow]) -> dict[int, LedgerMatch]:
    m = _MATTER.c
    columns = (m.id, m.number, m.title, m.url, m.published_at, m.discovered_at)
    by_number: dict[str, LedgerMatch] = {}
    by_url: dict[str, list[tuple[int, str, datetime | None, datetime]]] = {}
    by_title: dict[tuple[str, datetime], tuple[int, str]] = {}
    candidates: list[Any] = []
    for chunk in _chunks(row.seq_text for row in rows if row.seq_text):
        candidates.extend(session.execute(select(*columns).where(m.number.in_(chunk))))
    for chunk in _chunks(row.url for row in rows if row.url):
        candidates.extend(session.execute(select(*columns).where(m.url.in_(chunk))))
    for chunk in _chunks(row.title for row in rows):
        candidates.extend(session.execute(select(*columns).where(m.title.in_(chunk))))
    for matter_id, number, title, url, published, discovered in candidates:
        by_number[number] = LedgerMatch(matter_id, number, "编号相同")
        if url:
            by_url.setdefault(url, []).append((matter_id, number, published, discovered))
        by_title.setdefault((title, discovered), (matter_id, number))
    found: dict[int, LedgerMatch] = {}
    for row in rows:
        match = by_number.get(row.seq_text) if row.seq_text else None
        if match is None and row.url:
            for matter_id, number, published, discovered in by_url.get(row.url, ()):
                same_publish = row.published_at is not None and row.published_at == published
                if same_publish or row.discovered_at == discovered:
                    match = LedgerMatch(matter_id, number, "网址和时间相同")
                    break
        if match is None:
            hit = by_title.get((row.title, row.discovered_at))
            if hit is not None:
                match = LedgerMatch(hit[0], hit[1], "标题和发现时间相同")
        if match is not None:
            found[row.row] = match
    return found


def update_matters(
    session: Session,
    matches: Sequence[tuple[ImportedRow, LedgerMatch]],
    unit_ids: dict[str, int],
    *,
    now: datetime,
    file_name: str,
    actor: int | None,
) -> list[str]:
    """Write each row over its matter: fields, measures, tags and kept columns; one timeline step."""
    conn = session.connection()
    numbers: list[str] = []
    for row, match in matches:
        before = session.scalar(select(Matter.status).where(Matter.id == match.matter_id))
        values = matter_columns(row, unit_ids.get(row.unit))
        conn.execute(
            update(_MATTER)
            .where(_MATTER.c.id == match.matter_id)
            .values(**values, updated_at=now, version=_MATTER.c.version + 1)
        )
        for table in (MatterMeasure, MatterTag, MatterExtraField):
            conn.execute(delete(table).where(table.matter_id == match.matter_id))
        if row.measures:
            conn.execute(
                insert(MatterMeasure), [{"matter_id": match.matter_id, "measure": m.zh} for m in row.measures]
            )
        if row.tags:
            conn.execute(insert(MatterTag), [{"matter_id": match.matter_id, "tag": t[:50]} for t in row.tags])
        if row.extras:
            conn.execute(insert(EXTRA), extra_rows(match.matter_id, row))
        events = [
            {
                "matter_id": match.matter_id,
                "at": now,
                "actor_id": actor,
                "from_status": before,
                "to_status": row.status.value,
                "note": f"按台账更新：{file_name} 第 {row.row} 行（{match.basis}）",
            }
        ]
        if row.instruction and not _has_instruction(session, match.matter_id, row.instruction):
            events.append(instruction_event(match.matter_id, row, actor))
        conn.execute(insert(_EVENT), events)
        numbers.append(match.number)
    return numbers


def _has_instruction(session: Session, matter_id: int, text: str) -> bool:
    query = select(MatterEvent.id).where(
        MatterEvent.matter_id == matter_id, MatterEvent.note == f"{INSTRUCTION_NOTE}{text}"
    )
    return session.scalar(query.limit(1)) is not None
