"""Shared by the crash and concurrent-writer tests: run `crash_writer.py`, read what it reported.

The writer prints ``<table> <id>`` on its own line after each commit. A record counts as
reported committed only if its whole line (with the newline) reached the pipe; a line cut
by the kill was never fully reported and is ignored.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

WRITER = Path(__file__).with_name("crash_writer.py")
ROOT = Path(__file__).resolve().parents[2]
TABLES = ("log_entry", "matter")

Records = dict[str, set[int]]


def start_writer(db: Path, *, stderr: int = subprocess.DEVNULL) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.Popen(
        [sys.executable, str(WRITER), str(db)], stdout=subprocess.PIPE, stderr=stderr, env=env
    )


def no_records() -> Records:
    return {table: set() for table in TABLES}


def parse_reported(out: bytes, into: Records | None = None) -> Records:
    """The records in the writer's stdout ``out``: complete ``<table> <id>\\n`` lines only."""
    reported = no_records() if into is None else into
    for line in out.decode(errors="replace").splitlines(keepends=True):
        if not line.endswith("\n"):
            continue  # cut by the kill: never fully reported
        table, _, ident = line.rstrip("\n").partition(" ")
        if table not in reported or not ident.isdigit():
            raise AssertionError(f"unexpected line from the writer: {line!r}")
        reported[table].add(int(ident))
    return reported


def present(db: Path) -> Records:
    """The ids now in the database file, per table."""
    conn = sqlite3.connect(db)
    try:
        return {table: {row[0] for row in conn.execute(f"SELECT id FROM {table}")} for table in TABLES}
    finally:
        conn.close()


def lost_records(reported: Records, found: Records) -> Records:
    """Records the writer reported committed that are not in ``found`` (only tables with a loss)."""
    lost = {table: ids - found.get(table, set()) for table, ids in reported.items()}
    return {table: ids for table, ids in lost.items() if ids}


def count(records: Records) -> int:
    return sum(len(ids) for ids in records.values())
