"""登录: asks for a user name and password; five wrong passwords lock the account for 5 minutes."""

from __future__ import annotations

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
from dutylog.office import Office
from dutylog.ui.accounts.rights import who
from dutylog.ui.theme import error_style


class LoginDialog(QDialog):
    def __init__(self, office: Office, parent: QWidget | None = None, *, switching: bool = False) -> None:
        super().__init__(parent)
        self.office = office
        self.actor: Actor | None = None
        # As a switch over the running window, cancel keeps the current user instead of quitting.
        self.switching = switching
        title = self.tr("切换用户 — DutyLog 值班管理") if switching else self.tr("登录 — DutyLog 值班管理")
        self.setWindowTitle(title)
        self.setMinimumWidth(360)

        self.unit = QLabel(office.unit_name())
        self.unit.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.username = QLineEdit()
        self.username.setObjectName("login_username")
        self.username.setMaxLength(50)
        self.password = QLineEdit()
        self.password.setObjectName("login_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
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
        if switching:
            note = self.tr("当前用户：{name}。登录另一个账号后，本窗口将以该账号操作。")
            current = QLabel(note.format(name=who(office.actor)))
            current.setWordWrap(True)
            layout.addWidget(current)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def try_login(self) -> None:
        try:
            self.actor = self.office.login(self.username.text(), self.password.text())
        except DutyLogError as exc:
            self.error.setText(exc.message)
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()
