"""Several workstations writing at once queue up: no lost record, no "database is locked", an intact chain."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from dutylog.office import Office

from .test_crash_safety import ROOT, WRITER, _present


def test_three_writers_at_once(tmp_path: Path) -> None:
    db = tmp_path / "shared.sqlite3"
    Office.open(db).close()
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    writers = [
        subprocess.Popen(
            [sys.executable, str(WRITER), str(db)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
        )
        for _ in range(3)
    ]
    for proc in writers:  # wait until every writer is in its loop
        assert proc.stdout is not None
        assert proc.stdout.readline()
    time.sleep(2)
    reported: dict[str, set[int]] = {"log_entry": set(), "matter": set()}
    for proc in writers:
        proc.kill()
    for proc in writers:
        out, err = proc.communicate()
        assert b"Error" not in err, err.decode()[-800:]
        for line in out.decode().splitlines():
            table, _, ident = line.partition(" ")
            if ident.isdigit():
                reported[table].add(int(ident))
    present = _present(db)
    assert all(reported[t] <= present[t] for t in reported)
    office = Office.open(db)
    try:
        report = office.health.check()
    finally:
        office.close()
    assert report.healthy, report.problems


def test_a_read_only_transaction_does_not_wait_for_a_writer(db_path: Path, office: Office) -> None:
    other = Office.open(db_path)
    try:
        with office.db.transaction() as store:
            store.staff.add(name="张伟")  # holds the write lock until the block ends
            # An IMMEDIATE transaction here would fail with "database is locked" after the busy timeout.
            with other.db.transaction(read_only=True) as reader:
                assert reader.staff.all() == []  # the writer has not committed yet
    finally:
        other.close()


def test_a_service_reading_inside_another_transaction_does_not_lock_itself(office: Office) -> None:
    with office.db.transaction() as store:
        store.staff.add(name="张伟")
        assert office.unit_name()  # a second transaction in the same thread joins the first
    assert [p.name for p in office.staff.all()] == ["张伟"]
