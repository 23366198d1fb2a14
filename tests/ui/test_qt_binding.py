"""The Qt binding must not leak or free references to None: an all-day session makes millions of calls."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_calls_returning_nothing_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2_000):
        label.setText("值班")
    # A binding that drops a reference per call (PySide6 6.12.0) loses ~2,000 here and,
    # over a working day, crashes the interpreter ("deallocating None").
    assert abs(sys.getrefcount(None) - before) < 100
