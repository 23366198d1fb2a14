"""Poll the office's change counters and tell the window which areas others changed.

Qt-only glue over ``office.changes.serials()`` (which works on SQLite and PostgreSQL alike):
a QTimer reads the counters every ``interval_ms`` on the GUI thread (one small read) and
emits the areas whose counter moved as ``changed(set)``. The operations layer owns it and
forwards ``changed`` into its own signal, so pages see one stream of changes.

The window's own writes bump the same counters. So that they are not echoed back as a
second refresh, the layer ``hold()``s the poll while a write is in flight and then hands
over the counters read right after it (``absorb``): the new baseline, and any other area
that moved meanwhile is reported with the write's own.
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
        self._seen: dict[str, int] | None = None
        self._held = 0

    def start(self) -> None:
        """Take the baseline now so that the first tick reports only later changes."""
        self.poll_now()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    @property
    def active(self) -> bool:
        return self.timer.isActive()

    def hold(self) -> None:
        """An own write is in flight: polls report nothing until the matching ``release``."""
        self._held += 1

    def release(self) -> None:
        self._held = max(0, self._held - 1)

    def poll_now(self) -> set[str]:
        if self._held:
            return set()
        try:
            current = self.office.changes.serials()
        except DutyLogError as exc:
            self.failed.emit(exc)
            return set()
        areas = self._moved(current)
        if areas:
            self.changed.emit(areas)
        return areas

    def absorb(self, current: dict[str, int]) -> set[str]:
        """Take ``current`` (read right after an own write) as the baseline; the areas that moved.

        The caller announces them together with its own areas; nothing is emitted here.
        """
        return self._moved(current)

    def _moved(self, current: dict[str, int]) -> set[str]:
        seen, self._seen = self._seen, current
        if seen is None:
            return set()
        return {area for area, serial in current.items() if seen.get(area) != serial}
