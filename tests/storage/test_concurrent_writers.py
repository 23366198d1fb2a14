"""Several workstations writing at once queue up: no lost record, no "database is locked", an intact chain."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest

from dutylog.office import Office

from .crash_support import lost_records, no_records, parse_reported, present, start_writer


@pytest.mark.slow
def test_three_writers_at_once(tmp_path: Path) -> None:
    db = tmp_path / "shared.sqlite3"
    Office.open(db).close()
    writers = [start_writer(db, stderr=subprocess.PIPE) for _ in range(3)]
    reported = no_records()
    for proc in writers:  # wait until every writer is in its loop
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert first
        parse_reported(first, into=reported)
    time.sleep(2)
    for proc in writers:
        proc.kill()
    for proc in writers:
        out, err = proc.communicate()
        assert b"Error" not in err, err.decode()[-800:]
        parse_reported(out, into=reported)
    assert reported["log_entry"]
    assert lost_records(reported, present(db)) == {}
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
