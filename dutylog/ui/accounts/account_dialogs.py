"""Dialogs of the Settings page's accounts group: add an account, reset a password.

Each dialog writes through ``office.accounts`` (which checks the permission and audits)
and shows a refusal in red under its form, so nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dutylog.domain.accounts.users import UserRecord
from dutylog.domain.enums import DutyRole, UserRole
from dutylog.domain.errors import DutyLogError
from dutylog.office import Office
from dutylog.ui.i18n import label
from dutylog.ui.theme import error_style

# The roles an administrator hands out, in the order of the enumeration.
ROLES = tuple(UserRole)


def role_box(current: UserRole = UserRole.OFFICER) -> QComboBox:
    box = QComboBox()
    for role in ROLES:
        box.addItem(label(role), role.value)
    box.setCurrentIndex(max(0, box.findData(current.value)))
    return box


class _PasswordForm(QDialog):
    """A form ending in a password typed twice, a red message line and OK/Cancel."""

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.form = QFormLayout()
        self.password = QLineEdit()
        self.password.setObjectName("account_password")
        self.confirm = QLineEdit()
        self.confirm.setObjectName("account_confirm")
        for edit in (self.password, self.confirm):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("account_error")
        self.error.setStyleSheet(error_style())
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def finish(self) -> None:
        self.form.addRow(QCoreApplication.translate("AccountDialogs", "初始密码（至少 8 位）"), self.password)
        self.form.addRow(QCoreApplication.translate("AccountDialogs", "再次输入密码"), self.confirm)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(400)

    def passwords_match(self) -> bool:
        if self.password.text() != self.confirm.text():
            self.error.setText(QCoreApplication.translate("AccountDialogs", "两次输入的密码不一致。"))
            return False
        return True

    def save(self) -> None:
        raise NotImplementedError


class AddAccountDialog(_PasswordForm):
    """添加账号: user name, role, the person on the staff list it belongs to, initial password."""

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(office, parent)
        self.created: UserRecord | None = None
        self.setWindowTitle(self.tr("添加账号"))
        self.username = QLineEdit()
        self.username.setObjectName("account_username")
        self.role = role_box()
        self.role.setObjectName("account_role")
        self.person = QComboBox()
        self.person.setObjectName("account_person")
        self.person.addItem(self.tr("（不关联）"), None)
        for person in office.staff.all(active_only=True):
            self.person.addItem(person.name, person.id)
        self.person.currentIndexChanged.connect(self._suggest)
        self.form.addRow(self.tr("用户名"), self.username)
        self.form.addRow(self.tr("关联人员"), self.person)
        self.form.addRow(self.tr("角色"), self.role)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("添加"))
        self.finish()

    def _suggest(self) -> None:
        """A leader's account reviews; an empty user name takes the person's name."""
        staff_id = self.person.currentData()
        if staff_id is None:
            return
        person = next((p for p in self.office.staff.all() if p.id == staff_id), None)
        if person is None:
            return
        if not self.username.text().strip():
            self.username.setText(person.name)
        if DutyRole.LEADER in person.roles:
            self.role.setCurrentIndex(self.role.findData(UserRole.SUPERVISOR.value))

    def save(self) -> None:
        if not self.passwords_match():
            return
        staff_id = self.person.currentData()
        try:
            self.created = self.office.accounts.add_user(
                self.username.text(),
                UserRole(str(self.role.currentData())),
                self.password.text(),
                staff_id=int(staff_id) if staff_id is not None else None,
            )
        except DutyLogError as exc:
            self.error.setText(exc.message)
            return
        self.accept()


class ResetPasswordDialog(_PasswordForm):
    """重置密码: an administrator sets a new password for ``username`` and lifts a lock."""

    def __init__(self, office: Office, username: str, parent: QWidget | None = None) -> None:
        super().__init__(office, parent)
        self.account = username
        self.setWindowTitle(self.tr("重置密码"))
        self.form.addRow(self.tr("账号"), QLabel(username))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("重置"))
        self.finish()

    def save(self) -> None:
        if not self.passwords_match():
            return
        try:
            self.office.accounts.reset_password(self.account, self.password.text())
        except DutyLogError as exc:
            self.error.setText(exc.message)
            return
        self.accept()
