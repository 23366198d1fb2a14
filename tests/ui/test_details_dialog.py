"""The crash dialog and About: what happened, the details folded away, Copy, the log's path."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from dutylog import __version__, app, logs
from dutylog.ui.details_dialog import DetailsDialog, about_dialog, unexpected_error_dialog


@pytest.fixture(autouse=True)
def log_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(tmp_path))
    return tmp_path


def test_the_crash_dialog_folds_the_details_and_copies_them(qtbot: QtBot, log_folder: Path) -> None:
    dialog = unexpected_error_dialog(
        "Traceback ...\nZeroDivisionError: division by zero\n", "SQLite 文件 x", None
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert "发生意外错误" in dialog.message.text()
    assert not dialog.details.isVisible()
    dialog.toggle.click()
    assert dialog.details.isVisible()
    text = dialog.details.toPlainText()
    assert "ZeroDivisionError" in text and f"DutyLog {__version__}" in text and "SQLite 文件 x" in text
    assert "Qt " in text  # the app has Qt loaded: its version is named
    assert str(log_folder / "dutylog.log") in dialog.log_label.text()
    dialog.copy.click()
    assert QGuiApplication.clipboard().text() == text


def test_about_shows_the_same_details(qtbot: QtBot) -> None:
    dialog = about_dialog("PostgreSQL 服务器 db@host", None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert isinstance(dialog, DetailsDialog) and dialog.details.isVisible()
    assert __version__ in dialog.message.text()
    assert "PostgreSQL 服务器 db@host" in dialog.details.toPlainText()


def test_an_uncaught_error_is_logged_and_shown(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(DetailsDialog, "exec", lambda self: shown.append(self.details_text) or 0)
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError:
        kind, error, tb = sys.exc_info()
    assert kind is not None and error is not None
    with caplog.at_level(logging.ERROR, logger="dutylog"):
        app._show_unexpected_error(kind, error, tb, database="SQLite 文件 y")
    assert len(shown) == 1 and "ZeroDivisionError" in shown[0] and "SQLite 文件 y" in shown[0]
    assert "ZeroDivisionError" in caplog.text
