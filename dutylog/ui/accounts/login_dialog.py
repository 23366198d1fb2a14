"""登录: asks for a user name and password; five wrong passwords lock the account for 5 minutes.

At start-up the dialog is the first window and paints before the database is open: it is
given an `OfficeOpening` (ui/office/opening.py) instead of an office, the person types
while the worker opens the database, and a login asked for before it is ready runs as
soon as it is. An empty database ends the dialog with ``FIRST_RUN`` so that the caller
asks for the first administrator instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dutylog.domain.accounts.permissions import Actor
from dutylog.domain.errors import DutyLogError
from dutylog.ui.accounts.rights import who
from dutylog.ui.startup_probe import mark
from dutylog.ui.theme import error_style

if TYPE_CHECKING:
    from dutylog.office import Office
    from dutylog.services.office.backups import DamagedFile
    from dutylog.ui.office.opening import OfficeOpening

# done() codes besides Accepted/Rejected: the database has no account yet / cannot be opened.
FIRST_RUN = 2
UNUSABLE = 3


class LoginDialog(QDialog):
    def __init__(
        self,
        office: Office | None = None,
        parent: QWidget | None = None,
        *,
        switching: bool = False,
        opening: OfficeOpening | None = None,
    ) -> None:
        super().__init__(parent)
        self.office = office
        self.opening = opening
        self.actor: Actor | None = None
        self.error_shown: DutyLogError | None = None
        self._login_waiting = False
        # As a switch over the running window, cancel keeps the current user instead of quitting.
        self.switching = switching
        title = self.tr("切换用户 — DutyLog 值班管理") if switching else self.tr("登录 — DutyLog 值班管理")
        self.setWindowTitle(title)
        self.setMinimumWidth(360)

        self.unit = QLabel(office.unit_name() if office is not None else self.tr("DutyLog 值班管理"))
        self.unit.setObjectName("login_unit")
        self.unit.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.username = QLineEdit()
        self.username.setObjectName("login_username")
        self.username.setMaxLength(50)
        self.password = QLineEdit()
        self.password.setObjectName("login_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.status = QLabel()
        self.status.setObjectName("login_status")
        self.status.setStyleSheet("color: palette(placeholder-text);")
        self.status.setWordWrap(True)
        self.status.setVisible(office is None)
        self.error = QLabel()
        self.error.setObjectName("login_error")
        self.error.setStyleSheet(error_style())
        self.error.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("用户名"), self.username)
        form.addRow(self.tr("密码"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("登录"))
        cancel = self.tr("取消") if switching else self.tr("退出")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel)
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.unit)
        if switching and office is not None:
            note = self.tr("当前用户：{name}。登录另一个账号后，本窗口将以该账号操作。")
            current = QLabel(note.format(name=who(office.actor)))
            current.setWordWrap(True)
            layout.addWidget(current)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if opening is not None:
            opening.stage.connect(self.status.setText)
            opening.opened.connect(self._opened)
            opening.damaged.connect(self._damaged)
            opening.failed.connect(self._failed)

    # -- the database opening behind the dialog --------------------------------
    def _opened(self, office: Office) -> None:
        mark("office_opened")
        self.office = office
        self.unit.setText(office.unit_name())
        self.status.hide()
        if office.accounts.needs_first_run():
            self.done(FIRST_RUN)
            return
        if self._login_waiting:
            self._login_waiting = False
            self.try_login()

    def _damaged(self, found: DamagedFile) -> None:
        from dutylog.ui.office.recovery import offer_restore

        if offer_restore(found, self) and self.opening is not None:
            self.opening.start()
        else:
            self.done(UNUSABLE)

    def _failed(self, error: DutyLogError) -> None:
        self.error_shown = error
        self.done(UNUSABLE)

    # -- logging in ----------------------------------------------------------------
    def try_login(self) -> None:
        if self.office is None:
            # Still opening: log in the moment it is ready, keeping what was typed.
            self._login_waiting = True
            self.status.setText(self.tr("正在打开数据库，打开后自动登录…"))
            self.status.show()
            return
        try:
            self.actor = self.office.login(self.username.text(), self.password.text())
        except DutyLogError as exc:
            self.error.setText(exc.message)
            self.password.clear()
            self.password.setFocus()
            return
        mark("logged_in")
        self.accept()
