"""A main window on a staffed office (fixture ``operated_window``) and a counter of a page's refreshes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from dutylog.office import Office
from dutylog.ui.main_window import MainWindow


@pytest.fixture
def operated_window(qtbot: QtBot, staffed_office: Office, qsettings: QSettings) -> Iterator[MainWindow]:
    shown = MainWindow(staffed_office, qsettings)
    qtbot.addWidget(shown)
    shown.show_page("today")
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.operations.wait()


def count_refreshes(page: Any, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = page.refresh

    def counted() -> None:
        calls.append(1)
        real()

    monkeypatch.setattr(page, "refresh", counted)
    return calls


def settle(qtbot: QtBot, window: MainWindow, timeout: int = 10_000) -> None:
    """Wait until the window's operations (page reads on workers included) have all come back."""
    qtbot.waitUntil(lambda: not window.operations.running, timeout=timeout)
