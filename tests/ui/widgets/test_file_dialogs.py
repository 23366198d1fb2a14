"""File dialogs start in Documents, then in the folder last used for the same purpose."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from dutylog.ui.widgets.file_dialogs import Purpose, choose_folder, open_file, save_file, start_folder


class Window(QWidget):
    def __init__(self, settings: QSettings) -> None:
        super().__init__()
        self.settings = settings


def test_each_purpose_remembers_its_own_folder(
    qtbot: QtBot, qsettings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = Window(qsettings)
    child = QWidget(window)
    qtbot.addWidget(window)
    (tmp_path / "ledgers").mkdir()
    (tmp_path / "out").mkdir()
    asked: list[str] = []

    def fake_open(parent: QWidget, title: str, start: str, filters: str) -> tuple[str, str]:
        asked.append(start)
        return str(tmp_path / "ledgers" / "台账.xlsx"), ""

    def fake_save(parent: QWidget, title: str, start: str, filters: str) -> tuple[str, str]:
        asked.append(start)
        return str(tmp_path / "out" / "汇报.pdf"), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_open)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    first = start_folder(Purpose.IMPORT, qsettings)
    assert open_file(child, Purpose.IMPORT, "导入", "*.xlsx").endswith("台账.xlsx")
    assert asked[0] == first  # Documents (or home) the first time
    save_file(child, Purpose.EXPORT, "导出", "汇报.pdf")
    assert Path(asked[1]).parent == Path(first)  # export has not been used yet
    open_file(child, Purpose.IMPORT, "导入")
    save_file(child, Purpose.EXPORT, "导出", "汇报.pdf")
    assert asked[2] == str(tmp_path / "ledgers")
    assert asked[3] == str(tmp_path / "out" / "汇报.pdf")


def test_a_folder_gone_since_falls_back_and_no_window_remembers_nothing(
    qtbot: QtBot, qsettings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    qsettings.setValue("dialogs/folder/backup", str(tmp_path / "gone"))
    assert start_folder(Purpose.BACKUP, qsettings) != str(tmp_path / "gone")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(tmp_path))
    lone = QWidget()
    qtbot.addWidget(lone)
    assert choose_folder(lone, Purpose.BACKUP, "备份") == str(tmp_path)
    window = Window(qsettings)
    qtbot.addWidget(window)
    choose_folder(window, Purpose.BACKUP, "备份")
    assert start_folder(Purpose.BACKUP, qsettings) == str(tmp_path)
