"""文件 → 年度归档 builds the same verified package as `dutylog archive`, off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from dutylog.office import Office
from dutylog.services.matters.archive_verify import verify_archive
from dutylog.ui.main_window import MainWindow
from dutylog.ui.office import year_archive


def test_the_year_s_archive_is_built_from_the_file_menu(
    qtbot: QtBot,
    staffed_office: Office,
    qsettings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    staffed_office.matters.add("网传停水")
    target = tmp_path / "2026年档案.zip"
    shown: list[str] = []
    monkeypatch.setattr(QInputDialog, "getInt", lambda *args: (2026, True))
    monkeypatch.setattr(year_archive, "save_file", lambda *args: str(target))
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: shown.append(text))
    window = MainWindow(staffed_office, qsettings)
    qtbot.addWidget(window)
    action = window.findChild(QAction, "action_year_archive")
    assert action is not None
    action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=60_000)
    assert target.exists() and "2026" in shown[0]
    assert verify_archive(str(target)) == []


def test_a_refused_target_is_said_and_nothing_written(
    qtbot: QtBot, staffed_office: Office, qsettings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    warned: list[Any] = []
    assert staffed_office.db.file is not None
    monkeypatch.setattr(QInputDialog, "getInt", lambda *args: (2026, True))
    monkeypatch.setattr(year_archive, "save_file", lambda *args: str(staffed_office.db.file))
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    window = MainWindow(staffed_office, qsettings)
    qtbot.addWidget(window)
    year_archive.archive_year(window, staffed_office)
    qtbot.waitUntil(lambda: bool(warned), timeout=30_000)
    assert "数据库" in warned[0]
    assert staffed_office.health.check().healthy
