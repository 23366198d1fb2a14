"""Keyboard conventions shared by the forms: Ctrl+Enter saves from a multi-line field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPlainTextEdit, QWidget


def save_on_ctrl_enter(form: QWidget, save: Callable[[], object]) -> None:
    """Ctrl+Enter (main or keypad Enter) anywhere inside ``form`` runs ``save``.

    Scoped to the form, not the window: two forms on one window (the Today and Log pages)
    would otherwise make the shortcut ambiguous, and Qt then runs neither.
    """
    for sequence in ("Ctrl+Return", "Ctrl+Enter"):
        shortcut = QShortcut(QKeySequence(sequence), form)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(save)


def multi_line(edit: QPlainTextEdit) -> QPlainTextEdit:
    """A multi-line field where Tab moves on to the next field instead of typing a tab."""
    edit.setTabChangesFocus(True)
    return edit
