"""Open the office on a worker thread while the first window is already on screen.

Importing SQLAlchemy and Alembic, checking an existing SQLite file's integrity (a full
scan: seconds on a ten-year office) and bringing its schema up to date all happen here,
after the login dialog has painted and while the person types their password. This
module imports none of that itself: `dutylog.office` is imported by the worker.

The result comes back to the GUI thread through queued Qt signals:

- ``opened(office)``: ready; the dialog may log in (or ask for the first account);
- ``damaged(found)``: the file failed its integrity check (a `DamagedFile`); the GUI
  offers the latest good backup and, if restored, calls `start` again;
- ``failed(error)``: a `DutyLogError` saying why the database cannot be opened.
"""

from __future__ import annotations

import threading
import traceback
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from dutylog.domain.errors import DutyLogError

if TYPE_CHECKING:
    from dutylog.office import Office
    from dutylog.services.office.targets import ResolvedTarget


def _import_office() -> None:
    import dutylog.office  # noqa: F401  (imported for its side effect: loaded before it is needed)


class OfficeOpening(QObject):
    opened = Signal(object)  # Office
    damaged = Signal(object)  # DamagedFile
    failed = Signal(object)  # DutyLogError
    stage = Signal(str)  # what the worker is doing now, for the dialog's status line

    def __init__(self, resolved: ResolvedTarget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.resolved = resolved
        self.office: Office | None = None
        self.error: DutyLogError | None = None
        self._thread: threading.Thread | None = None

    @property
    def busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        """Begin (or, after a restore, begin again) opening on a daemon thread."""
        self.office, self.error = None, None
        self._thread = threading.Thread(target=self._work, name="dutylog-open", daemon=True)
        self._thread.start()

    def wait(self, timeout: float | None = None) -> None:
        """Block until the worker ends (tests, and quitting while it still runs)."""
        if self._thread is not None:
            self._thread.join(timeout)

    def _work(self) -> None:
        # Signals emitted here are queued to the GUI thread, where this object lives.
        try:
            self.stage.emit(QCoreApplication.translate("Opening", "正在检查数据库…"))
            # The check is SQLite's own scan (it lets go of the GIL): import the storage and
            # service layers beside it rather than after it.
            importing = threading.Thread(target=_import_office, name="dutylog-import", daemon=True)
            importing.start()
            from dutylog.services.office.backups import damaged_database

            found = damaged_database(self.resolved.target)
            importing.join()
            if found is not None:
                self.damaged.emit(found)
                return
            self.stage.emit(
                QCoreApplication.translate("Opening", "正在打开数据库（如需升级，会先自动备份）…")
            )
            from dutylog.office import open_resolved

            office = open_resolved(self.resolved)
        except DutyLogError as exc:
            self.error = exc
            self.failed.emit(exc)
            return
        except Exception as exc:  # an unexpected failure still ends in the one message
            traceback.print_exception(exc)
            error = DutyLogError(
                QCoreApplication.translate("Opening", "打开数据库时发生意外错误：{error}").format(
                    error=f"{type(exc).__name__}: {exc}"
                )
            )
            self.error = error
            self.failed.emit(error)
            return
        self.office = office
        self.opened.emit(office)
        # While the person types the password: load the main window's modules (pages, models,
        # their services), so that the window builds at once after the login. Importing is
        # thread-safe; no widget is made here.
        import dutylog.ui.main_window  # noqa: F401
