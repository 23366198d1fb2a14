"""账号: the Settings page's group where an administrator manages the login accounts.

A table of accounts (user name, role, person, state, locked until) with add, set role,
reset password and disable/enable. Others see the group disabled with the reason.
Every write goes through ``office.accounts``, which checks the permission and audits.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dutylog.domain.accounts.permissions import Permission
from dutylog.domain.accounts.users import UserRecord
from dutylog.domain.enums import UserRole
from dutylog.domain.errors import DutyLogError
from dutylog.office import Office
from dutylog.ui.accounts.account_dialogs import AddAccountDialog, ResetPasswordDialog, role_box
from dutylog.ui.accounts.rights import may, refusal
from dutylog.ui.i18n import label
from dutylog.ui.theme import error_style, ok_style


class AccountsGroup(QGroupBox):
    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("账号"), parent)
        self.setObjectName("accounts_group")
        self.office = office
        self.accounts: list[UserRecord] = []
        self.dialog: AddAccountDialog | ResetPasswordDialog | None = None

        self.table = QTableWidget(0, 5)
        self.table.setObjectName("accounts_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("用户名"), self.tr("角色"), self.tr("关联人员"), self.tr("状态"), self.tr("锁定至")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setFixedHeight(7 * self.table.fontMetrics().lineSpacing() + 24)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.add_button = QPushButton(self.tr("添加账号…"))
        self.add_button.setObjectName("accounts_add")
        self.add_button.clicked.connect(self.open_add)
        self.role = role_box()
        self.role.setObjectName("accounts_role")
        self.role_button = QPushButton(self.tr("设置角色"))
        self.role_button.setObjectName("accounts_set_role")
        self.role_button.clicked.connect(self.set_role)
        self.reset_button = QPushButton(self.tr("重置密码…"))
        self.reset_button.setObjectName("accounts_reset")
        self.reset_button.clicked.connect(self.open_reset)
        self.active_button = QPushButton(self.tr("停用"))
        self.active_button.setObjectName("accounts_active")
        self.active_button.clicked.connect(self.toggle_active)
        self.message = QLabel()
        self.message.setObjectName("accounts_message")
        self.message.setWordWrap(True)

        buttons = QHBoxLayout()
        for widget in (self.add_button, self.role, self.role_button, self.reset_button, self.active_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(self.table)
        column.addLayout(buttons)
        column.addWidget(self.message)

    # -- loading -----------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the accounts, or disable the group and say why for a non-administrator."""
        allowed = may(self.office, Permission.USER_MANAGE)
        self.setEnabled(allowed)
        self.setToolTip("" if allowed else refusal(self.office, Permission.USER_MANAGE))
        if not allowed:
            self.accounts = []
            self.table.setRowCount(0)
            self._say(refusal(self.office, Permission.USER_MANAGE), error=None)
            return
        selected = self.selected()
        try:
            self.accounts = self.office.accounts.users()
        except DutyLogError as exc:
            self._say(exc.message, error=True)
            return
        self.table.setRowCount(len(self.accounts))
        for row, user in enumerate(self.accounts):
            locked = (
                f"{user.locked_until:%Y-%m-%d %H:%M}"
                if user.locked_until is not None and user.locked_until > self.office.clock()
                else ""
            )
            values = (
                user.username,
                label(user.role),
                user.staff_name or self.tr("（无）"),
                self.tr("启用") if user.active else self.tr("已停用"),
                locked,
            )
            for column, text in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if selected is not None:
            self.select(selected.username)
        self._update_buttons()

    def selected(self) -> UserRecord | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.accounts):
            return None
        return self.accounts[rows[0].row()]

    def select(self, username: str) -> None:
        for row, user in enumerate(self.accounts):
            if user.username == username:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        user = self.selected()
        for widget in (self.role_button, self.reset_button, self.active_button):
            widget.setEnabled(user is not None)
        disabled = user is not None and not user.active
        self.active_button.setText(self.tr("启用") if disabled else self.tr("停用"))
        if user is not None:
            self.role.setCurrentIndex(max(0, self.role.findData(user.role.value)))

    def _say(self, text: str, *, error: bool | None) -> None:
        self.message.setStyleSheet("" if error is None else error_style() if error else ok_style())
        self.message.setText(text)

    # -- actions -----------------------------------------------------------------
    def open_add(self) -> AddAccountDialog:
        dialog = AddAccountDialog(self.office, self)
        dialog.setObjectName("add_account_dialog")
        dialog.accepted.connect(lambda: self._added(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _added(self, dialog: AddAccountDialog) -> None:
        self.refresh()
        if dialog.created is not None:
            self.select(dialog.created.username)
            self._say(self.tr("已添加账号 {name}。").format(name=dialog.created.username), error=False)

    def open_reset(self) -> ResetPasswordDialog | None:
        user = self.selected()
        if user is None:
            return None
        dialog = ResetPasswordDialog(self.office, user.username, self)
        dialog.setObjectName("reset_password_dialog")
        dialog.accepted.connect(lambda: self._reset_done(user.username))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _reset_done(self, username: str) -> None:
        self.refresh()
        self._say(self.tr("已重置 {name} 的密码。").format(name=username), error=False)

    def set_role(self) -> None:
        user = self.selected()
        if user is None:
            return
        role = UserRole(str(self.role.currentData()))
        try:
            self.office.accounts.set_role(user.username, role, expected_version=user.version)
        except DutyLogError as exc:
            self._say(exc.message, error=True)
            return
        self.refresh()
        done = self.tr("{name} 的角色已改为 {role}。").format(name=user.username, role=label(role))
        self._say(done, error=False)

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        if user.id == self.office.actor.user_id and user.active:
            self._say(self.tr("不能停用正在使用的账号。"), error=True)
            return
        try:
            self.office.accounts.set_active(user.username, not user.active)
        except DutyLogError as exc:
            self._say(exc.message, error=True)
            return
        self.refresh()
        done = self.tr("已启用 {name}。") if not user.active else self.tr("已停用 {name}。")
        self._say(done.format(name=user.username), error=False)
