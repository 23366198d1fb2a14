"""Full-text search in Chinese over matters and the log.

SQLite: FTS5 tables with the trigram tokenizer (created and kept in sync by
triggers in migration 0003_matters). The indexed text is ASCII-lowercased and
ends with two unit separators, so every occurrence of any term starts a
trigram:

* a term of 3+ characters is one FTS5 phrase (adjacent trigrams: an exact
  substring match);
* a 1- or 2-character term is first looked up in the index's own term list
  (fts5vocab, a range scan over the sorted trigrams starting with the term),
  and the handful of trigrams found are OR-ed into one MATCH. No base-table
  scan, no LIKE (which silently misses 2 CJK characters in SQLite 3.40).

Other backends (PostgreSQL) fall back to a LIKE over the base columns.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Integer, func, literal, or_, select, text
from sqlalchemy.orm import Session

from dutylog.domain.search import TRIGRAM, fts_phrase, normalize_term
from dutylog.storage.models import LogEntry, Matter

MATTER_COLUMNS = ("title", "summary", "url", "author_name", "source")
_TOP = chr(0x10FFFF)


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def match_expression(session: Session, table: str, term: str) -> str | None:
    """The FTS5 MATCH string for ``term`` on ``table``, or None when nothing can match."""
    wanted = normalize_term(term)
    if len(wanted) >= TRIGRAM:
        return fts_phrase(wanted)
    rows = session.execute(
        text(f"SELECT term FROM {table}_terms WHERE term >= :low AND term < :high"),
        {"low": wanted, "high": wanted + _TOP},
    ).scalars()
    terms = [fts_phrase(value) for value in rows]
    return " OR ".join(terms) if terms else None


def _like(column: Any, wanted: str) -> ColumnElement[bool]:
    escaped = wanted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return func.lower(column).like(f"%{escaped}%", escape="\\")


def matter_search_condition(session: Session, term: str) -> ColumnElement[bool]:
    """A WHERE condition on ``Matter``: its fields, or a linked log entry, contain ``term``.

    It combines with the ledger's filters, sorting and keyset paging.
    """
    wanted = normalize_term(term)
    if not _is_sqlite(session):
        fields = [_like(getattr(Matter, name), wanted) for name in MATTER_COLUMNS]
        in_log = select(LogEntry.matter_id).where(
            LogEntry.matter_id.is_not(None), _like(LogEntry.text, wanted)
        )
        return or_(*fields, Matter.id.in_(in_log))
    on_matter = match_expression(session, "matter_fts", wanted)
    on_log = match_expression(session, "matter_log_fts", wanted)
    conditions: list[ColumnElement[bool]] = []
    if on_matter is not None:
        hits = text("SELECT rowid FROM matter_fts WHERE matter_fts MATCH :mq").bindparams(mq=on_matter)
        conditions.append(Matter.id.in_(hits.columns(rowid=Integer)))
    if on_log is not None:
        logged = text("SELECT rowid FROM matter_log_fts WHERE matter_log_fts MATCH :lq").bindparams(lq=on_log)
        conditions.append(
            Matter.id.in_(select(LogEntry.matter_id).where(LogEntry.id.in_(logged.columns(rowid=Integer))))
        )
    if not conditions:
        return literal(False)
    return or_(*conditions)


def search_matter_ids(
    session: Session, term: str, *, limit: int = 50, before_id: int | None = None
) -> list[int]:
    """Newest first (by id): ``limit`` ids of matters containing ``term``."""
    wanted = normalize_term(term)
    if _is_sqlite(session):
        return _sqlite_matter_ids(session, wanted, limit=limit, before_id=before_id)
    query = select(Matter.id).where(matter_search_condition(session, wanted))
    if before_id is not None:
        query = query.where(Matter.id < before_id)
    return list(session.scalars(query.order_by(Matter.id.desc()).limit(limit)))


def _sqlite_matter_ids(session: Session, wanted: str, *, limit: int, before_id: int | None) -> list[int]:
    # Each index is asked for its newest `limit` hits only (FTS5 walks its rowids
    # backwards and stops), then the two short lists are merged.
    bound = before_id if before_id is not None else 2**62
    found: set[int] = set()
    on_matter = match_expression(session, "matter_fts", wanted)
    if on_matter is not None:
        found.update(
            session.execute(
                text(
                    "SELECT rowid FROM matter_fts WHERE matter_fts MATCH :q AND rowid < :bound "
                    "ORDER BY rowid DESC LIMIT :n"
                ),
                {"q": on_matter, "bound": bound, "n": limit},
            ).scalars()
        )
    on_log = match_expression(session, "matter_log_fts", wanted)
    if on_log is not None:
        found.update(
            session.execute(
                text(
                    "SELECT DISTINCT matter_id FROM log_entry WHERE id IN "
                    "(SELECT rowid FROM matter_log_fts WHERE matter_log_fts MATCH :q) "
                    "AND matter_id < :bound ORDER BY matter_id DESC LIMIT :n"
                ),
                {"q": on_log, "bound": bound, "n": limit},
            ).scalars()
        )
    return sorted(found, reverse=True)[:limit]


def search_log_ids(
    session: Session, term: str, *, limit: int = 50, before_id: int | None = None
) -> list[int]:
    """Newest first (by id): ``limit`` ids of log entries whose text contains ``term``."""
    wanted = normalize_term(term)
    bound = before_id if before_id is not None else 2**62
    if not _is_sqlite(session):
        query = select(LogEntry.id).where(_like(LogEntry.text, wanted), LogEntry.id < bound)
        return list(session.scalars(query.order_by(LogEntry.id.desc()).limit(limit)))
    expression = match_expression(session, "log_fts", wanted)
    if expression is None:
        return []
    rows = session.execute(
        text(
            "SELECT rowid FROM log_fts WHERE log_fts MATCH :q AND rowid < :bound ORDER BY rowid DESC LIMIT :n"
        ),
        {"q": expression, "bound": bound, "n": limit},
    ).scalars()
    return list(rows)
