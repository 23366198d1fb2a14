"""Progress of long work on a worker, and the collector held back while it runs.

Used by the operations layer (ui/operations.py): long work reports through a `Progress`,
Cancel turns its next report into `Cancelled`; `full_collections` holds off Python's
whole-heap collections meanwhile, so the window keeps painting.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable

from PySide6.QtWidgets import QApplication

from dutylog.domain.errors import Cancelled

PROGRESS_EVERY_MS = 50  # at most 20 progress updates a second reach the GUI thread

Report = tuple[int, int, str]  # (done, total, what is being done)


class Progress:
    """Handed to long work: ``progress(done, total, what)`` reports, and stops the work after Cancel.

    Called on the worker thread, so it only keeps the newest report and wakes the GUI thread
    (one queued signal in flight at a time); the GUI takes the report and looks again after
    PROGRESS_EVERY_MS. A service reporting every row thus costs the event loop nothing.
    On its own (no window) it never cancels and reports to no one.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancelled = threading.Event()
        self._latest: Report | None = None
        self._posted = False
        self._wake: Callable[[], None] | None = None

    def __call__(self, done: int, total: int, what: str = "") -> None:
        if self._cancelled.is_set():
            raise Cancelled(QApplication.translate("Operations", "已取消，未保存任何结果。"))
        with self._lock:
            self._latest = (done, total, what)
            if self._posted or self._wake is None:
                return
            self._posted = True
        self._wake()

    @property
    def cancelled(self) -> bool:
        """For work that polls (the ledger import's ``cancel()``) rather than reports."""
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()

    def attach(self, wake: Callable[[], None]) -> None:
        """The layer's: ``wake()`` (a queued signal) tells the GUI thread a report waits."""
        if self._wake is not None:
            raise RuntimeError("a Progress reports for one operation")
        self._wake = wake

    def take(self) -> Report | None:
        """The GUI's: the newest report since the last take, if any; until the next take
        no other wake-up is sent (the GUI looks again after its interval)."""
        with self._lock:
            latest, self._latest = self._latest, None
            self._posted = latest is not None
        return latest


class FullCollections:
    """Holds off generation-2 collections while long work runs; GUI thread only.

    Measured on the 10-year office's archive: with them the window stalls 50-300 ms at a
    time (growing with the heap), without them never beyond the timer's jitter. What the
    work kept is freed by reference counting when it ends; a cycle waits for the next full
    collection, which comes on its own once the thresholds are back.
    """

    HELD = 1 << 30  # collections of generation 1 before a full one: never, in practice

    def __init__(self) -> None:
        self.holders = 0
        self.saved = 10

    def hold(self) -> None:
        if self.holders == 0:
            young, middle, self.saved = gc.get_threshold()
            gc.set_threshold(young, middle, self.HELD)
        self.holders += 1

    def release(self) -> None:
        self.holders -= 1
        if self.holders == 0:
            young, middle, _held = gc.get_threshold()
            gc.set_threshold(young, middle, self.saved)


full_collections = FullCollections()  # one per process, as the collector is
