"""The window never grows past the screen, and every page lays out in 1280x720."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from dutylog.domain.enums import Grade
from dutylog.office import Office
from dutylog.ui.main_window import MainWindow
from dutylog.ui.pages import PAGES

SMALL_SCREEN = QSize(1280, 720)


def test_with_no_saved_size_the_window_fits_the_available_screen(
    qtbot: QtBot, demo_office: Office, qsettings: QSettings
) -> None:
    window = MainWindow(demo_office, qsettings)
    qtbot.addWidget(window)
    window.show()
    for spec in PAGES:
        window.show_page(spec.key)
        QApplication.processEvents()
        room = window.screen().availableGeometry().size()
        assert window.frameGeometry().width() <= room.width(), spec.key
        assert window.frameGeometry().height() <= room.height(), spec.key


def test_every_page_lays_out_in_1280_by_720_and_scrolls_inside_itself(
    qtbot: QtBot, demo_office: Office, qsettings: QSettings
) -> None:
    # Many open matters and reminders: the kind of day that made Today taller than a screen.
    for number in range(40):
        demo_office.matters.add(f"待办结的事项 {number}", grade=Grade.SERIOUS, source="微博")
    window = MainWindow(demo_office, qsettings)
    qtbot.addWidget(window)
    window.resize(SMALL_SCREEN)
    window.show()
    for spec in PAGES:
        page = window.show_page(spec.key)
        QApplication.processEvents()  # lay the page out before asking for its size
        assert window.minimumSizeHint().width() <= SMALL_SCREEN.width(), spec.key
        assert window.minimumSizeHint().height() <= SMALL_SCREEN.height(), spec.key
        assert window.size() == SMALL_SCREEN, (spec.key, window.size())
        # The page sits in a scroll area that shows all of it, scrolling where it must.
        area = page.parentWidget().parentWidget()
        assert isinstance(area, QScrollArea) and area.isVisible(), spec.key
        assert page.width() >= min(page.minimumSizeHint().width(), page.sizeHint().width()) or (
            area.horizontalScrollBar().maximum() > 0
        ), spec.key
        assert page.height() >= page.minimumSizeHint().height(), spec.key


def test_a_page_taller_than_the_window_scrolls_instead_of_growing_it(
    qtbot: QtBot, demo_office: Office, qsettings: QSettings
) -> None:
    window = MainWindow(demo_office, qsettings)
    qtbot.addWidget(window)
    window.resize(SMALL_SCREEN)
    window.show()
    page = window.show_page("today")
    # As on a ten-year office's busiest day: more reminders than a screen holds.
    page.setMinimumHeight(2265)
    QApplication.processEvents()
    assert window.size() == SMALL_SCREEN
    assert window.minimumSizeHint().height() <= SMALL_SCREEN.height()
    area = page.parentWidget().parentWidget()
    assert isinstance(area, QScrollArea)
    assert area.verticalScrollBar().maximum() > 0
