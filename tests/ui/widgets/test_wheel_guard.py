"""The wheel scrolls the page; it changes a combo or spin box only when that has the focus."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea, QSpinBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from dutylog.ui.widgets import wheel_guard


def wheel(widget: QWidget, steps: int = -1) -> None:
    """A wheel notch over the middle of ``widget``."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def page(qtbot: QtBot) -> tuple[QScrollArea, QComboBox, QSpinBox]:
    content = QWidget()
    layout = QVBoxLayout(content)
    combo = QComboBox()
    combo.addItems(["中文", "English", "日本語"])
    spin = QSpinBox()
    spin.setRange(0, 100)
    spin.setValue(50)
    layout.addWidget(combo)
    layout.addWidget(spin)
    layout.addSpacing(2000)  # taller than the window: the page scrolls
    area = QScrollArea()
    area.setWidget(content)
    area.resize(300, 200)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    return area, combo, spin


def test_an_unfocused_combo_or_spin_box_lets_the_page_scroll(qtbot: QtBot, qapp: QApplication) -> None:
    wheel_guard.install(qapp)
    area, combo, spin = page(qtbot)
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus
    wheel(combo)
    wheel(spin)
    assert combo.currentIndex() == 0 and spin.value() == 50
    assert area.verticalScrollBar().value() > 0


def test_a_focused_combo_box_takes_the_wheel(qtbot: QtBot, qapp: QApplication) -> None:
    wheel_guard.install(qapp)
    area, combo, spin = page(qtbot)
    area.activateWindow()
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    wheel(combo)
    assert combo.currentIndex() == 1
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    wheel(spin, steps=1)
    assert spin.value() == 51


def test_installing_twice_keeps_one_guard(qapp: QApplication) -> None:
    assert wheel_guard.install(qapp) is wheel_guard.install(qapp)
