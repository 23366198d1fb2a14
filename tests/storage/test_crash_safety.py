"""Kill a writer with SIGKILL at random moments: nothing it reported committed may be lost."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dutylog.office import Office
from dutylog.storage.backup import check_file

WRITER = Path(__file__).with_name("crash_writer.py")
ROOT = Path(__file__).resolve().parents[2]


def _present(db: Path) -> dict[str, set[int]]:
    with sqlite3.connect(db) as conn:
        found = {
            table: {row[0] for row in conn.execute(f"SELECT id FROM {table}")}
            for table in ("log_entry", "matter")
        }
    conn.close()
    return found


def run_trials(db: Path, trials: int, seed: int) -> tuple[int, int]:
    """Return (records reported committed, records lost)."""
    rng = random.Random(seed)
    Office.open(db).close()  # create and migrate once, outside the killing
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    reported: dict[str, set[int]] = {"log_entry": set(), "matter": set()}
    for _ in range(trials):
        proc = subprocess.Popen(
            [sys.executable, str(WRITER), str(db)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env
        )
        assert proc.stdout is not None
        if rng.random() < 0.1:
            time.sleep(rng.uniform(0.0, 0.8))  # sometimes while still starting up
        else:
            first = proc.stdout.readline()  # in the writing loop now
            if first:
                table, _, ident = first.decode().partition(" ")
                reported[table].add(int(ident))
            time.sleep(rng.uniform(0.0, 0.2))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        assert proc.returncode == -signal.SIGKILL
        for line in out.decode().splitlines():
            table, _, ident = line.partition(" ")
            if ident.isdigit():  # a line cut by the kill was never fully reported
                reported[table].add(int(ident))
        present = _present(db)
        lost = sum(len(reported[t] - present[t]) for t in reported)
        assert lost == 0, (
            f"lost committed records: { {t: sorted(reported[t] - present[t]) for t in reported} }"
        )
        assert check_file(db) == []
    office = Office.open(db)
    try:
        report = office.health.check()
    finally:
        office.close()
    assert report.healthy, report.problems
    total = sum(len(ids) for ids in reported.values())
    return total, 0


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
