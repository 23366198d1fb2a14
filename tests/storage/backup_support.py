"""Shared by the backup tests: a DutyLog database file of a given size, and ways to spoil one."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from dutylog.storage.database import Database
from dutylog.storage.migrate import known_revisions


def dutylog_file(path: Path, *, filler_kb: int = 0) -> Path:
    """A migrated DutyLog database at ``path``, padded with about ``filler_kb`` KiB of rows."""
    Database.open(path).close()
    if filler_kb:
        with contextlib.closing(sqlite3.connect(path)) as conn:
            conn.execute("CREATE TABLE filler (n INTEGER, b BLOB)")
            conn.execute("CREATE INDEX filler_n ON filler (n)")
            conn.executemany(
                "INSERT INTO filler VALUES (?, randomblob(1000))", [(n,) for n in range(filler_kb)]
            )
            conn.commit()
    return path


def corrupt_index(path: Path) -> None:
    """Overwrite the filler index's root page (see `dutylog_file`): SQLite still opens and
    copies the file, but its integrity check fails."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'filler_n'").fetchone()[0]
    with open(path, "r+b") as handle:
        handle.seek(page_size * (root - 1) + 8)
        handle.write(b"\xff" * (page_size - 8))


def head_revisions() -> set[str]:
    return set(known_revisions()[1])


def revisions_of(path: Path) -> set[str]:
    with contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        return {row[0] for row in conn.execute("SELECT version_num FROM alembic_version")}


def truncated_copy(good: Path, target: Path, *, with_journal: bool) -> Path:
    """What an older DutyLog left when killed mid-copy: half a file under a real name (and a journal)."""
    data = good.read_bytes()
    target.write_bytes(data[: len(data) // 2])
    if with_journal:
        Path(f"{target}-journal").write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + b"\x00" * 504)
    return target
