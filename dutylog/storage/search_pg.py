"""Full-text search in Chinese on PostgreSQL: the gram indexes of migration 0008_pg_search.

Each matter (its searched fields) and each log entry is indexed by its grams: every
1- and 2-character substring of its ASCII-lowercased text, in a GIN index. A
term's grams (dutylog.domain.matters.search.term_grams) find the candidates; a substring
test on the text keeps the records that contain the term. That test never folds
the stored text (translate() costs 4 us on a short URL, 20 on a paragraph): a
term without ASCII letters is a plain LIKE, since folding cannot change where it
occurs; a term with letters is a regular expression with [xX] for each letter.

Two things steer PostgreSQL here. Its planner prices a bitmap scan as if every
fetched row had its grams computed again (the GIN array test is exact, so none
is), and then for a common term it prefers to walk the table computing each row's
grams: 0.1 ms a row. So statements that must use the index run with sequential
and plain index scans off (``_through_index``), and row-by-row tests never
mention grams. And the index cannot return hits in id or ledger order, so:

* the newest hits (search boxes): the newest WINDOW records are tested row by row
  first, where a common term fills the page. Otherwise the index gives the hits
  (at most ``few`` are sorted); only a term with many hits spread thinly over the
  years falls back to testing rows newest first.
* the ledger's condition: the ids found through the index, as one array; for a
  term in more than ``few`` matters' own fields, a per-row test of those fields,
  so the ledger walks its sort order and stops after a page.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Integer,
    Select,
    Text,
    any_,
    cast,
    exists,
    func,
    literal,
    or_,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, array
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from dutylog.domain.matters.search import term_grams
from dutylog.storage.models import LogEntry, Matter, MatterExtraField

MATTER_COLUMNS = ("title", "summary", "url", "author_name", "source")
# Names and definitions as in migration 0008_pg_search; bulk loads drop and rebuild them.
GRAM_INDEXES = (
    "ix_matter_grams",
    "ix_log_entry_grams",
    "ix_log_entry_matter_grams",
    "ix_matter_extra_field_grams",
)
# How many of the newest records are tested row by row before the index is asked.
WINDOW = 2000
_ASCII_LETTER = re.compile(r"[A-Za-z]")


def contains(column: Any, wanted: str) -> ColumnElement[bool]:
    """``column`` contains the normalised term ``wanted``, ASCII case ignored."""
    if _ASCII_LETTER.search(wanted):
        return column.op("~")(_case_blind_pattern(wanted))  # type: ignore[no-any-return]
    escaped = wanted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return column.like(f"%{escaped}%", escape="\\")  # type: ignore[no-any-return]


def _case_blind_pattern(wanted: str) -> str:
    """A regular expression for ``wanted`` (folded) that matches either case of ASCII letters."""
    parts = []
    for char in wanted:
        if "a" <= char <= "z":
            parts.append(f"[{char}{char.upper()}]")
        elif char.isascii() and not char.isalnum():
            parts.append("\\" + char)  # every ASCII punctuation mark stands for itself escaped
        else:
            parts.append(char)
    return "".join(parts)


def _has_grams(grams: ColumnElement[Any], wanted: str) -> ColumnElement[bool]:
    return grams.op("@>")(cast(array(term_grams(wanted)), ARRAY(Text)))


def _matter_grams(matter: Any) -> ColumnElement[Any]:
    # The same call, argument for argument, as the index expression.
    return func.dutylog_grams(*(getattr(matter, name) for name in MATTER_COLUMNS))


def _log_grams() -> ColumnElement[Any]:
    return func.dutylog_grams(LogEntry.text)


def matter_matches(wanted: str) -> ColumnElement[bool]:
    """Per-row test on ``Matter``: a field, a linked log entry or a kept ledger column contains ``wanted``."""
    return or_(_fields_match(Matter, wanted), _log_mentions(wanted), _extra_mentions(wanted))


def _fields_match(matter: Any, wanted: str) -> ColumnElement[bool]:
    return or_(*(contains(getattr(matter, name), wanted) for name in MATTER_COLUMNS))


def _log_mentions(wanted: str) -> ColumnElement[bool]:
    # OFFSET 0 keeps this a per-row probe of the matter's own entries: otherwise the
    # planner may run it as one hashed list of every linked entry containing the term,
    # reading all of them (a quarter of a second) to test the newest few thousand matters.
    mentions = select(LogEntry.id).where(
        LogEntry.matter_id == Matter.id, LogEntry.matter_id.is_not(None), log_matches(wanted)
    )
    return exists(mentions.offset(0))


def _extra_mentions(wanted: str) -> ColumnElement[bool]:
    # A kept column of an imported ledger (migration 0010_ledger_fields); OFFSET 0 as above.
    kept = select(MatterExtraField.id).where(
        MatterExtraField.matter_id == Matter.id, contains(MatterExtraField.text, wanted)
    )
    return exists(kept.offset(0))


def _extra_hits(wanted: str) -> Select[Any]:
    return select(MatterExtraField.matter_id).where(
        _has_grams(func.dutylog_grams(MatterExtraField.text), wanted), contains(MatterExtraField.text, wanted)
    )


def log_matches(wanted: str) -> ColumnElement[bool]:
    return contains(LogEntry.text, wanted)


def _through_index(session: Session, query: Select[Any], limit: int | None = None) -> list[Any]:
    """The rows of ``query`` (the first ``limit``), read through its gram index (see above)."""
    previous = session.execute(
        text(
            "SELECT current_setting('enable_seqscan'), current_setting('enable_indexscan'), "
            "set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true)"
        )
    ).one()
    rows = list(session.scalars(query if limit is None else query.limit(limit)))
    # A failed statement needs no restoring: the transaction is rolled back, and SET LOCAL with it.
    session.execute(
        text(
            "SELECT set_config('enable_seqscan', :seqscan, true), "
            "set_config('enable_indexscan', :indexscan, true)"
        ),
        {"seqscan": previous[0], "indexscan": previous[1]},
    )
    return rows


def _field_hits(wanted: str) -> Select[Any]:
    own = aliased(Matter)
    return select(own.id).where(_has_grams(_matter_grams(own), wanted), _fields_match(own, wanted))


def _log_hits(wanted: str) -> Select[Any]:
    # Rows of log entries, not distinct matters: DISTINCT would read every hit first.
    return select(LogEntry.matter_id).where(
        _has_grams(_log_grams(), wanted), LogEntry.matter_id.is_not(None), log_matches(wanted)
    )


def few_matter_hits(session: Session, wanted: str, few: int) -> list[int] | None:
    """Ids of the matters containing ``wanted``, through the indexes; None if over ``few``."""
    found: set[int] = set()
    for query in (_field_hits(wanted), _log_hits(wanted), _extra_hits(wanted)):
        rows = _through_index(session, query, few + 1)
        if len(rows) > few:
            return None
        found.update(rows)
    return sorted(found) if len(found) <= few else None


def few_log_hits(session: Session, wanted: str, few: int) -> list[int] | None:
    query = select(LogEntry.id).where(_has_grams(_log_grams(), wanted), log_matches(wanted))
    rows = _through_index(session, query, few + 1)
    return sorted(rows) if len(rows) <= few else None


def matter_condition(session: Session, wanted: str, few: int) -> ColumnElement[bool]:
    """The ledger's WHERE condition for ``wanted`` (see the module docstring)."""
    in_fields = _through_index(session, _field_hits(wanted), few + 1)
    in_log = {row for row in _through_index(session, _log_hits(wanted)) if row is not None}
    in_log.update(_through_index(session, _extra_hits(wanted)))
    if len(in_fields) > few:
        # Common in the matters' own fields: tested row by row as the ledger walks.
        return or_(_fields_match(Matter, wanted), _id_among(in_log))
    return _id_among(in_log.union(in_fields))


def _id_among(ids: set[int]) -> ColumnElement[bool]:
    if not ids:
        return literal(False)
    # One array parameter however many: an IN list of 100,000 would cost more to plan than to run.
    return Matter.id == any_(cast(literal(sorted(ids), ARRAY(Integer)), ARRAY(Integer)))


def newest_matter_ids(
    session: Session, wanted: str, *, limit: int, before_id: int | None, few: int
) -> list[int]:
    return _newest(
        session,
        Matter.id,
        matter_matches(wanted),
        lambda: few_matter_hits(session, wanted, few),
        limit=limit,
        before_id=before_id,
    )


def newest_log_ids(
    session: Session, wanted: str, *, limit: int, before_id: int | None, few: int
) -> list[int]:
    return _newest(
        session,
        LogEntry.id,
        log_matches(wanted),
        lambda: few_log_hits(session, wanted, few),
        limit=limit,
        before_id=before_id,
    )


def _newest(
    session: Session,
    key: InstrumentedAttribute[int],
    matches: ColumnElement[bool],
    indexed_hits: Callable[[], list[int] | None],
    *,
    limit: int,
    before_id: int | None,
) -> list[int]:
    """The ``limit`` largest ids below ``before_id`` of rows where ``matches`` holds."""
    below: list[ColumnElement[bool]] = [] if before_id is None else [key < before_id]

    def newest(*extra: ColumnElement[bool]) -> list[int]:
        query: Select[Any] = select(key).where(*below, *extra, matches)
        return list(session.scalars(query.order_by(key.desc()).limit(limit)))

    # The id that starts the window of the newest WINDOW rows (None: the table is smaller).
    window_start = session.scalar(select(key).where(*below).order_by(key.desc()).offset(WINDOW - 1).limit(1))
    if window_start is None:
        return newest()
    recent = newest(key >= window_start)
    if len(recent) == limit:
        return recent
    hits = indexed_hits()
    if hits is not None:
        return [i for i in reversed(hits) if before_id is None or i < before_id][:limit]
    return newest()


def gram_indexes(conn: Session | Connection) -> list[tuple[str, str]]:
    """(name, CREATE INDEX statement) of the gram indexes, to drop and rebuild around a bulk load."""
    rows = conn.execute(
        text("SELECT indexname, indexdef FROM pg_indexes WHERE indexname = ANY(:names) ORDER BY indexname"),
        {"names": list(GRAM_INDEXES)},
    )
    return [(name, definition) for name, definition in rows]


def drop_gram_indexes(conn: Session | Connection, indexes: list[tuple[str, str]]) -> None:
    """Drop ``indexes`` (from ``gram_indexes``) before a bulk load."""
    for name, _definition in indexes:
        conn.execute(text(f'DROP INDEX IF EXISTS "{name}"'))


def build_gram_indexes(conn: Session | Connection, indexes: list[tuple[str, str]]) -> None:
    """Build ``indexes`` again, once, over the loaded rows."""
    if indexes:
        # Building a GIN index over a million rows sorts its keys in this much memory.
        conn.execute(text("SET LOCAL maintenance_work_mem = '256MB'"))
    for _name, definition in indexes:
        conn.execute(text(definition))
