"""Start-up milestones for the benchmarks: when the first window painted, when data showed.

With ``DUTYLOG_STARTUP_TRACE=FILE`` in the environment, each milestone appends a line
``NAME UNIX_TIME`` to FILE; with ``DUTYLOG_STARTUP_EXIT=NAME`` too, the process exits
right after that milestone (tests/benchmarks/startup.py times a whole process this way):
at once after the first paint, through the normal close after data showed.
Without the variable nothing is recorded and nothing is installed.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FIRST_PAINT = "first_paint"
DATA_SHOWN = "data_shown"

_seen: set[str] = set()


def mark(name: str) -> None:
    """Record milestone ``name`` once (when tracing)."""
    path = os.environ.get("DUTYLOG_STARTUP_TRACE")
    if not path or name in _seen:
        return
    _seen.add(name)
    with open(path, "a", encoding="utf-8") as trace:
        trace.write(f"{name} {time.time():.6f}\n")
    if os.environ.get("DUTYLOG_STARTUP_EXIT") != name:
        return
    if name == FIRST_PAINT:
        os._exit(0)  # the benchmark wants this moment only; nothing is open yet
    # Data on screen: leave as a person closing the window would (the office closes
    # cleanly, storage/sound.py records the file as at rest for the next start).
    QCoreApplication.exit(0)


class _PaintWatch(QObject):
    """Calls back once, after ``widget`` has painted for the first time."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self.callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # After this paint has reached the screen, not in the middle of it.
            QTimer.singleShot(0, self.callback)
        return False


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Run ``callback`` once ``widget`` has painted (marking FIRST_PAINT when tracing)."""

    def painted() -> None:
        mark(FIRST_PAINT)
        callback()

    _PaintWatch(widget, painted)
