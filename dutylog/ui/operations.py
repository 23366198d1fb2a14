"""The one path from a widget to the services: run off the GUI thread, one error dialog, one change signal.

After Anki's ``aqt/operations``: a widget asks for an operation, a service call plus what to
do with its result, and the layer does the rest::

    window.operations.run(
        lambda office: office.matters.search(term),
        on_done=self.model.set_rows,
        what=self.tr("搜索台账"),
        parent=self,
    )

- ``work(office)`` runs on a worker thread (QThreadPool); its result comes back to the GUI
  thread through a queued Qt signal, where ``on_done`` runs. Widgets are only ever touched
  there. ``slow=False`` runs a trivial call inline, with the same error path and signal.
  The database gives every thread its own session (storage/database.py), so a worker's
  transaction is its own.
- A busy cursor shows after 150 ms; after 1 s a progress dialog with Cancel. Cancel is
  honest but not magic: the work cannot be interrupted halfway (a write is one
  transaction), so it runs to its end on the worker and its result is dropped; ``on_done``
  is not called. A write that committed is still announced, since the data did change.
- Every failure goes through `report_error`: a DutyLogError shows its own message, anything
  unexpected shows a generic one with the traceback in the details; either way the app
  keeps running. The layer never touches the asking widget, so a form keeps what was typed.
- After a successful write (``areas`` non-empty) ``changed`` emits the areas touched. The
  change counters' poll (`ChangeWatcher`) feeds the same signal with what other
  workstations changed; the layer re-baselines it after each own write so that the
  window's own writes are announced once, not echoed back by the next poll.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QDeadlineTimer, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from dutylog.domain.errors import ConnectionLostError, DutyLogError
from dutylog.office import Office
from dutylog.ui.office.change_watcher import ChangeWatcher

T = TypeVar("T")

BUSY_CURSOR_AFTER_MS = 150
PROGRESS_AFTER_MS = 1000


class Failure:
    """What went wrong in an operation: the error to show and, if unexpected, its traceback."""

    def __init__(self, error: DutyLogError, details: str = "") -> None:
        self.error = error
        self.details = details


def _failure(exc: Exception) -> Failure:
    if isinstance(exc, DutyLogError):
        return Failure(exc)
    details = "".join(traceback.format_exception(exc))
    # Wrapped so that one path shows both kinds; the traceback goes to the details.
    text = QApplication.translate("Operations", "程序内部错误：{error}")
    return Failure(DutyLogError(text.format(error=f"{type(exc).__name__}: {exc}")), details)


class _Carrier(QObject):
    """Lives on the GUI thread; the worker emits through it, Qt queues the call over."""

    finished = Signal(object, object, object)  # result, Failure | None, serials after a write


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], carrier: _Carrier, after_write: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.carrier = carrier
        self.after_write = after_write

    def run(self) -> None:
        result: Any = None
        failure: Failure | None = None
        try:
            result = self.work()
        except Exception as exc:  # every failure goes to the one dialog
            failure = _failure(exc)
        serials = None if failure is not None else self.after_write()
        self.carrier.finished.emit(result, failure, serials)


class Running(Generic[T]):
    """One operation in flight: its cursor and progress dialog, and whether it was cancelled."""

    def __init__(self, operations: Operations, what: str, parent: QWidget, *, progress: bool = True) -> None:
        self.operations = operations
        self.what = what
        self.parent = parent
        self.cancelled = False
        self.finished = False
        self._cursor = False
        self.dialog: QProgressDialog | None = None
        QTimer.singleShot(BUSY_CURSOR_AFTER_MS, self._show_cursor)
        if progress:
            QTimer.singleShot(PROGRESS_AFTER_MS, self._show_progress)

    def _show_cursor(self) -> None:
        if self.finished or self.cancelled:
            return
        QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        self._cursor = True

    def _show_progress(self) -> None:
        if self.finished or self.cancelled:
            return
        dialog = QProgressDialog(self.what + "…", self.operations.tr("取消"), 0, 0, self.parent)
        dialog.setObjectName("operation_progress")
        dialog.setWindowTitle(self.what)
        dialog.setMinimumDuration(0)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.canceled.connect(self.cancel)
        dialog.show()
        self.dialog = dialog

    def cancel(self) -> None:
        """Stop waiting: the result is dropped when it arrives (see the module docstring)."""
        self.cancelled = True
        self._end()

    def _end(self) -> None:
        if self._cursor:
            QApplication.restoreOverrideCursor()
            self._cursor = False
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            dialog.canceled.disconnect(self.cancel)
            dialog.close()
            dialog.deleteLater()

    def done(self) -> None:
        self.finished = True
        self._end()


class Operations(QObject):
    """One per main window (one per office); see the module docstring."""

    changed = Signal(object)  # frozenset[str] of areas: own writes and other workstations' alike

    def __init__(self, office: Office, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.pool = QThreadPool(self)
        self.watcher = ChangeWatcher(office, parent=self)
        self.watcher.changed.connect(lambda areas: self.changed.emit(frozenset(areas)))
        self.running: list[Running[Any]] = []

    def run(
        self,
        work: Callable[[Office], T],
        *,
        on_done: Callable[[T], object],
        parent: QWidget,
        what: str,
        areas: frozenset[str] = frozenset(),
        slow: bool = True,
        progress: bool = True,
        on_error: Callable[[DutyLogError], None] | None = None,
    ) -> Running[T] | None:
        """Run ``work(office)``; then ``on_done(result)`` on the GUI thread, or the error path.

        ``areas`` names what a write changes (announced through ``changed``); ``on_error``
        replaces the dialog for a DutyLogError (a form showing it inline). ``progress=False``
        keeps the window-modal progress dialog away (a search: the user keeps typing, and
        a newer search supersedes this one; the busy cursor still shows). Returns the
        running operation, or None when it ran inline (``slow=False``).
        """
        if areas:
            self.watcher.hold()  # no poll while our own write is in flight: it would echo
        if not slow:
            try:
                result = work(self.office)
            except Exception as exc:  # every failure goes to the one dialog
                self._finish_write(areas, None, failed=True)
                self._fail(_failure(exc), what, parent, on_error)
                return None
            self._finish_write(areas, self._serials() if areas else None, failed=False)
            on_done(result)
            return None
        running: Running[T] = Running(self, what, parent, progress=progress)
        carrier = _Carrier()
        self.running.append(running)

        def finished(result: Any, failure: Failure | None, serials: dict[str, int] | None) -> None:
            running.done()
            self.running.remove(running)
            carrier.deleteLater()
            self._finish_write(areas, serials, failed=failure is not None)
            if running.cancelled or not shiboken6.isValid(parent):
                return  # nobody waits for it any more (the asking widget was closed and deleted)
            if failure is not None:
                self._fail(failure, what, parent, on_error)
            else:
                on_done(result)

        carrier.finished.connect(finished, Qt.ConnectionType.QueuedConnection)
        office = self.office
        self.pool.start(_Job(lambda: work(office), carrier, self._serials if areas else lambda: None))
        return running

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for the workers (closing the window, tests); queued results still need the event loop."""
        return self.pool.waitForDone(msecs)

    def settle(self, msecs: int = 30_000) -> bool:
        """Run the event loop until no operation is in flight (a screenshot of the data, not of the wait).

        A result may start another read (a page filling a second part), so this loops until
        none is left; False if some were still running after ``msecs``.
        """
        deadline = QDeadlineTimer(msecs)
        app = QApplication.instance()
        while self.running and not deadline.hasExpired():
            self.pool.waitForDone(50)
            if app is not None:
                app.processEvents()
        if app is not None:
            app.processEvents()  # the layouts the last results asked for
        return not self.running

    # -- changes -------------------------------------------------------------
    def _serials(self) -> dict[str, int] | None:
        try:
            return self.office.changes.serials()
        except DutyLogError:
            return None  # the next poll catches up

    def _finish_write(self, areas: frozenset[str], serials: dict[str, int] | None, *, failed: bool) -> None:
        if not areas:
            return
        self.watcher.release()
        if failed:
            return  # nothing committed: nothing to announce, the poll's baseline stands
        # Others' changes since the last poll arrive in the same event as ours.
        others = self.watcher.absorb(serials) if serials is not None else set()
        self.changed.emit(frozenset(areas) | frozenset(others))

    # -- errors --------------------------------------------------------------
    def _fail(
        self, failure: Failure, what: str, parent: QWidget, on_error: Callable[[DutyLogError], None] | None
    ) -> None:
        if on_error is not None and not failure.details:
            on_error(failure.error)
            return
        if isinstance(failure.error, ConnectionLostError):
            return  # the window's connection banner explains and retries
        self.report_error(parent, what, failure.error, failure.details)

    def report_error(self, parent: QWidget, what: str, error: DutyLogError, details: str = "") -> QMessageBox:
        """The one dialog for a failed operation: what failed, why, and the details if any."""
        return show_error(parent, what, error.message, details)


def operations_of(widget: QWidget) -> Operations | None:
    """The operations layer of the main window ``widget`` sits in; None outside one.

    A dialog is a window of its own: look on through the window it was opened from.
    """
    current: QWidget | None = widget
    while current is not None:
        top = current.window()
        found = getattr(top, "operations", None)
        if isinstance(found, Operations):
            return found
        current = top.parentWidget()
    return None


def show_error(parent: QWidget, what: str, message: str, details: str = "") -> QMessageBox:
    """A window-modal warning naming ``what`` failed; shown with open() so nothing blocks."""
    box = QMessageBox(parent)
    box.setObjectName("operation_error")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(what)
    box.setText(QApplication.translate("Operations", "{what}未能完成。").format(what=what))
    box.setInformativeText(message)
    if details:
        box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def run_for(
    widget: QWidget,
    office: Office,
    work: Callable[[Office], T],
    *,
    on_done: Callable[[T], object],
    on_error: Callable[[DutyLogError], None],
    what: str,
    areas: frozenset[str] = frozenset(),
    progress: bool = True,
) -> None:
    """``work(office)`` through the window's layer; inline for a widget on its own.

    A widget outside a window (a test, a dialog opened alone) has no layer to run on: the
    work runs here with the same error path, a refusal going to ``on_error``.
    """
    operations = operations_of(widget)
    if operations is None:
        try:
            result = work(office)
        except DutyLogError as exc:
            on_error(exc)
            return
        on_done(result)
        return
    operations.run(
        work, on_done=on_done, on_error=on_error, parent=widget, what=what, areas=areas, progress=progress
    )


def in_window(widget: QWidget) -> bool:
    """Whether the window's change signal will refresh what ``widget`` shows after a write."""
    return operations_of(widget) is not None
