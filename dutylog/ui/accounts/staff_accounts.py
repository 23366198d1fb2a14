"""The first-run wizard's second step: an account for each person on the staff list.

Ticked people get an account with the user name in their row, a role (leaders review,
others are officers) and one initial password typed twice, which each person should
change at their first login (账号 → 修改密码). The step may be skipped.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dutylog.domain.enums import DutyRole, UserRole
from dutylog.domain.errors import DutyLogError
from dutylog.domain.roster.staff import StaffRecord
from dutylog.office import Office
from dutylog.ui.accounts.account_dialogs import role_box
from dutylog.ui.theme import error_style

NAME, USERNAME, ROLE = range(3)


class StaffAccountsForm(QWidget):
    """Create accounts for ``people``; ``done`` is called when finished or skipped."""

    def __init__(
        self,
        office: Office,
        people: list[StaffRecord],
        done: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.office = office
        self.people = people
        self.done = done
        self.created: list[str] = []
        intro = QLabel(
            self.tr("管理员账号已创建。可以现在为名单上的人员各建一个账号，也可以跳过，以后在“设置”中添加。")
            + "\n"
            + self.tr("勾选的人使用同一个初始密码，请他们首次登录后在“账号”菜单中修改。")
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(people), 3)
        self.table.setObjectName("staff_accounts_table")
        self.table.setHorizontalHeaderLabels([self.tr("姓名"), self.tr("用户名"), self.tr("角色")])
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.roles: list[QComboBox] = []
        for row, person in enumerate(people):
            name = QTableWidgetItem(person.name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(Qt.CheckState.Checked)
            self.table.setItem(row, NAME, name)
            self.table.setItem(row, USERNAME, QTableWidgetItem(person.name))
            leader = DutyRole.LEADER in person.roles
            box = role_box(UserRole.SUPERVISOR if leader else UserRole.OFFICER)
            self.roles.append(box)
            self.table.setCellWidget(row, ROLE, box)
        self.password = QLineEdit()
        self.password.setObjectName("staff_password")
        self.confirm = QLineEdit()
        self.confirm.setObjectName("staff_confirm")
        for edit in (self.password, self.confirm):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("初始密码（至少 8 位）"), self.password)
        form.addRow(self.tr("再次输入密码"), self.confirm)
        self.error = QLabel()
        self.error.setObjectName("staff_error")
        self.error.setStyleSheet(error_style())
        self.error.setWordWrap(True)
        self.create_button = QPushButton(self.tr("创建账号"))
        self.create_button.setObjectName("staff_create")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_accounts)
        self.skip_button = QPushButton(self.tr("跳过"))
        self.skip_button.setObjectName("staff_skip")
        self.skip_button.clicked.connect(self.done)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None
        return item

    def ticked(self) -> list[int]:
        return [
            row
            for row in range(self.table.rowCount())
            if self._item(row, NAME).checkState() == Qt.CheckState.Checked
        ]

    def create_accounts(self) -> None:
        """Create the ticked accounts; a refused row stays ticked with its reason shown."""
        if self.password.text() != self.confirm.text():
            self.error.setText(self.tr("两次输入的密码不一致。"))
            return
        problems: list[str] = []
        for row in self.ticked():
            person = self.people[row]
            username = self._item(row, USERNAME).text()
            role = UserRole(str(self.roles[row].currentData()))
            try:
                self.office.accounts.add_user(username, role, self.password.text(), staff_id=person.id)
            except DutyLogError as exc:
                problems.append(f"{person.name}：{exc.message}")
                continue
            self.created.append(username)
            self._item(row, NAME).setCheckState(Qt.CheckState.Unchecked)
        if problems:
            self.error.setText("\n".join(problems))
            return
        self.done()
