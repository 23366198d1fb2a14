"""设置 → 数据库连接: fill, test off the GUI thread, save, reopen; the password never shown."""

from __future__ import annotations

import gc
import json
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from dutylog.domain.accounts.permissions import Actor, UserRole
from dutylog.domain.office.connection import Backend, ConnectionProfile
from dutylog.office import Office
from dutylog.ui.office.connection_group import ConnectionGroup
from tests.helpers.keyrings import MemoryKeyring
from tests.services.office.test_connection import free_port
from tests.ui.office.test_settings_page import settings_page


def connection_group(qtbot: QtBot, office: Office, qsettings: QSettings) -> ConnectionGroup:
    _window, page = settings_page(qtbot, office, qsettings)
    return page.connection_group


def fill_server(group: ConnectionGroup, *, host: str = "127.0.0.1", port: int = 5433) -> None:
    group.server_choice.setChecked(True)
    group.host.setText(host)
    group.port.setValue(port)
    group.database.setText("dutylog")
    group.user.setText("duty@office")
    group.password.setText("s3cret:/@")


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_form_starts_from_the_open_database(
    qtbot: QtBot, staffed_office: Office, qsettings: QSettings
) -> None:
    group = connection_group(qtbot, staffed_office, qsettings)
    assert group.file_choice.isChecked()
    assert group.file_path.text() == str(staffed_office.db.file)
    assert str(staffed_office.db.file) in group.current.text()
    assert not group.server_box.isEnabled()


def test_saved_without_a_keyring_warns_and_reopens_without_showing_the_password(
    qtbot: QtBot, staffed_office: Office, qsettings: QSettings, fail_keyring: object
) -> None:
    group = connection_group(qtbot, staffed_office, qsettings)
    fill_server(group)
    assert group.keyring_note.isVisibleTo(group) and "明文" in group.keyring_note.text()
    click(qtbot, group.save_button)
    assert "下次启动" in group.message.text(), group.message.text()
    file = staffed_office.connection.store.file
    assert str(file) in group.keyring_note.text() and group.keyring_note.isVisibleTo(group)
    assert group.password.text() == "" and "已保存" in group.password.placeholderText()
    assert json.loads(file.read_text(encoding="utf-8"))["password"] == "s3cret:/@"

    reopened = connection_group(
        qtbot, staffed_office, QSettings(str(file.parent / "other.ini"), QSettings.Format.IniFormat)
    )
    assert reopened.server_choice.isChecked() and reopened.server_box.isEnabled()
    assert (reopened.host.text(), reopened.port.value()) == ("127.0.0.1", 5433)
    assert (reopened.database.text(), reopened.user.text()) == ("dutylog", "duty@office")
    assert reopened.password.text() == "" and reopened.password.echoMode() is QLineEdit.EchoMode.Password
    assert "明文" in reopened.keyring_note.text() and reopened.keyring_note.isVisibleTo(reopened)


def test_with_a_keyring_the_password_goes_there_and_no_warning_shows(
    qtbot: QtBot, staffed_office: Office, qsettings: QSettings, memory_keyring: MemoryKeyring
) -> None:
    group = connection_group(qtbot, staffed_office, qsettings)
    fill_server(group)
    assert not group.keyring_note.isVisibleTo(group)
    click(qtbot, group.save_button)
    assert not group.keyring_note.isVisibleTo(group)
    assert list(memory_keyring.entries.values()) == ["s3cret:/@"]
    assert "s3cret" not in staffed_office.connection.store.file.read_text(encoding="utf-8")
    # Saving again with the password left empty keeps the one in the keyring.
    group.database.setText("dutylog2")
    click(qtbot, group.save_button)
    assert list(memory_keyring.entries.values()) == ["s3cret:/@"]


def test_invalid_input_is_shown_and_nothing_typed_is_lost(
    qtbot: QtBot, staffed_office: Office, qsettings: QSettings
) -> None:
    group = connection_group(qtbot, staffed_office, qsettings)
    fill_server(group, host="  ")
    click(qtbot, group.save_button)
    assert "服务器地址" in group.message.text()
    assert staffed_office.connection.saved() is None
    assert (group.database.text(), group.user.text(), group.password.text()) == (
        "dutylog",
        "duty@office",
        "s3cret:/@",
    )
    group.window().show_page("today")
    group.window().show_page("settings")  # showing the page again keeps the form as typed
    assert group.database.text() == "dutylog" and group.server_choice.isChecked()


def test_an_officer_may_look_but_not_change(
    qtbot: QtBot, staffed_office: Office, qsettings: QSettings
) -> None:
    group = connection_group(qtbot, staffed_office, qsettings)
    staffed_office.act_as(Actor("zhangwei", UserRole.OFFICER, user_id=5))
    group.default_choice.setChecked(True)
    click(qtbot, group.save_button)
    assert "无权修改系统设置" in group.message.text()
    assert staffed_office.connection.saved() is None


def test_a_closed_port_reports_an_error_without_freezing_the_window(
    qtbot: QtBot, staffed_office: Office, qsettings: QSettings
) -> None:
    group = connection_group(qtbot, staffed_office, qsettings)
    fill_server(group, port=free_port())
    started = time.monotonic()
    click(qtbot, group.test_button)
    assert time.monotonic() - started < 0.5  # the click returns at once: the connect runs elsewhere
    assert not group.test_button.isEnabled() and "正在连接" in group.message.text()
    qtbot.waitUntil(lambda: group.test_button.isEnabled(), timeout=20_000)
    assert "服务器拒绝连接" in group.message.text(), group.message.text()
    assert "s3cret" not in group.message.text()


def test_testing_an_existing_file_says_it_holds_dutylog_data(
    qtbot: QtBot, staffed_office: Office, qsettings: QSettings, tmp_path: Path
) -> None:
    group = connection_group(qtbot, staffed_office, qsettings)
    assert group.profile().backend is Backend.SQLITE_FILE
    click(qtbot, group.test_button)
    qtbot.waitUntil(lambda: group.test_button.isEnabled(), timeout=20_000)
    assert "连接成功" in group.message.text() and "已有 DutyLog 数据" in group.message.text()
    group.file_path.setText(str(tmp_path / "new.sqlite3"))
    click(qtbot, group.test_button)
    qtbot.waitUntil(lambda: group.test_button.isEnabled(), timeout=20_000)
    assert "首次启动时将创建" in group.message.text()


@pytest.mark.postgres
def test_the_settings_page_opens_on_a_server_database(
    qtbot: QtBot, pg_server: Any, qsettings: QSettings, qapp: object
) -> None:
    """Where the connection is changed most: on a workstation already using the server."""
    office = Office.open(pg_server.fresh_database())
    window, page = settings_page(qtbot, office, qsettings)
    try:
        group = page.connection_group
        assert group.server_choice.isChecked() and "***" in group.current.text()
        assert not page.backup_group.isEnabled() and "pg_dump" in page.backup_group.message.text()
        click(qtbot, group.test_button)
        qtbot.waitUntil(lambda: group.test_button.isEnabled(), timeout=20_000)
        assert "连接成功" in group.message.text() and "已有 DutyLog 数据" in group.message.text()
    finally:
        # The window's reads must end before the engine goes: one still running would
        # return its connection to a pool that is already gone.
        window.close()
        window.operations.wait()
        office.close()
        gc.collect()  # a server connection left open shows here, in this test


def test_a_start_that_cannot_use_the_saved_connection_says_why_in_a_window(
    qapp: object, private_config_dir: Path, monkeypatch: pytest.MonkeyPatch, fail_keyring: object
) -> None:
    """Started from a desktop icon nobody reads stderr: the reason and the way out go in a box."""
    from PySide6.QtWidgets import QMessageBox

    from dutylog.cli import main
    from dutylog.services.office.connection_store import ConnectionStore

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    private_config_dir.mkdir(parents=True)
    (private_config_dir / "connection.json").write_text("{damaged", encoding="utf-8")
    assert main(["gui", "--lang", "zh_CN"]) == 2
    assert "connection.json" in shown[-1] and "dutylog connection forget" in shown[-1]

    profile = ConnectionProfile(
        Backend.POSTGRESQL, host="127.0.0.1", port=free_port(), database="d", user="u", password="pw-123"
    )
    ConnectionStore().save(profile)
    assert main(["gui", "--lang", "zh_CN"]) == 2
    assert "dutylog connection forget" in shown[-1] and "pw-123" not in shown[-1]
