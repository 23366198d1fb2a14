"""Poll the office's change counters and tell the window which areas others changed.

Qt-only glue over ``office.changes.poll()`` (which works on SQLite and PostgreSQL alike):
a QTimer asks every ``interval_ms``; a non-empty answer is emitted as ``changed(set)``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from dutylog.domain.errors import DutyLogError
from dutylog.office import Office

POLL_INTERVAL_MS = 2000


class ChangeWatcher(QObject):
    changed = Signal(object)  # set[str] of areas, e.g. {"log", "matters"}
    failed = Signal(object)  # the DutyLogError of a failed poll

    def __init__(self, office: Office, interval_ms: int = POLL_INTERVAL_MS, parent: QObject | None = None):
        super().__init__(parent)
        self.office = office
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll_now)

    def start(self) -> None:
        """Take the baseline now so that the first tick reports only later changes."""
        self.poll_now()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    @property
    def active(self) -> bool:
        return self.timer.isActive()

    def poll_now(self) -> set[str]:
        try:
            areas = self.office.changes.poll()
        except DutyLogError as exc:
            self.failed.emit(exc)
            return set()
        if areas:
            self.changed.emit(areas)
        return areas
