"""Start the desktop application (the only module the CLI imports Qt through)."""

from __future__ import annotations

import functools
import gc
import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from dutylog import __version__
from dutylog.domain.accounts.permissions import VIEWER_ACTOR
from dutylog.domain.errors import DutyLogError
from dutylog.domain.office.connection import TargetSource
from dutylog.services.office.targets import ResolvedTarget

if TYPE_CHECKING:
    from dutylog.office import Office
    from dutylog.ui.main_window import MainWindow
    from dutylog.ui.single_instance import SingleInstance

logger = logging.getLogger(__name__)
SCREENSHOT_SIZE = (1280, 800)
DAILY_BACKUP_AFTER_MS = 3000


def make_application(argv: list[str] | None = None, *, language: str | None = None) -> QApplication:
    """The QApplication with fonts and translators; `language` overrides the saved choice."""
    from dutylog.ui import i18n
    from dutylog.ui.theme import apply_fonts, follow_system_scheme
    from dutylog.ui.widgets import wheel_guard

    app = make_bare_application(argv)
    app.setOrganizationName("DutyLog")
    keep_settings_portable()
    saved = QSettings().value("ui/language")
    i18n.install(i18n.resolve_language(language or (str(saved) if saved else None)))
    app.setApplicationDisplayName(app.translate("App", "DutyLog 值班管理"))
    apply_fonts(app)
    follow_system_scheme(app)
    wheel_guard.install(app)  # the wheel scrolls pages, not the combo box under the pointer
    return app


def refuse_to_start(message: str) -> int:
    """The windowed program cannot start (it has no console to say why): say it in a box."""
    app = make_bare_application()
    QMessageBox.critical(None, app.applicationName(), message)
    return 1


def make_bare_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, named, without fonts or translators yet."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName("DutyLog")
    return app


def keep_startup_out_of_collections() -> None:
    """What start-up built (modules, Qt wrappers, mapped tables, the window) lives as long as
    the app: kept out of the collector's full scans. Those run on whichever thread allocates,
    holding the GIL, and rescanned it all: 50-150 ms each on a busy office, during which the
    window cannot paint. Objects made later are collected as usual."""
    gc.freeze()


def keep_settings_portable() -> None:
    """In portable mode the window's settings go to an .ini file in the portable folder."""
    from dutylog import portable

    folder = portable.root()
    if folder is not None:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))


def _choose_platform(screenshot: bool) -> None:
    """Render screenshots offscreen; refuse clearly (not with Qt's abort) when there is no display."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if screenshot:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    elif sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        raise DutyLogError(
            "没有可用的图形显示（DISPLAY 未设置）。请在桌面环境中运行，或使用 --screenshot。",
            code="no_display",
        )


def run_gui(
    target: str | ResolvedTarget,
    *,
    page: str | None = None,
    screenshot: str | None = None,
    language: str | None = None,
    verbose: bool = False,
) -> int:
    """Open the app on ``target`` (a path or URL counts as given with --db).

    The login dialog paints first; the database opens behind it (ui/office/opening.py).
    """
    _choose_platform(bool(screenshot))
    app = make_application(language=language)
    resolved = target if isinstance(target, ResolvedTarget) else ResolvedTarget(target, TargetSource.OPTION)
    if screenshot:
        return _screenshot(app, resolved, page, Path(screenshot))
    from dutylog import logs

    logs.setup(verbose=verbose)  # the log file and the crash file; DEBUG with --verbose
    logger.info("DutyLog %s starting", __version__)
    instance = _single_instance(resolved)
    if instance is None:
        return 0  # the running app was asked to come forward
    office = _open_and_sign_in(resolved)
    if isinstance(office, int):
        return office
    from dutylog.ui.main_window import MainWindow

    # After a login the window opens on the person's Today page, not the last user's page.
    window = MainWindow(office, QSettings(), restore_page=False)
    keep_startup_out_of_collections()
    if page:
        window.show_page(page)
    instance.window = window
    logger.info("DutyLog %s signed in on %s", __version__, office.db.description)
    sys.excepthook = functools.partial(_show_unexpected_error, database=office.db.description)
    window.show()
    # Once the first data is on screen, not in its way: the copy of a large file takes seconds.
    QTimer.singleShot(DAILY_BACKUP_AFTER_MS, lambda: _daily_backup(window))
    try:
        return app.exec()
    finally:
        instance.close()
        window.operations.wait()
        office.close()


def _single_instance(resolved: ResolvedTarget) -> SingleInstance | None:
    """This user's instance on this database, or None when one runs already (it was raised)."""
    from dutylog.ui.single_instance import SingleInstance, instance_key

    instance = SingleInstance(instance_key(resolved.target))
    if instance.notify_running():
        logger.info("already running on this database: raised that window")
        return None
    if not instance.listen():
        logger.warning("cannot listen for later launches on %s", instance.key)
    return instance


def _open_and_sign_in(resolved: ResolvedTarget) -> Office | int:
    """The login dialog at once, the database opening behind it; an exit code if none results."""
    from dutylog.ui.accounts.login_dialog import FIRST_RUN, UNUSABLE, LoginDialog
    from dutylog.ui.office.opening import OfficeOpening
    from dutylog.ui.startup_probe import after_first_paint

    opening = OfficeOpening(resolved)
    dialog = LoginDialog(opening=opening)
    # The worker starts once the dialog is on screen, so that it does not slow the first paint.
    after_first_paint(dialog, opening.start)
    code = dialog.exec()
    office = opening.office
    if code == QDialog.DialogCode.Accepted and office is not None and dialog.actor is not None:
        return office
    if code == FIRST_RUN and office is not None:
        from dutylog.ui.accounts.first_run_dialog import FirstRunDialog

        first = FirstRunDialog(office)
        if first.exec() == QDialog.DialogCode.Accepted and first.actor is not None:
            return office
    if code == UNUSABLE:
        if dialog.error_shown is not None:
            QMessageBox.critical(None, "DutyLog", dialog.error_shown.message)
        return 2
    if office is None and opening.busy:
        opening.wait()  # quitting while it opens: let it finish rather than cut a migration short
    if opening.office is not None:
        opening.office.close()
    return 0


def _screenshot(app: QApplication, resolved: ResolvedTarget, page: str | None, path: Path) -> int:
    """Render the window as a read-only viewer (documentation screenshots, benchmarks)."""
    from dutylog.office import open_resolved
    from dutylog.ui.main_window import MainWindow

    office = open_resolved(resolved)
    # Never block on a dialog: look at the data as a read-only viewer.
    office.act_as(VIEWER_ACTOR)
    window = MainWindow(office, QSettings(), restore_page=True)
    if page:
        window.show_page(page)
    return _save_screenshot(app, window, path)


def show_startup_error(error: DutyLogError, *, language: str | None = None) -> int:
    """Say why the app cannot start, in a window (and on stderr for a terminal)."""
    print(f"dutylog: {error.code}: {error.message}", file=sys.stderr)
    _choose_platform(False)
    make_application(language=language)
    QMessageBox.critical(None, "DutyLog", error.message)
    return 2


def _daily_backup(window: MainWindow) -> None:
    """Today's automatic backup, on a worker: the window is usable while the file is copied."""

    def done(made: Path | None) -> None:
        if made is not None:
            window.statusBar().showMessage(
                QCoreApplication.translate("App", "已自动备份到 ") + str(made), 8000
            )

    def failed(error: DutyLogError) -> None:
        text = QCoreApplication.translate("App", "自动备份失败：")
        window.statusBar().showMessage(text + error.message, 15000)

    window.operations.run(
        lambda office: office.backups.daily_if_due(),
        on_done=done,
        on_error=failed,
        parent=window,
        what=QCoreApplication.translate("App", "自动备份"),
        progress=False,
    )


def _show_unexpected_error(
    kind: type[BaseException],
    error: BaseException,
    tb: TracebackType | None,
    *,
    database: str | None = None,
) -> None:
    """Keep the app running after an error in a slot, and tell the user what happened."""
    if isinstance(error, DutyLogError):
        QMessageBox.warning(QApplication.activeWindow(), "DutyLog", error.message)
        return
    from dutylog.ui.details_dialog import unexpected_error_dialog

    text = "".join(traceback.format_exception(kind, error, tb))
    print(text, file=sys.stderr, end="")
    logger.error("unexpected error\n%s", text.rstrip())
    unexpected_error_dialog(text, database, QApplication.activeWindow()).exec()


def _save_screenshot(app: QApplication, window: object, path: Path) -> int:
    from dutylog.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    app.processEvents()
    window.operations.settle()  # the pages read on workers: show their data, not an empty frame
    for _ in range(3):  # a layout request climbs one level of nested layouts per round
        app.sendPostedEvents()
        app.processEvents()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(path)):
        raise DutyLogError(f"无法保存截图：{path}", code="screenshot_failed")
    window.office.close()
    print(path)
    return 0
