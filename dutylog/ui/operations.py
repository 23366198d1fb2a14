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
- A busy cursor shows after 150 ms; after 1 s a progress dialog with Cancel. Long work
  (an archive, an import) reports through a `Progress` it is handed::

      steps = Progress()
      run_for(self, office, lambda o: o.archive.build(year, out, progress=steps), ..., reporter=steps)

  ``steps(done, total, what)`` is called on the worker; the dialog shows a real bar and
  ``what``, taking the newest report at most every 50 ms however often the work reports.
  Cancel sets a flag that the work's next report turns into `Cancelled`: the work stops
  there, and since such work is all-or-nothing (one transaction, or a file moved into place
  at the end) it leaves nothing behind. Work without a reporter cannot be interrupted: it
  runs to its end on the worker and its result is dropped. Either way ``on_done`` is not
  called and no error shows; a write that committed is still announced.
- While such long work runs, Python's full (generation-2) garbage collections are held
  off (`FullCollections`): one scans every object in the process holding the GIL, and a
  year's archive piles up enough objects for 100-300 ms scans, during which the window
  cannot paint. The young generations are still collected.
- Every failure goes through `report_error`: a DutyLogError shows its own message, anything
  unexpected shows a generic one with the traceback in the details; either way the app
  keeps running. The layer never touches the asking widget, so a form keeps what was typed.
- After a successful write (``areas`` non-empty) ``changed`` emits the areas touched. The
  change counters' poll (`ChangeWatcher`) feeds the same signal with what other
  workstations changed; the layer re-baselines it after each own write so that the
  window's own writes are announced once, not echoed back by the next poll.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QDeadlineTimer, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from dutylog.domain.errors import Cancelled, ConnectionLostError, DutyLogError
from dutylog.office import Office
from dutylog.ui.office.change_watcher import ChangeWatcher
from dutylog.ui.progress import PROGRESS_EVERY_MS, FullCollections, Progress, Report, full_collections

# Progress and FullCollections are part of this layer's interface (they live in ui/progress.py).
__all__ = [
    "FullCollections",
    "Operations",
    "Progress",
    "Running",
    "in_window",
    "operations_of",
    "run_for",
    "show_error",
]

T = TypeVar("T")

BUSY_CURSOR_AFTER_MS = 150
GIL_SWITCH_S = 0.001  # how often a worker running Python hands the GIL over (see Operations)
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
    reported = Signal()  # a Progress holds a new report


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

    def __init__(
        self,
        operations: Operations,
        what: str,
        parent: QWidget,
        *,
        progress: bool = True,
        reporter: Progress | None = None,
    ) -> None:
        self.operations = operations
        self.what = what
        self.parent = parent
        self.reporter = reporter
        self.cancelled = False
        self.finished = False
        self._cursor = False
        self.dialog: QProgressDialog | None = None
        self.report: Report | None = None  # the newest (done, total, what) the work reported
        self._showing = False
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
        # Reaching the total is not the end (the package still moves into place): the layer closes it.
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.canceled.connect(self.cancel)
        dialog.show()
        self.dialog = dialog
        self._show_report()

    def reported(self) -> None:
        """A report waits: show it, and look again after the interval (see `Progress`)."""
        if self.reporter is None or self.finished:
            return
        report = self.reporter.take()
        if report is None:
            return  # nothing new since the last look: the next report wakes us again
        self.report = report
        self._show_report()
        QTimer.singleShot(PROGRESS_EVERY_MS, self.reported)

    def _show_report(self) -> None:
        dialog, report = self.dialog, self.report
        if dialog is None or report is None or self._showing:
            return
        done, total, what = report
        # setValue() of a modal dialog processes events, which may bring the next report here.
        self._showing = True
        try:
            if total > 0:
                dialog.setMaximum(total)
                dialog.setValue(max(0, min(done, total)))
            if what:
                dialog.setLabelText(f"{self.what}：{what}")
        finally:
            self._showing = False

    def cancel(self) -> None:
        """Stop waiting; work with a reporter also stops at its next report (see the module docstring)."""
        self.cancelled = True
        if self.reporter is not None:
            self.reporter.cancel()
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
        # The GUI thread calls into Python for every cell it paints and every slot it runs,
        # taking the GIL each time; while a worker runs Python (an import checking rows),
        # each take waits until the worker yields, every switch interval (5 ms by default).
        # A repaint of a table then stalled the window 100-150 ms; at 1 ms it stays under 40.
        sys.setswitchinterval(GIL_SWITCH_S)
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
        reporter: Progress | None = None,
        on_end: Callable[[], object] | None = None,
    ) -> Running[T] | None:
        """Run ``work(office)``; then ``on_done(result)`` on the GUI thread, or the error path.

        ``areas`` names what a write changes (announced through ``changed``); ``on_error``
        replaces the dialog for a DutyLogError (a form showing it inline). ``progress=False``
        keeps the window-modal progress dialog away (a search: the user keeps typing, and
        a newer search supersedes this one; the busy cursor still shows). ``reporter`` is the
        `Progress` the work reports to: its dialog shows a bar, and Cancel stops the work.
        ``on_end()`` runs last when the work has ended, whatever the outcome, Cancel too
        (a dialog enabling its buttons again). Returns the running operation, or None when
        it ran inline (``slow=False``).
        """
        if areas:
            self.watcher.hold()  # no poll while our own write is in flight: it would echo
        if not slow:
            try:
                result = work(self.office)
            except Exception as exc:  # every failure goes to the one dialog
                self._finish_write(areas, None, failed=True)
                self._fail(_failure(exc), what, parent, on_error)
                _end(on_end)
                return None
            self._finish_write(areas, self._serials() if areas else None, failed=False)
            on_done(result)
            _end(on_end)
            return None
        running: Running[T] = Running(self, what, parent, progress=progress, reporter=reporter)
        carrier = _Carrier()
        self.running.append(running)
        if reporter is not None:
            carrier.reported.connect(running.reported, Qt.ConnectionType.QueuedConnection)
            reporter.attach(carrier.reported.emit)
            full_collections.hold()

        def finished(result: Any, failure: Failure | None, serials: dict[str, int] | None) -> None:
            if reporter is not None:
                full_collections.release()
            running.done()
            self.running.remove(running)
            carrier.deleteLater()
            self._finish_write(areas, serials, failed=failure is not None)
            if not shiboken6.isValid(parent):
                return  # nobody waits for it any more (the asking widget was closed and deleted)
            if failure is not None and not running.cancelled:
                self._fail(failure, what, parent, on_error)
            elif not running.cancelled:
                on_done(result)
            _end(on_end)

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
        if isinstance(failure.error, Cancelled):
            return  # the person asked for it: nothing to explain
        if on_error is not None and not failure.details:
            on_error(failure.error)
            return
        if isinstance(failure.error, ConnectionLostError):
            return  # the window's connection banner explains and retries
        self.report_error(parent, what, failure.error, failure.details)

    def report_error(self, parent: QWidget, what: str, error: DutyLogError, details: str = "") -> QMessageBox:
        """The one dialog for a failed operation: what failed, why, and the details if any."""
        return show_error(parent, what, error.message, details)


def _end(on_end: Callable[[], object] | None) -> None:
    if on_end is not None:
        on_end()


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
    reporter: Progress | None = None,
    on_end: Callable[[], object] | None = None,
) -> Running[T] | None:
    """``work(office)`` through the window's layer; inline for a widget on its own.

    A widget outside a window (a test, a dialog opened alone) has no layer to run on: the
    work runs here with the same error path, a refusal going to ``on_error`` (``reporter``
    then reports to no one). Returns the running operation in a window, else None.
    """
    operations = operations_of(widget)
    if operations is None:
        try:
            result = work(office)
        except DutyLogError as exc:
            on_error(exc)
            _end(on_end)
            return None
        on_done(result)
        _end(on_end)
        return None
    return operations.run(
        work,
        on_done=on_done,
        on_error=on_error,
        parent=widget,
        what=what,
        areas=areas,
        progress=progress,
        reporter=reporter,
        on_end=on_end,
    )


def in_window(widget: QWidget) -> bool:
    """Whether the window's change signal will refresh what ``widget`` shows after a write."""
    return operations_of(widget) is not None
