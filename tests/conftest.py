"""Shared fixtures. Every test gets a real SQLite file in its own temp folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

# GUI tests run without a display; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dutylog.services.office import Office

# A fixed "now" keeps tests independent of the wall clock: a Tuesday afternoon.
FIXED_NOW = datetime(2026, 11, 17, 15, 30, 0)


class FakeClock:
    """A settable clock for services; tests move time with `advance` or `set`."""

    def __init__(self, now: datetime = FIXED_NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def set(self, now: datetime) -> None:
        self.now = now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "office.sqlite3"


@pytest.fixture
def office(db_path: Path, clock: FakeClock) -> Iterator[Office]:
    opened = Office.open(db_path, clock=clock)
    yield opened
    opened.close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Everything under tests/gui needs a QApplication: `pytest -m "not gui"` runs the core alone.
    for item in items:
        if f"{os.sep}tests{os.sep}gui{os.sep}" in str(item.fspath):
            item.add_marker(pytest.mark.gui)
