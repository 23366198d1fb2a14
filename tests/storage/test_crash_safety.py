"""Kill a writer with SIGKILL at random moments: nothing it reported committed may be lost."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from dutylog.office import Office
from dutylog.storage.backup import check_file

from .crash_support import count, lost_records, no_records, parse_reported, present, start_writer


def run_trials(db: Path, trials: int, seed: int) -> tuple[int, int]:
    """Return (records reported committed, records lost), checking the database after every kill."""
    rng = random.Random(seed)
    Office.open(db).close()  # create and migrate once, outside the killing
    reported = no_records()
    lost = no_records()
    for _ in range(trials):
        proc = start_writer(db)
        assert proc.stdout is not None
        if rng.random() < 0.1:
            time.sleep(rng.uniform(0.0, 0.8))  # sometimes while still starting up
        else:
            parse_reported(proc.stdout.readline(), into=reported)  # in the writing loop now
            time.sleep(rng.uniform(0.0, 0.2))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        assert proc.returncode == -signal.SIGKILL
        parse_reported(out, into=reported)
        for table, ids in lost_records(reported, present(db)).items():
            lost[table] |= ids
        assert check_file(db) == []
    office = Office.open(db)
    try:
        report = office.health.check()
    finally:
        office.close()
    assert report.healthy, report.problems
    assert not any(lost.values()), f"lost committed records: { {t: sorted(ids) for t, ids in lost.items()} }"
    return count(reported), count(lost)


@pytest.mark.slow
def test_kill_writer_20_trials(tmp_path: Path) -> None:
    total, lost = run_trials(tmp_path / "crash.sqlite3", trials=20, seed=20)
    assert total > 0 and lost == 0


@pytest.mark.slow
@pytest.mark.skipif(
    not os.environ.get("DUTYLOG_SLOW_TESTS"),
    reason="about 4 minutes; run with DUTYLOG_SLOW_TESTS=1 pytest -m slow tests/storage/test_crash_safety.py",
)
def test_kill_writer_200_trials(tmp_path: Path) -> None:
    total, lost = run_trials(tmp_path / "crash.sqlite3", trials=200, seed=200)
    print(f"\ncrash test: 200 trials, {total} committed records reported, {lost} lost")
    assert total > 0 and lost == 0


# --- the loss count itself can report a loss ------------------------------------------------


def test_a_reported_record_absent_from_the_database_is_lost() -> None:
    reported = parse_reported(b"log_entry 1\nmatter 2\nlog_entry 3\nlog_entry 4")  # "4" cut by the kill
    found = {"log_entry": {1, 2, 4, 9}, "matter": {1}}
    assert reported == {"log_entry": {1, 3}, "matter": {2}}
    assert lost_records(reported, found) == {"log_entry": {3}, "matter": {2}}
    assert lost_records(reported, {"log_entry": {1, 3}, "matter": {2, 5}}) == {}


def test_a_committed_row_deleted_after_the_kill_is_reported_lost(tmp_path: Path) -> None:
    db = tmp_path / "crash.sqlite3"
    Office.open(db).close()
    proc = start_writer(db)
    assert proc.stdout is not None
    first_lines = b"".join(proc.stdout.readline() for _ in range(3))
    proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate()
    reported = parse_reported(first_lines + out)
    assert reported["log_entry"], "the writer reported no log entry"
    assert lost_records(reported, present(db)) == {}  # the real run lost nothing

    victim = min(reported["log_entry"])
    conn = sqlite3.connect(db)
    try:
        with conn:
            assert conn.execute("DELETE FROM log_entry WHERE id = ?", (victim,)).rowcount == 1
    finally:
        conn.close()

    assert lost_records(reported, present(db)) == {"log_entry": {victim}}
