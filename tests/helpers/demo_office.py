"""A demo office file on a fixed clock, for the command-line and document tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from dutylog.cli import main

# The demo's "now": its records end here, so dates in the tests are fixed.
DEMO_NOW = "2026-11-17T15:30"


def demo_office_file(tmp_path_factory: pytest.TempPathFactory, days: int = 6) -> Path:
    path = tmp_path_factory.mktemp("demo") / "office.sqlite3"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DUTYLOG_NOW", DEMO_NOW)
        assert main(["--db", str(path), "demo", "--days", str(days)]) == 0
    return path
