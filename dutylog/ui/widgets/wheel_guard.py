"""The mouse wheel changes a combo box or spin box only when it has the keyboard focus.

Scrolling a settings page with the wheel must scroll the page: without this, the value under
the pointer changes silently (the interface language flipped to English that way). One
application-wide event filter covers every page and dialog, present and future.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

GUARDED = (QComboBox, QAbstractSpinBox)


class WheelGuard(QObject):
    """Sends the wheel past an unfocused combo or spin box to what holds it (a scroll area)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, GUARDED):
            # A wheel would otherwise give these the focus first (Qt's WheelFocus), and then
            # the value changes after all.
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.Wheel and isinstance(watched, GUARDED) and not watched.hasFocus():
            assert isinstance(event, QWheelEvent)
            _pass_up(watched, event)
            return True
        return False


def _pass_up(widget: QWidget, event: QWheelEvent) -> None:
    """Offer the wheel to each enclosing widget in turn until one takes it (the scroll area).

    Qt propagates only the wheel events it delivers itself, not ones sent on, so walk up here.
    """
    position = event.position()
    parent = widget.parentWidget()
    while parent is not None:
        position = QPointF(widget.mapTo(parent, position.toPoint()))
        widget = parent
        passed = QWheelEvent(
            position,
            event.globalPosition(),
            event.pixelDelta(),
            event.angleDelta(),
            event.buttons(),
            event.modifiers(),
            event.phase(),
            event.inverted(),
        )
        QCoreApplication.sendEvent(parent, passed)
        if passed.isAccepted() or parent.isWindow():
            return
        parent = parent.parentWidget()


def install(app: QApplication) -> WheelGuard:
    """Install the guard once per application (it is the app's child, so it lives as long)."""
    existing = app.findChild(WheelGuard)
    if isinstance(existing, WheelGuard):
        return existing
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    return guard
