"""The main window: a navigation sidebar on the left, the current page on the right."""

from __future__ import annotations

import contextlib
import importlib
from typing import Any

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dutylog.domain.errors import ConnectionLostError, DutyLogError
from dutylog.office import Office
from dutylog.ui.office.connection_banner import ConnectionBanner
from dutylog.ui.office.year_archive import archive_year
from dutylog.ui.operations import Operations
from dutylog.ui.pages import PAGES, PLACEHOLDER, Page, page_actions, page_spec, page_title
from dutylog.ui.theme import icon
from dutylog.ui.widgets.fit import fitted, scrolling
from dutylog.ui.widgets.selection import refresh_keeping_selection


class MainWindow(QMainWindow):
    # Emitted (queued through Qt) when the database reports that the server went away.
    connection_lost = Signal(str)

    def __init__(
        self,
        office: Office,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        restore_page: bool = True,
    ) -> None:
        super().__init__(parent)
        self.office = office
        self.settings = settings
        self._pages: dict[str, QWidget] = {}
        # Pages whose areas changed while they were off screen: refreshed when next shown.
        self._stale: set[str] = set()
        # Every slow service call, its errors and the one change signal (ui/operations.py).
        self.operations = Operations(office, self)
        self.watcher = self.operations.watcher
        self.update_title()
        self.setWindowIcon(icon("app"))
        self.resize(fitted(QSize(1200, 760), self))

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setSpacing(2)
        self.nav.setFixedWidth(150)
        for spec in PAGES:
            item = QListWidgetItem(icon(spec.icon), page_title(spec))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setToolTip(f"{page_title(spec)} ({spec.shortcut})")
            self.nav.addItem(item)
        self.stack = QStackedWidget()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(4, 4, 4, 0)
        self.banner = ConnectionBanner(lambda: self.office.db.ping())
        column.addWidget(self.banner)
        row = QHBoxLayout()
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        column.addLayout(row, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._on_nav)

        from dutylog.ui.accounts.session import Session

        self.session = Session(self)
        self._build_menus()
        self.db_label = QLabel(self.tr("数据库：") + office.db.description)
        self.statusBar().addPermanentWidget(self.db_label)
        # After a login the window opens on Today, never on the previous user's last page.
        self._restore_state(restore_page)
        self._watch_database()
        from dutylog.ui.shell import WindowShell

        self.shell = WindowShell(self)
        self._show_page_menu(self.page(self.current_page_key()))

    def update_title(self) -> None:
        # Qt adds the application's display name ("— DutyLog 值班管理") itself on every desktop
        # but macOS: the title names the office, so the name is shown once.
        self.setWindowTitle(self.office.unit_name())

    # -- pages ---------------------------------------------------------------
    def show_page(self, key: str) -> QWidget:
        spec = page_spec(key)
        self.nav.setCurrentRow(PAGES.index(spec))
        return self._pages[key]

    def current_page_key(self) -> str:
        item = self.nav.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else PAGES[0].key

    def page(self, key: str) -> QWidget:
        """The page widget for ``key``, created on first use."""
        if key not in self._pages:
            spec = page_spec(key)
            module_name, class_name = spec.target.split(":")
            cls = getattr(importlib.import_module(module_name), class_name)
            kwargs: dict[str, Any] = {"title": page_title(spec)} if spec.target == PLACEHOLDER else {}
            widget: QWidget = cls(self.office, self, **kwargs)
            widget.setObjectName(f"page_{key}")
            self._pages[key] = widget
            self._stale.add(key)
            self.stack.addWidget(scrolling(widget))
        return self._pages[key]

    def _frame(self, widget: QWidget) -> QWidget:
        """The stack's child holding ``widget``: the scroll area around it."""
        for index in range(self.stack.count()):
            frame = self.stack.widget(index)
            if isinstance(frame, QScrollArea) and frame.widget() is widget:
                return frame
        return widget

    def _on_nav(self, row: int) -> None:
        if row < 0:
            return
        spec = PAGES[row]
        widget = self.page(spec.key)
        self.stack.setCurrentWidget(self._frame(widget))
        # Catch up with the counters now rather than at the next tick; a change lands in
        # on_changes, which refreshes this page if it shows that area. Not while the
        # connection is down (the watcher is stopped): the banner retries instead.
        if self.watcher.active:
            self.watcher.poll_now()
        if spec.key in self._stale:
            self.refresh_current_page()
        self._show_page_menu(widget)
        self.statusBar().showMessage(page_title(spec), 2000)

    def _show_page_menu(self, widget: QWidget) -> None:
        # The shell's 操作 menu lists what the page on screen offers (`page_actions`).
        shell = getattr(self, "shell", None)  # not yet while the first page is shown
        if shell is not None:
            shell.show_page_actions(page_actions(widget))

    def after_login(self) -> None:
        """Someone else logged in: every page refreshes (rights included) and Today shows."""
        self.session.update()
        for widget in self._pages.values():
            if isinstance(widget, Page):
                with contextlib.suppress(DutyLogError):
                    widget.refresh()
        self._stale.clear()
        self.show_page("today")
        self.shell.refresh_reminders()

    def switch_user(self) -> bool:
        return self.session.switch_user()

    # -- other workstations and the connection ------------------------------
    def _watch_database(self) -> None:
        self.operations.changed.connect(self.on_changes)
        self.connection_lost.connect(self._on_connection_lost)
        self.banner.reconnected.connect(self._on_reconnected)
        self.office.db.connection_listeners.append(self._notify_connection_lost)
        self.watcher.start()

    def _notify_connection_lost(self, error: ConnectionLostError) -> None:
        self.connection_lost.emit(error.message)

    def on_changes(self, areas: frozenset[str]) -> None:
        """This window or another workstation changed ``areas`` (the one change signal).

        Every page showing one of them is due; the page on screen refreshes now, the
        others when they are next shown.
        """
        for key in self._pages:
            if page_spec(key).areas & areas:
                self._stale.add(key)
        if self.current_page_key() in self._stale and self.isVisible():
            self.refresh_current_page()

    def refresh_current_page(self) -> None:
        key = self.current_page_key()
        widget = self._pages.get(key)
        if widget is None:
            return
        self._stale.discard(key)
        if not isinstance(widget, Page):
            return
        # On a lost connection the banner (told by the database) explains and retries.
        with contextlib.suppress(ConnectionLostError):
            refresh_keeping_selection(widget, widget.refresh)

    def showEvent(self, event: Any) -> None:
        # Back from the tray or minimised: catch up with what changed meanwhile.
        super().showEvent(event)
        if self.current_page_key() in self._stale:
            self.refresh_current_page()

    def _on_connection_lost(self, message: str) -> None:
        # Polling a dead server would block the window every 2 s; the banner retries instead.
        self.watcher.stop()
        self.banner.show_problem(message)

    def _on_reconnected(self) -> None:
        self.statusBar().showMessage(self.tr("数据库连接已恢复"), 5000)
        self.watcher.start()
        self.refresh_current_page()

    # -- menus ---------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        archive_action = QAction(self.tr("年度归档…"), self)
        archive_action.setObjectName("action_year_archive")
        archive_action.triggered.connect(lambda _checked=False: archive_year(self, self.office))
        file_menu.addAction(archive_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("退出(&Q)"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        go_menu = self.menuBar().addMenu(self.tr("转到(&G)"))
        for spec in PAGES:
            action = QAction(icon(spec.icon), page_title(spec), self)
            action.setShortcut(QKeySequence(spec.shortcut))
            action.triggered.connect(lambda _checked=False, key=spec.key: self.show_page(key))
            go_menu.addAction(action)

        self.menuBar().addMenu(self.session.menu)
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        about = QAction(self.tr("关于 DutyLog(&A)"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _about(self) -> None:
        # Version, Qt, platform, database and log file, with Copy: what a support request needs.
        from dutylog.ui.details_dialog import about_dialog

        about_dialog(self.office.db.description, self).exec()

    # -- state ---------------------------------------------------------------
    def _restore_state(self, restore_page: bool = True) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        last = str(self.settings.value("window/page", PAGES[0].key)) if restore_page else PAGES[0].key
        keys = [spec.key for spec in PAGES]
        self.show_page(last if last in keys else keys[0])

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/page", self.current_page_key())
        self.settings.sync()

    def closeEvent(self, event: Any) -> None:
        if self.shell.keep_in_tray(event):
            return
        self.shell.stop()
        self.watcher.stop()
        self.operations.wait()
        self.banner.timer.stop()
        if self._notify_connection_lost in self.office.db.connection_listeners:
            self.office.db.connection_listeners.remove(self._notify_connection_lost)
        self.save_state()
        super().closeEvent(event)
