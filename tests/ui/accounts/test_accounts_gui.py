"""Accounts in the GUI: the Settings group, switching user, the first-run step, the audit wording."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import QModelIndex, QSettings
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from dutylog.domain.enums import DutyRole, Shift, UserRole
from dutylog.office import Office
from dutylog.services.accounts import accounts
from dutylog.services.accounts.audit import AuditFilter
from dutylog.ui.accounts.account_dialogs import AddAccountDialog
from dutylog.ui.accounts.audit_model import AuditTableModel
from dutylog.ui.accounts.first_run_dialog import FirstRunDialog
from dutylog.ui.accounts.login_dialog import LoginDialog
from dutylog.ui.main_window import MainWindow
from dutylog.ui.office.settings_page import SettingsPage

PASSWORD = "password 1"


@pytest.fixture(autouse=True)
def _fast_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(accounts, "_HASHER", PasswordHasher(time_cost=1, memory_cost=64, parallelism=1))


def staff_id(office: Office, name: str) -> int:
    return next(person.id for person in office.staff.all() if person.name == name)


@pytest.fixture
def admin_office(staffed_office: Office) -> Office:
    staffed_office.accounts.add_user("admin", UserRole.ADMIN, PASSWORD)
    staffed_office.accounts.add_user(
        "zhangwei", UserRole.OFFICER, PASSWORD, staff_id=staff_id(staffed_office, "张伟")
    )
    staffed_office.login("admin", PASSWORD)
    return staffed_office


def window_on(qtbot: QtBot, office: Office, qsettings: QSettings, key: str) -> tuple[MainWindow, Any]:
    window = MainWindow(office, qsettings)
    qtbot.addWidget(window)
    return window, window.show_page(key)


def log_in_as(monkeypatch: pytest.MonkeyPatch, username: str, password: str = PASSWORD) -> None:
    def fill(self: LoginDialog) -> int:
        self.username.setText(username)
        self.password.setText(password)
        self.try_login()
        return int(self.result())

    monkeypatch.setattr(LoginDialog, "exec", fill)


def test_admin_adds_an_account_from_settings_and_it_can_log_in(
    qtbot: QtBot, admin_office: Office, qsettings: QSettings
) -> None:
    _window, page = window_on(qtbot, admin_office, qsettings, "settings")
    assert isinstance(page, SettingsPage)
    group = page.accounts_group
    assert group.isEnabled() and group.table.rowCount() == 2
    dialog = group.open_add()
    assert isinstance(dialog, AddAccountDialog)
    dialog.person.setCurrentIndex(dialog.person.findText("王建国"))
    assert dialog.username.text() == "王建国"  # suggested from the person
    assert dialog.role.currentData() == UserRole.SUPERVISOR.value  # a leader reviews
    dialog.username.setText("wangjg")
    dialog.password.setText(PASSWORD)
    dialog.confirm.setText("something else")
    dialog.save()
    assert "不一致" in dialog.error.text()
    dialog.confirm.setText(PASSWORD)
    dialog.save()
    assert group.table.rowCount() == 3 and "wangjg" in group.message.text()
    assert group.selected() is not None and group.selected().staff_name == "王建国"  # type: ignore[union-attr]

    group.select("zhangwei")
    group.role.setCurrentIndex(group.role.findData(UserRole.SUPERVISOR.value))
    group.set_role()
    group.select("zhangwei")
    group.toggle_active()
    users = {user.username: user for user in admin_office.accounts.users()}
    assert users["zhangwei"].role is UserRole.SUPERVISOR and not users["zhangwei"].active
    group.select("admin")
    group.toggle_active()
    assert "不能停用" in group.message.text()

    actor = admin_office.login("wangjg", PASSWORD)
    assert actor.role is UserRole.SUPERVISOR and actor.staff_id == staff_id(admin_office, "王建国")


def test_an_officer_sees_the_accounts_group_disabled_with_the_reason(
    qtbot: QtBot, admin_office: Office, qsettings: QSettings
) -> None:
    admin_office.login("zhangwei", PASSWORD)
    _window, page = window_on(qtbot, admin_office, qsettings, "settings")
    assert not page.accounts_group.isEnabled() and page.accounts_group.table.rowCount() == 0
    assert "只有管理员可以管理账号" in page.accounts_group.toolTip()
    assert "zhangwei（值班员）" in page.accounts_group.toolTip()
    assert not page.office_group.isEnabled() and "修改单位设置" in page.office_group.toolTip()
    assert page.ui_group.isEnabled()  # this workstation's own settings stay open


def test_switching_user_from_the_menu_acts_as_the_new_person_on_today(
    qtbot: QtBot, admin_office: Office, qsettings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, page = window_on(qtbot, admin_office, qsettings, "settings")
    assert page.accounts_group.isEnabled()
    log_in_as(monkeypatch, "zhangwei")
    window.session.switch_action.trigger()
    assert admin_office.actor.username == "zhangwei"
    assert window.current_page_key() == "today"
    assert not page.accounts_group.isEnabled()  # every page took the new rights
    assert "zhangwei" in window.session.user_label.text()
    assert window.session.switch_action in window.session.menu.actions()


def test_a_cancelled_or_failed_switch_keeps_the_current_user(
    qtbot: QtBot, admin_office: Office, qsettings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, _page = window_on(qtbot, admin_office, qsettings, "settings")
    log_in_as(monkeypatch, "zhangwei", "wrong password")
    assert not window.switch_user()
    monkeypatch.setattr(LoginDialog, "exec", lambda self: int(LoginDialog.DialogCode.Rejected))
    assert not window.switch_user()
    assert admin_office.actor.username == "admin" and window.current_page_key() == "settings"
    dialog = window.session.dialog
    assert dialog is not None and "取消" in [button.text() for button in dialog.findChildren(QPushButton)]


def test_after_a_login_the_window_opens_on_today_not_the_last_page(
    qtbot: QtBot, admin_office: Office, qsettings: QSettings
) -> None:
    qsettings.setValue("window/page", "ledger")
    window = MainWindow(admin_office, qsettings, restore_page=False)
    qtbot.addWidget(window)
    assert window.current_page_key() == "today"


def test_first_run_offers_an_account_for_each_person(office: Office, qtbot: QtBot) -> None:
    office.staff.add("李娜")
    office.staff.add("王建国", roles=[DutyRole.LEADER])
    dialog = FirstRunDialog(office)
    qtbot.addWidget(dialog)
    dialog.unit_name.setText("某市网信办")
    dialog.username.setText("chief")
    dialog.password.setText(PASSWORD)
    dialog.confirm.setText(PASSWORD)
    dialog.create_account()
    form = dialog.staff_form
    assert form is not None and dialog.result() != FirstRunDialog.DialogCode.Accepted
    assert form.table.rowCount() == 2  # the administrator's own person is not offered
    form.password.setText(PASSWORD)
    form.confirm.setText(PASSWORD)
    form.create_accounts()
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    roles = {user.username: user.role for user in office.accounts.users()}
    assert roles == {"chief": UserRole.ADMIN, "李娜": UserRole.OFFICER, "王建国": UserRole.SUPERVISOR}


def test_first_run_step_may_be_skipped(office: Office, qtbot: QtBot) -> None:
    office.staff.add("李娜")
    dialog = FirstRunDialog(office)
    qtbot.addWidget(dialog)
    dialog.unit_name.setText("某市网信办")
    dialog.username.setText("chief")
    dialog.password.setText(PASSWORD)
    dialog.confirm.setText(PASSWORD)
    dialog.create_account()
    assert dialog.staff_form is not None
    dialog.staff_form.skip_button.click()
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert [user.username for user in office.accounts.users()] == ["chief"]


def test_audit_viewer_shows_names_not_ids(staffed_office: Office) -> None:
    office = staffed_office
    li = office.staff.add("李娜")
    tomorrow = office.clock().date() + timedelta(days=1)
    slot = office.roster.assign(tomorrow, Shift.FULL, DutyRole.OFFICER, staff_id(office, "张伟"))
    office.roster.changes.substitute(slot.id, li.id, "张伟 病假")
    office.accounts.add_user("lina", UserRole.OFFICER, PASSWORD, staff_id=li.id)
    office.accounts.set_role("lina", UserRole.SUPERVISOR)
    model = AuditTableModel(office)
    model.set_filter(AuditFilter())
    model.fetchMore(QModelIndex())
    texts = [str(model.index(row, 6).data()) for row in range(model.rowCount())]
    assert "角色：值班员 → 审核领导" in texts
    substituted = next(text for text in texts if "→ 李娜" in text)
    assert substituted == "来由：手工排班 → 调班/替班；值班员：张伟 → 李娜"  # was "staff_id: 1 → 3"
    assert any("关联人员：李娜" in text for text in texts)
    assert not any("staff_id" in text or "None" in text for text in texts)
