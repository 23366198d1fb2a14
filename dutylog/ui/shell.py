"""What makes the main window a desktop program: keyboard shortcuts, the Help menu,
reminders (a minute timer, the tray icon, the Today page's box) and keeping running in the tray.

Installed once by the main window (``self.shell = WindowShell(self)``); the pages only
offer plain methods/attributes it looks for (``print_preview``, ``day``, ``form``, ``search``).
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QMenu,
    QSystemTrayIcon,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dutylog.domain.errors import DutyLogError
from dutylog.paths import resource
from dutylog.services.office.reminders import DueReminder
from dutylog.ui import i18n
from dutylog.ui.reminder_text import reminder_text
from dutylog.ui.theme import icon

if TYPE_CHECKING:
    from dutylog.ui.main_window import MainWindow

CHECK_EVERY_MS = 60_000
FIRST_CHECK_MS = 2_000
PRINT_METHODS = ("print_preview", "open_print_preview")


class WindowShell(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.office = window.office
        self.actions: dict[str, QAction] = {}
        self.shown_keys: set[str] = set()
        self.current: list[DueReminder] = []
        self._page_actions: list[QAction] = []
        self._build_actions()
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._build_tray()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.refresh_reminders)
        self.timer.start()
        # The Today page works the reminders out with its first read; the tray's first
        # check follows once the window has shown its data, not in its way.
        QTimer.singleShot(FIRST_CHECK_MS, self.refresh_reminders)

    # -- keyboard ------------------------------------------------------------
    def _action(
        self, key: str, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str, slot: Any
    ) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(f"action_{key}")
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        self.actions[key] = action
        return action

    def _build_actions(self) -> None:
        menu = QMenu(self.tr("操作(&A)"), self.window)
        bar = self.window.menuBar()
        help_menu = bar.actions()[-1]  # keep 帮助 last
        bar.insertMenu(help_menu, menu)
        for key, text, shortcut, slot in (
            ("new_entry", self.tr("新增日志记录"), "Ctrl+N", self.new_log_entry),
            ("new_matter", self.tr("新建事项…"), "Ctrl+Shift+N", self.new_matter),
            ("search", self.tr("搜索台账"), QKeySequence.StandardKey.Find, self.search),
            ("print", self.tr("打印当前页…"), QKeySequence.StandardKey.Print, self.print_current),
            ("previous_day", self.tr("前一天"), "Alt+Left", lambda: self.step_day(-1)),
            ("next_day", self.tr("后一天"), "Alt+Right", lambda: self.step_day(1)),
        ):
            menu.addAction(self._action(key, text, shortcut, slot))
        self.actions_menu = menu
        menu_help = help_menu.menu()
        assert isinstance(menu_help, QMenu)
        first = menu_help.actions()[0]  # 关于 stays last
        guide = self._action(
            "guide", self.tr("使用说明(&U)"), QKeySequence.StandardKey.HelpContents, self.show_guide
        )
        keys = self._action("shortcuts", self.tr("键盘快捷键(&K)"), "Ctrl+/", self.show_shortcuts)
        menu_help.insertAction(first, guide)
        menu_help.insertAction(first, keys)

    def show_page_actions(self, actions: list[QAction]) -> None:
        """Below the window's own actions: those the page on screen offers (pages.page_actions)."""
        for old in self._page_actions:
            self.actions_menu.removeAction(old)
        self._page_actions = []
        if actions:
            self._page_actions.append(self.actions_menu.addSeparator())
            for action in actions:
                self.actions_menu.addAction(action)
                self._page_actions.append(action)

    def new_log_entry(self) -> None:
        page = self.window.show_page("today")
        form = getattr(page, "form", None)
        if form is not None:
            form.text.setFocus()

    def new_matter(self) -> QDialog:
        from dutylog.ui.matters.matter_dialog import MatterDialog

        dialog = MatterDialog(self.office, None, self.window)
        dialog.setObjectName("new_matter_dialog")
        # The dialog saves by itself; what it wrote arrives through the one change signal.
        dialog.finished.connect(lambda _code: self.window.watcher.poll_now())
        dialog.open()
        return dialog

    def search(self) -> None:
        page = self.window.show_page("ledger")
        box = getattr(page, "search", None)
        if box is not None:
            box.setFocus()
            box.selectAll()

    def print_current(self) -> bool:
        page = self.window.page(self.window.current_page_key())
        for name in PRINT_METHODS:
            method = getattr(page, name, None)
            if callable(method):
                method()
                return True
        self.window.statusBar().showMessage(self.tr("本页没有可打印的内容。"), 4000)
        return False

    def step_day(self, days: int) -> bool:
        page = self.window.page(self.window.current_page_key())
        edit = getattr(page, "day", None)
        if not isinstance(edit, QDateEdit):
            return False
        edit.setDate(edit.date().addDays(days))
        return True

    def shortcut_rows(self) -> list[tuple[str, str]]:
        rows = [
            (
                action.text().replace("&", ""),
                action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
            )
            for action in self.window.findChildren(QAction)
            if not action.shortcut().isEmpty()
        ]
        rows.append((self.tr("保存对话框 / 取消"), "Enter / Esc"))
        rows.append((self.tr("保存日志记录"), "Ctrl+Enter"))
        return rows

    def show_shortcuts(self) -> QDialog:
        dialog = QDialog(self.window)
        dialog.setObjectName("shortcuts_dialog")
        dialog.setWindowTitle(self.tr("键盘快捷键"))
        rows = self.shortcut_rows()
        table = QTableWidget(len(rows), 2)
        table.setHorizontalHeaderLabels([self.tr("操作"), self.tr("快捷键")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (text, keys) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(text))
            table.setItem(row, 1, QTableWidgetItem(keys))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        _with_close_button(dialog, table)
        dialog.resize(460, 520)
        dialog.open()
        return dialog

    def show_guide(self) -> QDialog:
        dialog = QDialog(self.window)
        dialog.setObjectName("guide_dialog")
        dialog.setWindowTitle(self.tr("使用说明"))
        browser = QTextBrowser()
        browser.setObjectName("guide_browser")
        browser.setOpenExternalLinks(True)
        browser.setMarkdown(guide_text(i18n.current()))
        _with_close_button(dialog, browser)
        dialog.resize(720, 640)
        dialog.open()
        return dialog

    def retranslate(self) -> None:
        """After a language switch: the texts that are always on screen (restart for the rest)."""
        from dutylog.ui.pages import PAGES, page_title

        for row, spec in enumerate(PAGES):
            item = self.window.nav.item(row)
            item.setText(page_title(spec))
            item.setToolTip(f"{page_title(spec)} ({spec.shortcut})")
        self.window.update_title()
        self.refresh_reminders()

    # -- reminders -----------------------------------------------------------
    def check_reminders(self) -> list[DueReminder]:
        """Work the reminders out here and show them (a login, a language switch, tests)."""
        try:
            due = self.office.reminders.due()
        except DutyLogError:
            return self.current  # a database hiccup must not interrupt the officer's work
        return self.show_due(due)

    def refresh_reminders(self) -> None:
        """The timer's check: worked out on a worker (a busy office takes a while), then shown."""
        self.window.operations.run(
            lambda office: office.reminders.due(),
            on_done=self.show_due,
            on_error=lambda _error: None,  # a hiccup: the next check tries again
            parent=self.window,
            what=self.tr("检查提醒"),
            progress=False,
        )

    def show_due(self, due: list[DueReminder]) -> list[DueReminder]:
        """On the Today page, in the status bar, and each new one once in the tray."""
        self.current = due
        if any(reminder.kind == "briefing" for reminder in due):
            self._draft_todays_briefing()
        today = self.window._pages.get("today")
        show = getattr(today, "show_reminders", None)
        if callable(show):
            show(due)
        if due:
            self.window.statusBar().showMessage(reminder_text(due[0])[1], CHECK_EVERY_MS)
        for reminder in due:
            if reminder.key in self.shown_keys:
                continue
            self.shown_keys.add(reminder.key)
            if self.tray is not None and self.tray.isVisible():
                severity = (
                    QSystemTrayIcon.MessageIcon.Warning
                    if reminder.urgent
                    else QSystemTrayIcon.MessageIcon.Information
                )
                title, message = reminder_text(reminder)
                self.tray.showMessage(title, message, severity, 15_000)
        return due

    def _draft_todays_briefing(self) -> None:
        """When the briefing falls due, draft it from the log so the officer only edits and submits."""
        # Refused for a viewer or a user without the right; the reminder stands on its own.
        with contextlib.suppress(DutyLogError):
            self.office.briefings.ensure_today_draft()

    # -- tray ----------------------------------------------------------------
    def _build_tray(self) -> None:
        tray = QSystemTrayIcon(icon("app"), self)
        # The window's title names the office; the tray names the program too.
        tray.setToolTip(f"{QApplication.applicationDisplayName()} — {self.window.windowTitle()}")
        menu = QMenu(self.window)
        menu.addAction(self.tr("显示主窗口"), self.restore_window)
        menu.addAction(self.tr("注销/切换用户…"), self.window.switch_user)
        menu.addSeparator()
        menu.addAction(self.tr("退出"), self.quit)
        tray.setContextMenu(menu)
        tray.activated.connect(
            lambda reason: (
                self.restore_window() if reason == QSystemTrayIcon.ActivationReason.Trigger else None
            )
        )
        tray.messageClicked.connect(self.restore_window)
        tray.show()
        self.tray = tray
        self._menu = menu

    def restore_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def quit(self) -> None:
        self._quitting = True
        self.window.close()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def keep_in_tray(self, event: QCloseEvent) -> bool:
        """On close: hide to the tray instead when the user chose so; True if it did."""
        wanted = bool(self.window.settings.value("ui/close_to_tray", False, type=bool))
        if getattr(self, "_quitting", False) or not wanted or self.tray is None or not self.tray.isVisible():
            return False
        event.ignore()
        self.window.hide()
        with contextlib.suppress(RuntimeError):
            self.tray.showMessage(
                self.tr("DutyLog 仍在运行"), self.tr("提醒会继续显示在这里。右键图标可退出。")
            )
        return True

    def stop(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()


def guide_text(language: str) -> str:
    name = "guide_en.md" if language == "en" else "guide_zh.md"
    return resource("help", name).read_text(encoding="utf-8")


def _with_close_button(dialog: QDialog, content: QWidget) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(content)
    layout.addWidget(buttons)
