"""Copy a whole office database into an empty one (e.g. an SQLite file to PostgreSQL).

The target is first checked for user data (refused if it has any), migrated to the
same schema, then every ORM table is copied in dependency order, in batches of Core
inserts, inside ONE target transaction: a failure leaves the target without data.
The source is read in one transaction too, so the copy is a consistent snapshot.
Afterwards PostgreSQL sequences are moved past the copied ids and every table's row
count is compared.

The target gets its own audit-chain anchor (storage/anchor.py): the head of the copied
chain, or the source's anchor when that reaches further than the source's chain (the
gap then stays visible to `check` on the target).

Tables in the source that the ORM does not know (full-text indexes kept by triggers,
SQLite's own tables) are not copied: the target's triggers or indexes rebuild them.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, delete, func, insert, inspect, select, text
from sqlalchemy.exc import SQLAlchemyError

from dutylog.domain.accounts.anchor import Anchor, anchor_problems
from dutylog.domain.errors import DatabaseError, ValidationError
from dutylog.storage import anchor as anchors
from dutylog.storage import migrate
from dutylog.storage.database import Database
from dutylog.storage.engine import describe, resolve_url
from dutylog.storage.evidence_files import evidence_path, read_verified
from dutylog.storage.files import ensure_private_dir, write_atomic
from dutylog.storage.models import Base
from dutylog.storage.search_pg import build_gram_indexes, drop_gram_indexes, gram_indexes

log = logging.getLogger(__name__)

DEFAULT_BATCH = 2000
Progress = Callable[[str, int], None]


@dataclass(frozen=True)
class TableCount:
    table: str
    source: int
    target: int

    @property
    def ok(self) -> bool:
        return self.source == self.target


@dataclass(frozen=True)
class TransferResult:
    source: str
    target: str
    tables: tuple[TableCount, ...]
    skipped: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return all(count.ok for count in self.tables)

    @property
    def rows(self) -> int:
        return sum(count.target for count in self.tables)


def copy_database(
    source: Database,
    target: str | os.PathLike[str],
    *,
    batch_size: int = DEFAULT_BATCH,
    progress: Progress | None = None,
) -> TransferResult:
    target_url = resolve_url(target)
    if describe(target_url) == source.description:
        raise DatabaseError("目标数据库与当前数据库相同。", code="same_database")
    destination = Database.open(target, migrate_schema=False)
    try:
        _refuse_user_data(destination)
        migrate.upgrade(destination.engine)
        _check_same_schema(source, destination)
        tables = list(Base.metadata.sorted_tables)
        with source.engine.connect() as src, destination.engine.connect() as dst:
            if source.backend == "postgresql":
                src = src.execution_options(isolation_level="REPEATABLE READ")
            with src.begin(), dst.begin():
                # Rows a migration may have seeded in the target come from the source as well.
                for table in reversed(tables):
                    dst.execute(delete(table))
                # Search indexes are built once at the end: far faster than row by row.
                search_indexes = gram_indexes(dst) if destination.backend == "postgresql" else []
                drop_gram_indexes(dst, search_indexes)
                files = _EvidenceFiles(source.file, destination.file)
                for table in tables:
                    _copy_table(src, dst, table, batch_size, progress, files)
                if destination.backend == "postgresql":
                    _fix_sequences(dst, tables)
                    build_gram_indexes(dst, search_indexes)
                    dst.execute(text("ANALYZE"))
            counts = tuple(TableCount(table.name, _count(src, table), _count(dst, table)) for table in tables)
            skipped = _unknown_tables(src)
        _anchor_target(source, destination)
    except SQLAlchemyError as exc:
        raise DatabaseError(f"复制失败，目标数据库未写入数据：{_reason(exc)}", code="copy_failed") from exc
    finally:
        destination.close()
    return TransferResult(source.description, describe(target_url), counts, skipped)


def _anchor_target(source: Database, destination: Database) -> None:
    """Write the target's anchor, replacing any left from an earlier database of that name."""
    try:
        carried = anchors.read(source.anchor_path)
    except anchors.AnchorUnreadable:
        carried = None
    head, known = anchors.chain_at(destination, carried)
    now = datetime.now()
    anchor = Anchor.of(head, database=destination.description, at=now)
    if carried is not None and anchor_problems(carried, head, known):
        anchor = replace(carried, database=destination.description)
    try:
        anchors.write(destination.anchor_path, anchor)
    except OSError as exc:
        # The data is copied; the target's first commit or `check` anchors it instead.
        log.warning("目标数据库的审计链锚点未写入：%s", exc)


def _refuse_user_data(destination: Database) -> None:
    existing = set(inspect(destination.engine).get_table_names())
    known = [table for table in Base.metadata.sorted_tables if table.name in existing]
    with destination.engine.connect() as conn:
        # Change counters are bookkeeping, not the office's data.
        filled = [
            table.name
            for table in known
            if table.name != "change_counter" and conn.execute(select(1).select_from(table).limit(1)).first()
        ]
    if filled:
        raise ValidationError(
            f"目标数据库不是空的（{', '.join(filled)} 中已有数据），拒绝覆盖。请指定一个新建的空数据库。",
            code="target_not_empty",
        )


def _check_same_schema(source: Database, destination: Database) -> None:
    source_heads, _ = migrate.pending_revisions(source.engine)
    target_heads, _ = migrate.pending_revisions(destination.engine)
    if source_heads != target_heads:
        raise DatabaseError(
            f"两个数据库的架构版本不同（{sorted(source_heads)} / {sorted(target_heads)}）。",
            code="schema_mismatch",
        )


class _EvidenceFiles:
    """Evidence bytes kept in the folder beside an SQLite source travel with their rows.

    To a server they go into the row itself (it has no folder); to another SQLite file
    they are copied into the folder beside it. Each file is checked against its SHA-256
    on the way: a damaged or missing file stops the copy with its name.
    """

    def __init__(self, source_file: Path | None, target_file: Path | None) -> None:
        self.source_file, self.target_file = source_file, target_file

    def carry(self, row: dict[str, Any]) -> dict[str, Any]:
        if row.get("stored_in") != "file" or self.source_file is None:
            return row
        data = read_verified(self.source_file, row["sha256"], row["filename"])
        if self.target_file is None:
            return {**row, "stored_in": "db", "data": data}
        target = evidence_path(self.target_file, row["sha256"])
        if not target.exists():
            ensure_private_dir(target.parent)
            write_atomic(target, data)
        return row


def _copy_table(
    src: Connection,
    dst: Connection,
    table: Table,
    batch_size: int,
    progress: Progress | None,
    files: _EvidenceFiles,
) -> None:
    # Primary-key order: a row that refers to an earlier row of its own table (a log
    # correction amending an entry) arrives after it.
    query = select(table).order_by(*table.primary_key.columns)
    result = src.execution_options(yield_per=batch_size).execute(query)
    copied = 0
    carry = files.carry if table.name == "evidence_file" else None
    for rows in result.mappings().partitions():
        batch = [dict(row) for row in rows]
        dst.execute(insert(table), batch if carry is None else [carry(row) for row in batch])
        copied += len(rows)
        if progress is not None:
            progress(table.name, copied)


def _fix_sequences(dst: Connection, tables: list[Table]) -> None:
    """Move each id sequence past the copied ids so that the next insert does not collide."""
    for table in tables:
        column = table.autoincrement_column
        if column is None:
            continue
        dst.execute(
            text(
                f'SELECT setval(pg_get_serial_sequence(:table, :column), COALESCE(MAX("{column.name}"), 1), '
                f'MAX("{column.name}") IS NOT NULL) FROM "{table.name}"'
            ),
            {"table": table.name, "column": column.name},
        )


def _count(conn: Connection, table: Table) -> int:
    return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def _unknown_tables(src: Connection) -> tuple[str, ...]:
    known = {table.name for table in Base.metadata.sorted_tables} | {"alembic_version"}
    names = inspect(src).get_table_names()
    return tuple(sorted(name for name in names if name not in known and not name.startswith("sqlite_")))


def _reason(exc: SQLAlchemyError) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig if orig is not None else exc).splitlines()[0]
