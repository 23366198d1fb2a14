"""The main window fits a 1280x800 screen at 100 % scale with any page shown, in both languages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dutylog.office import Office
from dutylog.ui import i18n
from dutylog.ui.main_window import MainWindow
from dutylog.ui.pages import PAGES

SCREEN = (1280, 800)


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_page_fits_a_1280_by_800_screen(
    qtbot: QtBot, demo_office: Office, qsettings: QSettings, language: str
) -> None:
    i18n.install(language)
    try:
        window = MainWindow(demo_office, qsettings)
        qtbot.addWidget(window)
        window.show()
        for spec in PAGES:
            window.show_page(spec.key)
            QApplication.processEvents()  # lay the page out before asking for its size
            needed = window.minimumSizeHint()
            assert needed.width() <= SCREEN[0], (spec.key, needed.width())
            assert needed.height() <= SCREEN[1], (spec.key, needed.height())
    finally:
        i18n.install("zh_CN")
