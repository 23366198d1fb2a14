"""首次使用: name the unit and create the first administrator on an empty database.

If the staff list already holds other people (e.g. imported on the command line), a
second step offers to create an account for each of them (staff_accounts.py).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dutylog.domain.accounts.permissions import Actor
from dutylog.domain.errors import DutyLogError
from dutylog.office import Office
from dutylog.ui.accounts.staff_accounts import StaffAccountsForm
from dutylog.ui.theme import error_style


class FirstRunDialog(QDialog):
    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("首次使用 — DutyLog 值班管理"))
        self.setMinimumWidth(420)

        intro = QLabel(
            self.tr(
                "欢迎使用 DutyLog。请填写本单位名称，并创建第一个管理员账号（之后可在“设置”中添加其他账号）。"
            )
        )
        intro.setWordWrap(True)
        self.unit_name = QLineEdit()
        self.unit_name.setObjectName("first_unit")
        self.unit_name.setPlaceholderText(self.tr("例如：某某市委网信办值班室"))
        self.full_name = QLineEdit()
        self.full_name.setObjectName("first_full_name")
        self.username = QLineEdit()
        self.username.setObjectName("first_username")
        self.password = QLineEdit()
        self.password.setObjectName("first_password")
        self.confirm = QLineEdit()
        self.confirm.setObjectName("first_confirm")
        for edit in (self.password, self.confirm):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("first_error")
        self.error.setStyleSheet(error_style())
        self.error.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("单位名称"), self.unit_name)
        form.addRow(self.tr("管理员姓名"), self.full_name)
        form.addRow(self.tr("用户名"), self.username)
        form.addRow(self.tr("密码（至少 8 位）"), self.password)
        form.addRow(self.tr("再次输入密码"), self.confirm)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("创建并进入"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("退出"))
        buttons.accepted.connect(self.create_account)
        buttons.rejected.connect(self.reject)

        first = QWidget()
        layout = QVBoxLayout(first)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.steps = QStackedWidget()
        self.steps.addWidget(first)
        self.staff_form: StaffAccountsForm | None = None
        QVBoxLayout(self).addWidget(self.steps)

    def create_account(self) -> None:
        if self.password.text() != self.confirm.text():
            self.error.setText(self.tr("两次输入的密码不一致。"))
            return
        try:
            self.actor = self.office.accounts.first_run(
                unit_name=self.unit_name.text(),
                username=self.username.text(),
                password=self.password.text(),
                full_name=self.full_name.text(),
            )
        except DutyLogError as exc:
            self.error.setText(exc.message)
            return
        others = [p for p in self.office.staff.all(active_only=True) if p.id != self.actor.staff_id]
        if not others:
            self.accept()
            return
        self.staff_form = StaffAccountsForm(self.office, others, self.accept)
        self.steps.addWidget(self.staff_form)
        self.steps.setCurrentWidget(self.staff_form)
        self.setWindowTitle(self.tr("首次使用 — 为人员创建账号"))
        self.resize(max(self.width(), 560), max(self.height(), 480))
