"""Light rows on SQLite in plain SQL: search hits, and the unfiltered ledger's pages.

Both are read many times a second over a query that itself takes well under a millisecond,
so SQLAlchemy's per-statement cost (and, in a process's first query, compiling the
statement) was most of their time. Here sqlite3 runs fixed SQL inside the session's
transaction and the untyped results are converted in this module (times: the stored ISO
text, parsed in C). tests/storage/repos/matters/test_plain_rows.py checks that both give
what the general path gives.

* Search: ``search_matter_ids`` (dutylog.storage.search) asks each trigram index for its
  newest hits in a statement of its own, then the rows are read by id. Here the same three
  index walks and the row read are one statement: same answers, same order (newest first
  by id). PostgreSQL keeps the two-step read (its gram search is a different plan).
* The ledger with no filter, in order of discovery (what opens and refreshes the page):
  the keyset page the Core statement of ``MatterRepo.ledger_page`` reads, written out.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy.orm import Session

from dutylog.domain.enums import Grade, MatterStatus
from dutylog.domain.matters.records import MatterRow
from dutylog.storage.driver_sql import driver_rows
from dutylog.storage.search import LINKED_TABLES, LOG_ROWID_SHIFT, match_expression

# A row's measures travel as one string; cleaned labels never hold this control character.
MEASURE_SEP = "\x1f"
_GRADES = {grade.value: grade for grade in Grade}  # plain lookups: faster than Grade(code)
_STATUSES = {status.value: status for status in MatterStatus}

# The columns of a MatterRow, in light_row's order (the ledger's Core statement reads the same).
_ROW_SQL = (
    "SELECT matter.id, matter.number, matter.discovered_at, matter.grade, matter.status, "
    "matter.title, unit.name, matter.source, matter.reported_at, "
    "(SELECT group_concat(matter_measure.measure, char(31)) FROM matter_measure "
    "WHERE matter_measure.matter_id = matter.id), matter.voided_at "
    "FROM matter LEFT OUTER JOIN unit ON unit.id = matter.unit_id"
)
# The newest :n hits of each index. A linked index's rowids are matter_id << 32 | own id:
# walking them downwards meets the newest matters first, and DISTINCT (a temporary b-tree,
# no sort) stops the walk once :n different matters were seen.
_OWN_HITS = (
    "SELECT id FROM (SELECT rowid AS id FROM matter_fts WHERE matter_fts MATCH :q0 "
    "ORDER BY rowid DESC LIMIT :n)"
)
_LINKED_HITS = (
    "SELECT id FROM (SELECT DISTINCT rowid >> {shift} AS id FROM {table} WHERE {table} MATCH :q{index} "
    "ORDER BY rowid DESC LIMIT :n)"
)


@lru_cache(maxsize=8)
def _statement(indexes: tuple[int, ...]) -> str:
    """The statement over the indexes that can match (0: the matter's own, 1-2: linked)."""
    parts = [
        _OWN_HITS
        if index == 0
        else _LINKED_HITS.format(shift=LOG_ROWID_SHIFT, table=LINKED_TABLES[index - 1], index=index)
        for index in indexes
    ]
    hits = " UNION ".join(parts)
    return (
        f"{_ROW_SQL} WHERE matter.id IN (SELECT id FROM ({hits}) ORDER BY id DESC LIMIT :n) "
        "ORDER BY matter.id DESC"
    )


def sqlite_search_rows(session: Session, term: str, *, limit: int) -> list[MatterRow]:
    """Newest first: light rows of up to ``limit`` matters containing ``term`` (normalized)."""
    tables = ("matter_fts", *LINKED_TABLES)
    params: dict[str, Any] = {"n": limit}
    indexes: list[int] = []
    for index, table in enumerate(tables):
        expression = match_expression(session, table, term)
        if expression is not None:
            indexes.append(index)
            params[f"q{index}"] = expression
    if not indexes:
        return []
    return [light_row(row) for row in driver_rows(session, _statement(tuple(indexes)), params)]


# The ledger in order of discovery, as MatterRepo.ledger_page orders it; the sort key last.
_LEDGER_SQL = _ROW_SQL.replace(" FROM matter ", ", matter.discovered_at FROM matter ", 1)


def _ledger_sql(descending: bool, paged: bool) -> str:
    direction, beyond = ("DESC", "<") if descending else ("ASC", ">")
    bound = f" WHERE (matter.discovered_at, matter.id) {beyond} (:key, :id)" if paged else ""
    return f"{_LEDGER_SQL}{bound} ORDER BY matter.discovered_at {direction}, matter.id {direction} LIMIT :n"


def sqlite_ledger_page(
    session: Session, *, descending: bool, after: tuple[Any, int] | None, limit: int
) -> tuple[list[MatterRow], tuple[datetime, int] | None]:
    """A page of the whole ledger by discovery time and the cursor of the next (None at the end)."""
    params: dict[str, Any] = {"n": limit}
    if after is not None:
        # Bound as SQLAlchemy stores a DateTime on SQLite, so text compares as times do.
        params["key"] = after[0].isoformat(sep=" ", timespec="microseconds")
        params["id"] = after[1]
    rows = driver_rows(session, _ledger_sql(descending, after is not None), params)
    following = (_from_text(rows[-1][-1]), rows[-1][0]) if len(rows) == limit else None
    return [light_row(row) for row in rows], following


def light_row(row: Sequence[Any]) -> MatterRow:
    """A MatterRow from its columns (typed by SQLAlchemy, or plain SQL's ISO text for times).

    Plain lookups, not Enum calls or to_record: the ledger maps 100,000 of these in a scroll.
    """
    matter_id, number, found, grade, status, title, unit, source, reported, measures, voided = row[:11]
    if found.__class__ is str:  # plain SQL on SQLite
        found = _from_text(found)
        if reported is not None:
            reported = _from_text(reported)
    return MatterRow(
        matter_id,
        number,
        found,
        _GRADES[grade],
        _STATUSES[status],
        title,
        unit or "",
        source,
        reported,
        tuple(sorted(measures.split(MEASURE_SEP))) if measures else (),
        voided is not None,
    )


_from_text = datetime.fromisoformat  # SQLAlchemy stores 'YYYY-MM-DD HH:MM:SS.ffffff'
