"""Full-text search in Chinese over matters and the log.

SQLite: FTS5 tables with the trigram tokenizer (created and kept in sync by
triggers in migration 0003_matters). The indexed text is ASCII-lowercased and
ends with two unit separators, so every occurrence of any term starts a
trigram:

* a term of 3+ characters is one FTS5 phrase (adjacent trigrams: an exact
  substring match);
* a 1- or 2-character term is first expanded into the trigrams of the index
  that start with it, and those (a handful) are OR-ed into one MATCH. The
  expansion skip-scans the index's term list (fts5vocab 'instance'): one seek
  per distinct trigram, never a walk over its postings, so a term found in a
  million entries costs no more than a rare one. No base-table scan, no LIKE
  (which silently misses 2 CJK characters in SQLite 3.40).

PostgreSQL: GIN indexes over every 1- and 2-character substring of the text,
then a substring check (dutylog.storage.search_pg). Both backends give the same
answers as a plain substring scan (a hypothesis test runs on both).
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, literal, or_, text
from sqlalchemy.orm import Session

from dutylog.domain.matters.search import TRIGRAM, fts_phrase, normalize_term
from dutylog.storage.driver_sql import driver_rows
from dutylog.storage.models import Matter

# matter_log_fts rowids are matter_id << 32 | log entry id (see migration 0003_matters).
LOG_ROWID_SHIFT = 32
MAX_MATTER_ID = 2**31 - 1
_TOP = chr(0x10FFFF)


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def _successor(term: str) -> str:
    """The smallest string after every string that starts with ``term`` minus its last character.

    Trigram tokens are exactly three characters, so bumping the last character
    jumps over ``term`` and all its instances in the index.
    """
    code = ord(term[-1]) + 1
    if 0xD800 <= code <= 0xDFFF:  # surrogates never appear in UTF-8 text
        code = 0xE000
    return term[:-1] + chr(min(code, 0x10FFFF))


# Run by sqlite3 itself: a 2-character search seeks a handful of times, each seek well under
# a tenth of a millisecond, and SQLAlchemy's per-statement cost was as much again.
_TERM_SEEK = {
    table: f"SELECT term FROM {table}_terms WHERE term >= ? AND term < ? LIMIT 1"
    for table in ("matter_fts", "matter_log_fts", "log_fts", "matter_extra_fts")
}
# Linked to a matter by rowid = matter_id << 32 | own id: log entries, and the columns an
# imported ledger kept with the matter (migration 0010_ledger_fields).
LINKED_TABLES = ("matter_log_fts", "matter_extra_fts")


def expand_short_term(session: Session, table: str, term: str, *, cap: int = 5000) -> list[str]:
    """The distinct trigrams in ``table``'s index that start with ``term`` (1 or 2 characters)."""
    found: list[str] = []
    low, high = term, term + _TOP
    query = _TERM_SEEK[table]
    while len(found) < cap:
        rows = driver_rows(session, query, (low, high))
        if not rows:
            break
        found.append(rows[0][0])
        low = _successor(rows[0][0])
    return found


def match_expression(session: Session, table: str, term: str) -> str | None:
    """The FTS5 MATCH string for ``term`` on ``table``, or None when nothing can match."""
    wanted = normalize_term(term)
    if len(wanted) >= TRIGRAM:
        return fts_phrase(wanted)
    terms = [fts_phrase(value) for value in expand_short_term(session, table, wanted)]
    return " OR ".join(terms) if terms else None


def matter_search_condition(session: Session, term: str) -> ColumnElement[bool]:
    """A WHERE condition on ``Matter``: its fields, or a linked log entry, contain ``term``.

    It combines with the ledger's filters, sorting and keyset paging.
    """
    wanted = normalize_term(term)
    if not _is_sqlite(session):
        from dutylog.storage import search_pg  # PostgreSQL only: SQLite never loads its dialect

        return search_pg.matter_condition(session, wanted, FEW_HITS)
    on_matter = match_expression(session, "matter_fts", wanted)
    on_linked = {table: match_expression(session, table, wanted) for table in LINKED_TABLES}
    on_log = on_linked["matter_log_fts"]
    if on_matter is None and all(expression is None for expression in on_linked.values()):
        return literal(False)
    # Two plans, picked by how common the term is. A rare term: fetch its few
    # matter ids and let the ledger query look them up by primary key. A common
    # one (thousands of hits): the unary + keeps SQLite from driving the query by
    # the hit list (100,000 primary-key lookups, then a sort); instead it walks
    # the ledger's sort index, tests each row against the hit list built once,
    # and stops after one page.
    few = _few_hits(session, on_matter, on_log, on_linked["matter_extra_fts"])
    if few is not None:
        return Matter.id.in_(few) if few else literal(False)
    conditions: list[ColumnElement[bool]] = []
    if on_matter is not None:
        conditions.append(
            text("+matter.id IN (SELECT rowid FROM matter_fts WHERE matter_fts MATCH :mq)")
            .bindparams(mq=on_matter)
            .self_group()  # type: ignore[arg-type]
        )
    for index, (table, expression) in enumerate(on_linked.items()):
        if expression is None:
            continue
        conditions.append(
            text(
                f"+matter.id IN (SELECT rowid >> {LOG_ROWID_SHIFT} FROM {table} "
                f"WHERE {table} MATCH :lq{index})"
            )
            .bindparams(**{f"lq{index}": expression})
            .self_group()  # type: ignore[arg-type]
        )
    return or_(*conditions)


# Above this many hits a term counts as common (see matter_search_condition).
FEW_HITS = 2000


def _few_hits(
    session: Session, on_matter: str | None, on_log: str | None, on_extra: str | None = None
) -> list[int] | None:
    """The matching matter ids if there are at most FEW_HITS of them, else None."""
    found: set[int] = set()
    for table, expression, column in (
        ("matter_fts", on_matter, "rowid"),
        ("matter_log_fts", on_log, f"rowid >> {LOG_ROWID_SHIFT}"),
        ("matter_extra_fts", on_extra, f"rowid >> {LOG_ROWID_SHIFT}"),
    ):
        if expression is None:
            continue
        rows = session.execute(
            text(f"SELECT DISTINCT {column} FROM {table} WHERE {table} MATCH :q LIMIT :n"),
            {"q": expression, "n": FEW_HITS + 1},
        ).scalars()
        found.update(rows)
        if len(found) > FEW_HITS:
            return None
    return sorted(found)


def search_matter_ids(
    session: Session, term: str, *, limit: int = 50, before_id: int | None = None
) -> list[int]:
    """Newest first (by id): ``limit`` ids of matters containing ``term``."""
    wanted = normalize_term(term)
    if _is_sqlite(session):
        return _sqlite_matter_ids(session, wanted, limit=limit, before_id=before_id)
    from dutylog.storage import search_pg  # PostgreSQL only: SQLite never loads its dialect

    return search_pg.newest_matter_ids(session, wanted, limit=limit, before_id=before_id, few=FEW_HITS)


# Built once: the search runs these on every keystroke, and building a statement costs
# about as much as running it.
_NEWEST_MATTERS = text(
    "SELECT rowid FROM matter_fts WHERE matter_fts MATCH :q AND rowid < :bound ORDER BY rowid DESC LIMIT :n"
)
_NEWEST_LINKED_MATTERS = {
    table: text(
        f"SELECT rowid >> {LOG_ROWID_SHIFT} FROM {table} "
        f"WHERE {table} MATCH :q AND rowid < :bound ORDER BY rowid DESC"
    )
    for table in LINKED_TABLES
}


def _sqlite_matter_ids(session: Session, wanted: str, *, limit: int, before_id: int | None) -> list[int]:
    # Each index is asked for its newest `limit` hits only (FTS5 walks its rowids
    # backwards and stops), then the two short lists are merged. Core on the session's
    # connection: the ORM's statement handling would cost more than these queries.
    connection = session.connection()
    bound = before_id if before_id is not None else MAX_MATTER_ID
    found: set[int] = set()
    on_matter = match_expression(session, "matter_fts", wanted)
    if on_matter is not None:
        found.update(
            connection.execute(_NEWEST_MATTERS, {"q": on_matter, "bound": bound, "n": limit}).scalars()
        )
    for table in LINKED_TABLES:
        on_linked = match_expression(session, table, wanted)
        if on_linked is None:
            continue
        # Rowids there are matter_id << 32 | own id: walking them downwards meets the
        # newest matters first, so reading stops once `limit` distinct matters were seen.
        statement = _NEWEST_LINKED_MATTERS[table]
        result = connection.execute(statement, {"q": on_linked, "bound": bound << LOG_ROWID_SHIFT})
        seen: set[int] = set()
        for matter_id in result.scalars():
            seen.add(matter_id)
            if len(seen) >= limit:
                break
        result.close()
        found.update(seen)
    return sorted(found, reverse=True)[:limit]


def search_log_ids(
    session: Session, term: str, *, limit: int = 50, before_id: int | None = None
) -> list[int]:
    """Newest first (by id): ``limit`` ids of log entries whose text contains ``term``."""
    wanted = normalize_term(term)
    bound = before_id if before_id is not None else 2**62
    if not _is_sqlite(session):
        from dutylog.storage import search_pg  # PostgreSQL only: SQLite never loads its dialect

        return search_pg.newest_log_ids(session, wanted, limit=limit, before_id=before_id, few=FEW_HITS)
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
