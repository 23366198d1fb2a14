"""Walking a window with the keyboard as a user does: Tab through the focus chain."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

MAX_STOPS = 80
# Tab first walks the sections of a date or time edit (year, month, day...) before leaving it.
MAX_TABS_INSIDE = 6


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Show ``window`` and make it the active one: keys go to the active window only."""
    window.show()
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def tab_chain(qtbot: QtBot, first: QWidget) -> list[QWidget]:
    """Every widget Tab stops at, from ``first`` until focus comes back round to it."""
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
    chain = [first]
    for _ in range(MAX_STOPS):
        current = QApplication.focusWidget()
        assert current is not None
        for _inside in range(MAX_TABS_INSIDE):
            qtbot.keyClick(current, Qt.Key.Key_Tab)
            reached = QApplication.focusWidget()
            if reached is not current:
                break
        if reached is first or reached is None or reached is current:
            break  # round again, or stuck in a widget that keeps Tab (a keyboard trap)
        chain.append(reached)
    return chain


def order_of(chain: list[QWidget], fields: list[QWidget]) -> list[QWidget]:
    """The fields in the order Tab reaches them (a field Tab never reaches is left out)."""
    return [widget for widget in chain if widget in fields]
