"""Login, first run, recovery and conflict dialogs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from PySide6.QtWidgets import QDialog, QMessageBox

from dutylog.domain.enums import EntryKind, UserRole
from dutylog.domain.errors import ConflictError
from dutylog.domain.log.records import NewLogEntry
from dutylog.office import Office
from dutylog.services.accounts import accounts
from dutylog.storage import backup as files
from dutylog.ui.accounts.first_run_dialog import FirstRunDialog
from dutylog.ui.accounts.login_dialog import LoginDialog
from dutylog.ui.office.recovery import check_and_offer_restore
from dutylog.ui.widgets.conflict import ask_reload


@pytest.fixture(autouse=True)
def _fast_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(accounts, "_HASHER", PasswordHasher(time_cost=1, memory_cost=64, parallelism=1))


def test_first_run_creates_the_administrator(office: Office, qtbot: Any) -> None:
    dialog = FirstRunDialog(office)
    qtbot.addWidget(dialog)
    dialog.unit_name.setText("某市网信办")
    dialog.full_name.setText("赵主任")
    dialog.username.setText("zhao")
    dialog.password.setText("password 1")
    dialog.confirm.setText("password 2")
    dialog.create_account()
    assert "不一致" in dialog.error.text() and dialog.result() != QDialog.DialogCode.Accepted
    dialog.confirm.setText("password 1")
    dialog.resize(460, 320)
    dialog.create_account()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert office.actor.username == "zhao" and office.actor.role is UserRole.ADMIN
    assert office.unit_name() == "某市网信办"


def test_login_dialog_shows_errors_and_lock(office: Office, qtbot: Any) -> None:
    office.accounts.add_user("lina", UserRole.OFFICER, "password 1")
    dialog = LoginDialog(office)
    qtbot.addWidget(dialog)
    dialog.username.setText("lina")
    for _ in range(4):
        dialog.password.setText("wrong one!")
        dialog.try_login()
        assert "用户名或密码错误" in dialog.error.text()
    dialog.password.setText("wrong one!")
    dialog.try_login()
    assert "锁定" in dialog.error.text()
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_login_dialog_accepts(office: Office, qtbot: Any) -> None:
    office.accounts.add_user("lina", UserRole.OFFICER, "password 1")
    dialog = LoginDialog(office)
    qtbot.addWidget(dialog)
    dialog.username.setText("lina")
    dialog.password.setText("password 1")
    dialog.try_login()
    assert dialog.result() == QDialog.DialogCode.Accepted and office.actor.username == "lina"


def test_damaged_database_offers_latest_good_backup(office: Office, db_path: Path, monkeypatch: Any) -> None:
    entry = office.log.add_entry(
        NewLogEntry(kind=EntryKind.PATROL, details={"sources": ["微博"]}, text="损坏前的记录")
    )
    office.backups.backup()
    office.close()
    db_path.write_bytes(b"\x00broken" * 5000)
    asked: list[str] = []

    def yes(*args: Any) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    assert check_and_offer_restore(db_path)
    assert "完整性检查" in asked[0]
    reopened = Office.open(db_path)
    try:
        assert reopened.log.get(entry.id).text == "损坏前的记录"
    finally:
        reopened.close()
    assert files.check_file(db_path) == []


def test_damaged_database_without_backup_refuses(tmp_path: Path, monkeypatch: Any, qapp: Any) -> None:
    db = tmp_path / "x.sqlite3"
    db.write_bytes(b"\x00broken" * 5000)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(str(args[2])))
    assert not check_and_offer_restore(db)
    assert "没有找到可用的备份" in shown[0]


def test_conflict_dialog_offers_reload(qtbot: Any, monkeypatch: Any) -> None:
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    assert ask_reload(None, ConflictError("已被他人修改")) is False


def test_screenshot_never_blocks_on_login(db_path: Path, tmp_path: Path, monkeypatch: Any, qapp: Any) -> None:
    from dutylog import app

    office = Office.open(db_path)
    office.accounts.add_user("lina", UserRole.OFFICER, "password 1")
    office.close()
    monkeypatch.setattr(LoginDialog, "exec", lambda self: pytest.fail("login dialog shown"))
    shot = tmp_path / "shot.png"
    assert app.run_gui(str(db_path), page="audit", screenshot=str(shot)) == 0
    assert shot.stat().st_size > 0


def test_password_dialog_changes_own_password(office: Office, qtbot: Any) -> None:
    from dutylog.ui.accounts.password_dialog import PasswordDialog

    office.accounts.add_user("lina", UserRole.OFFICER, "password 1")
    office.login("lina", "password 1")
    dialog = PasswordDialog(office)
    qtbot.addWidget(dialog)
    dialog.old.setText("not the password")
    dialog.new.setText("password 2")
    dialog.confirm.setText("password 2")
    dialog.save()
    assert "原密码不正确" in dialog.error.text()
    dialog.old.setText("password 1")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert office.login("lina", "password 2").username == "lina"
