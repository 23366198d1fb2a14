"""`dutylog ... | head -1`: a reader that goes away ends the command quietly, exit 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.demo_office import DEMO_NOW, demo_office_file

pytestmark = [pytest.mark.sqlite_only("the command line runs against an office file here"), pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
NOW = DEMO_NOW


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_office_file(tmp_path_factory, days=3)


def run_into_head(*args: str, stderr_too: bool = False) -> tuple[int, str]:
    """Run dutylog with its output read by a reader that takes one line and closes the pipe."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DUTYLOG_NOW": NOW, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DUTYLOG_USER", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "dutylog", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT if stderr_too else subprocess.PIPE,
        env=env,
    )
    with process:
        assert process.stdout is not None
        process.stdout.readline()
        process.stdout.close()  # the reader goes away, as `head -1` does
        errors = process.stderr.read().decode() if process.stderr is not None else ""
        return process.wait(timeout=120), errors


@pytest.mark.parametrize(
    "command",
    [
        # A year's roster check as JSON: far more than a pipe's buffer, so the write fails.
        ["roster", "check", "--from", "2026-01-01", "--to", "2026-12-31", "--json"],
        ["matters", "search", "舆情", "--limit", "1000"],
        ["log", "show", "--date", "2026-11-16"],
        ["stats", "--from", "2026-01-01", "--to", "2026-12-31", "--json"],
        ["--help"],
    ],
)
def test_a_closed_pipe_ends_quietly(demo_file: Path, command: list[str]) -> None:
    status, errors = run_into_head("--db", str(demo_file), *command)
    assert status == 0 and "BrokenPipe" not in errors and "unexpected" not in errors, errors


def test_the_archive_is_built_even_when_its_progress_pipe_closes(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "2026.zip"
    status, _ = run_into_head(
        "--db", str(demo_file), "archive", "--year", "2026", "--out", str(out), stderr_too=True
    )
    assert status == 0 and out.exists()
