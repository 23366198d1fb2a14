"""Bulk loading for large generated offices: Core executemany and a one-pass search index build.

Row-by-row ORM inserts manage ~18k rows/s and every row pays for the FTS5 sync
triggers; a ten-year office has over a million rows. Here rows go in through
Core ``insert()`` executemany in chunks, and on SQLite the search triggers of
migration 0003_matters are taken off while loading: the FTS tables are then
filled once, in id ranges, by the same expressions the triggers use, and the
triggers are put back exactly as they were (their SQL is read from
``sqlite_master`` first). The result is the index a normal database would have.
On PostgreSQL the gram indexes of migration 0008_pg_search are dropped while
loading and built again from their own definitions at the end.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from dutylog.storage.models import Base, LogEntry, Matter
from dutylog.storage.search import LOG_ROWID_SHIFT
from dutylog.storage.search_pg import MATTER_COLUMNS, build_gram_indexes, drop_gram_indexes, gram_indexes

CHUNK = 20_000
# Same expressions as migration 0003_matters: ASCII-lowercased text and two unit separators.
PAD = "char(31, 31)"
SEARCH_TABLES = ("matter_fts", "log_fts", "matter_log_fts")


def _indexed(prefix: str, column: str) -> str:
    return f"lower(coalesce({prefix}.{column}, '')) || {PAD}"


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


class BulkRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    @property
    def is_sqlite(self) -> bool:
        return self.session.get_bind().dialect.name == "sqlite"

    def tune_connection(self) -> None:
        """A larger page cache for this connection: index builds touch many pages."""
        if self.is_sqlite:
            self.session.execute(text("PRAGMA cache_size=-262144"))  # 256 MiB

    def insert_rows(self, table: str, rows: Iterable[Mapping[str, Any]]) -> int:
        """Insert dictionaries (all with the same keys) into ``table``; returns the row count."""
        target = _table(table)
        batch: list[Mapping[str, Any]] = []
        count = 0
        for row in rows:
            batch.append(row)
            if len(batch) >= CHUNK:
                self.session.execute(insert(target), batch)
                count += len(batch)
                batch = []
        if batch:
            self.session.execute(insert(target), batch)
            count += len(batch)
        return count

    def max_id(self, table: str) -> int:
        target = _table(table)
        return int(self.session.execute(select(func.coalesce(func.max(target.c.id), 0))).scalar_one())

    def reset_sequences(self) -> None:
        """PostgreSQL: move each id sequence past the explicit ids the bulk load wrote."""
        if self.session.get_bind().dialect.name != "postgresql":
            return
        for table in Base.metadata.sorted_tables:
            column = table.autoincrement_column
            if column is None:
                continue
            self.session.execute(
                # setval(seq, max): the next id is max + 1 and the sequence counts as used.
                text(
                    f"SELECT setval(pg_get_serial_sequence(:t, :c), top.m) FROM "
                    f'(SELECT MAX("{column.name}") AS m FROM "{table.name}") AS top WHERE top.m IS NOT NULL'
                ),
                {"t": table.name, "c": column.name},
            )

    # -- search index -------------------------------------------------------------------------

    def search_upkeep(self) -> list[tuple[str, str]]:
        """(name, CREATE statement) of what keeps search current as rows are written.

        SQLite: the triggers that keep the FTS tables in sync. PostgreSQL: the gram
        indexes. Dropped for a bulk load and restored after it.
        """
        if not self.is_sqlite:
            return gram_indexes(self.session)
        rows = self.session.execute(
            text(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                "AND tbl_name IN ('matter', 'log_entry') AND name LIKE '%fts%' ORDER BY name"
            )
        )
        return [(name, sql) for name, sql in rows]

    def drop_search_upkeep(self, upkeep: list[tuple[str, str]]) -> None:
        if not self.is_sqlite:
            drop_gram_indexes(self.session, upkeep)
            return
        for name, _sql in upkeep:
            self.session.execute(text(f'DROP TRIGGER IF EXISTS "{name}"'))

    def restore_search_upkeep(self, upkeep: list[tuple[str, str]]) -> None:
        if not self.is_sqlite:
            build_gram_indexes(self.session, upkeep)
            return
        for _name, sql in upkeep:
            self.session.execute(text(sql))

    def analyze(self) -> None:
        """PostgreSQL: planner statistics for the rows just loaded (autovacuum comes later)."""
        if not self.is_sqlite:
            self.session.execute(text("ANALYZE"))

    def index_matters(self, first_id: int, last_id: int) -> None:
        """Add matters ``first_id..last_id`` to matter_fts (as the insert trigger would)."""
        cols = ", ".join(MATTER_COLUMNS)
        values = ", ".join(_indexed("m", c) for c in MATTER_COLUMNS)
        self.session.execute(
            text(
                f"INSERT INTO matter_fts(rowid, {cols}) SELECT m.id, {values} FROM matter AS m "
                "WHERE m.id BETWEEN :a AND :b ORDER BY m.id"
            ),
            {"a": first_id, "b": last_id},
        )

    def index_log(self, first_id: int, last_id: int) -> None:
        """Add entries ``first_id..last_id`` to log_fts and, when linked, to matter_log_fts."""
        params = {"a": first_id, "b": last_id}
        self.session.execute(
            text(
                f"INSERT INTO log_fts(rowid, text) SELECT e.id, {_indexed('e', 'text')} "
                "FROM log_entry AS e WHERE e.id BETWEEN :a AND :b ORDER BY e.id"
            ),
            params,
        )
        # matter_log_fts rowids are matter_id << 32 | entry id: insert them in rowid order.
        self.session.execute(
            text(
                f"INSERT INTO matter_log_fts(rowid, text) "
                f"SELECT (e.matter_id << {LOG_ROWID_SHIFT}) + e.id, {_indexed('e', 'text')} "
                "FROM log_entry AS e WHERE e.id BETWEEN :a AND :b AND e.matter_id IS NOT NULL "
                "ORDER BY e.matter_id, e.id"
            ),
            params,
        )

    def optimize_search(self) -> None:
        """Merge each FTS index's segments into one (what a long-lived index converges to)."""
        for table in SEARCH_TABLES:
            self.session.execute(text(f"INSERT INTO {table}({table}) VALUES ('optimize')"))

    def search_integrity(self) -> list[str]:
        """FTS5's own integrity check of each index; a list of problems in words."""
        problems: list[str] = []
        if not self.is_sqlite:
            return problems
        for table in SEARCH_TABLES:
            try:
                self.session.execute(text(f"INSERT INTO {table}({table}) VALUES ('integrity-check')"))
            except DBAPIError as exc:
                problems.append(f"搜索索引 {table} 校验失败：{exc}")
        return problems

    def counts(self) -> dict[str, int]:
        return {
            "matter": int(self.session.execute(select(func.count()).select_from(Matter)).scalar_one()),
            "log_entry": int(self.session.execute(select(func.count()).select_from(LogEntry)).scalar_one()),
        }
