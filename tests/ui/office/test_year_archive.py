"""文件 → 年度归档 builds the same verified package as `dutylog archive`, off the GUI thread."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from dutylog.office import Office
from dutylog.services.matters.archive_verify import verify_archive
from dutylog.ui.main_window import MainWindow
from dutylog.ui.office import year_archive
from dutylog.ui.operations import Progress


def archive_window(
    qtbot: QtBot, office: Office, qsettings: QSettings, target: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[MainWindow, list[str]]:
    """The window with 2026 and ``target`` answered; what the message boxes would have said."""
    said: list[str] = []
    monkeypatch.setattr(QInputDialog, "getInt", lambda *args: (2026, True))
    monkeypatch.setattr(year_archive, "save_file", lambda *args: str(target))
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: said.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    window = MainWindow(office, qsettings)
    qtbot.addWidget(window)
    return window, said


def from_the_menu(window: MainWindow) -> None:
    action = window.findChild(QAction, "action_year_archive")
    assert action is not None
    action.trigger()


def test_the_year_s_archive_is_built_from_the_file_menu(
    qtbot: QtBot,
    staffed_office: Office,
    qsettings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    staffed_office.matters.add("网传停水")
    target = tmp_path / "2026年档案.zip"
    window, shown = archive_window(qtbot, staffed_office, qsettings, target, monkeypatch)
    from_the_menu(window)
    qtbot.waitUntil(lambda: bool(shown), timeout=60_000)
    assert target.exists() and "2026" in shown[0]
    assert verify_archive(str(target)) == []


def test_a_refused_target_is_said_and_nothing_written(
    qtbot: QtBot, staffed_office: Office, qsettings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert staffed_office.db.file is not None
    window, warned = archive_window(qtbot, staffed_office, qsettings, staffed_office.db.file, monkeypatch)
    year_archive.archive_year(window, staffed_office)
    qtbot.waitUntil(lambda: bool(warned), timeout=30_000)
    assert "数据库" in warned[0]
    assert staffed_office.health.check().healthy


def test_a_cancelled_archive_stops_and_leaves_no_file(
    qtbot: QtBot,
    staffed_office: Office,
    qsettings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    staffed_office.matters.add("网传停水")
    folder = tmp_path / "archives"
    folder.mkdir()
    target = folder / "2026年档案.zip"
    go_on = threading.Event()
    steps: list[str] = []

    class HeldAtFirstStep(Progress):
        """The real Progress, held at the first step until Cancel was pressed."""

        def __call__(self, done: int, total: int, what: str = "") -> None:
            steps.append(what)
            go_on.wait(10)
            super().__call__(done, total, what)

    monkeypatch.setattr(year_archive, "Progress", HeldAtFirstStep)
    window, shown = archive_window(qtbot, staffed_office, qsettings, target, monkeypatch)
    from_the_menu(window)
    operations = window.operations
    qtbot.waitUntil(
        lambda: bool(operations.running) and operations.running[0].dialog is not None, timeout=10_000
    )
    running: Any = operations.running[0]
    cancel = running.dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "取消"
    cancel.click()
    go_on.set()
    qtbot.waitUntil(lambda: not operations.running, timeout=30_000)
    assert len(steps) == 1  # the build stopped at its first step
    assert not target.exists()
    assert list(folder.iterdir()) == []  # nor a temporary file beside it
    assert shown == [] and not window.findChildren(QMessageBox)
