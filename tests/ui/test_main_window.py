from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from dutylog.office import Office
from dutylog.ui.main_window import MainWindow
from dutylog.ui.pages import PAGES

ROOT = Path(__file__).resolve().parents[2]


def test_every_area_is_in_the_sidebar(qtbot: QtBot, staffed_office: Office, qsettings: QSettings) -> None:
    window = MainWindow(staffed_office, qsettings)
    qtbot.addWidget(window)
    titles = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert titles == [
        "今日值班",
        "排班",
        "值班日志",
        "舆情台账",
        "报告",
        "统计",
        "设置",
        "审计记录",
        "督办",
        "通讯录",
        "预案",
    ]
    assert "数据库" in window.db_label.text() and str(staffed_office.db.description) in window.db_label.text()


def test_pages_are_created_when_first_shown(
    qtbot: QtBot, staffed_office: Office, qsettings: QSettings
) -> None:
    window = MainWindow(staffed_office, qsettings)
    qtbot.addWidget(window)
    assert window.stack.count() == 1  # only the first page
    for spec in PAGES:
        widget = window.show_page(spec.key)
        assert window.stack.currentWidget().isAncestorOf(widget)  # inside its scroll area
        assert window.current_page_key() == spec.key
    assert window.stack.count() == len(PAGES)


def test_last_page_and_geometry_are_remembered(
    qtbot: QtBot, staffed_office: Office, qsettings: QSettings
) -> None:
    window = MainWindow(staffed_office, qsettings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("roster")
    window.show_page("today")
    window.resize(700, 500)  # inside the 800x600 offscreen screen
    window.close()
    again = MainWindow(staffed_office, qsettings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.current_page_key() == "today"
    assert (again.width(), again.height()) == (700, 500)


def test_keyboard_shortcut_switches_page(qtbot: QtBot, staffed_office: Office, qsettings: QSettings) -> None:
    window = MainWindow(staffed_office, qsettings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    go_actions = {
        action.shortcut().toString(): action
        for action in window.findChildren(type(window.menuBar().actions()[0]))
    }
    go_actions["Ctrl+3"].trigger()
    assert window.current_page_key() == "log"


def test_screenshot_command_writes_a_png(tmp_path: Path) -> None:
    db, png = tmp_path / "shot.sqlite3", tmp_path / "today.png"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    for args in (["demo", "--days", "5"], ["gui", "--page", "today", "--screenshot", str(png)]):
        result = subprocess.run(
            [sys.executable, "-m", "dutylog", "--db", str(db), *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1280, 800)


def test_the_command_line_names_every_page() -> None:
    from dutylog.cli.gui_cmd import PAGES as CLI_PAGES
    from dutylog.ui.pages import PAGES

    assert tuple(spec.key for spec in PAGES) == CLI_PAGES


def test_the_title_names_the_office_once(qtbot: QtBot, staffed_office: Office, qsettings: QSettings) -> None:
    from PySide6.QtWidgets import QApplication

    window = MainWindow(staffed_office, qsettings)
    qtbot.addWidget(window)
    # Qt appends the application's display name itself: the title must not repeat it.
    assert window.windowTitle() == staffed_office.unit_name()
    assert QApplication.applicationDisplayName() not in window.windowTitle()
