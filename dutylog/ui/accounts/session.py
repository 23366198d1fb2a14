"""Who is logged in, in the main window: the 账号 menu, the status-bar name and switching user.

注销/切换用户 (menu and tray) shows the login dialog over the running window. On success
the office acts as the new account and the window refreshes every page and opens on
Today; cancelling (or a wrong password) keeps the current user.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel, QMenu

from dutylog.ui.accounts.login_dialog import LoginDialog
from dutylog.ui.accounts.rights import who

if TYPE_CHECKING:
    from dutylog.ui.main_window import MainWindow

CONTEXT = "Session"


class Session:
    """The main window's account menu and user label; ``switch_user`` changes who acts."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.office = window.office
        self.dialog: LoginDialog | None = None
        self.user_label = QLabel()
        self.user_label.setObjectName("current_user")
        window.statusBar().addPermanentWidget(self.user_label)

        self.menu = QMenu(QCoreApplication.translate("Session", "账号(&A)"), window)
        self.menu.setObjectName("account_menu")
        self.change_password = QAction(QCoreApplication.translate("Session", "修改密码(&P)…"), window)
        self.change_password.setObjectName("action_change_password")
        self.change_password.triggered.connect(self.open_password_dialog)
        self.switch_action = QAction(QCoreApplication.translate("Session", "注销/切换用户(&L)…"), window)
        self.switch_action.setObjectName("action_switch_user")
        self.switch_action.triggered.connect(lambda _checked=False: self.switch_user())
        self.menu.addAction(self.change_password)
        self.menu.addAction(self.switch_action)
        self.update()

    def update(self) -> None:
        """Show who acts now; only a logged-in account can change its password."""
        self.user_label.setText(QCoreApplication.translate("Session", "当前用户：") + who(self.office.actor))
        self.change_password.setEnabled(self.office.actor.user_id is not None)

    def open_password_dialog(self) -> None:
        from dutylog.ui.accounts.password_dialog import PasswordDialog

        PasswordDialog(self.office, self.window).exec()

    def login_dialog(self) -> LoginDialog:
        """The login dialog as a switch: its cancel button keeps the current user."""
        dialog = LoginDialog(self.office, self.window, switching=True)
        dialog.setObjectName("switch_user_dialog")
        self.dialog = dialog
        return dialog

    def switch_user(self) -> bool:
        """Ask for another account's name and password; True if someone else now acts."""
        self.window.shell.restore_window()
        dialog = self.login_dialog()
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
            return False
        self.window.after_login()
        return True
