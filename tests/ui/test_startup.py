"""Start-up: the login dialog paints first, the database opens behind it on a worker.

Covers item 4 of the responsive-desktop work: first run, login typed before the database
is ready, a damaged file, a database that cannot be opened, and (in a fresh process) that
neither SQLAlchemy nor Alembic is loaded when the first window paints.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from dutylog import app
from dutylog.domain.enums import UserRole
from dutylog.domain.office.connection import TargetSource
from dutylog.office import Office
from dutylog.services.office.targets import ResolvedTarget
from dutylog.ui.accounts.first_run_dialog import FirstRunDialog
from dutylog.ui.accounts.login_dialog import FIRST_RUN, UNUSABLE, LoginDialog
from dutylog.ui.office.opening import OfficeOpening

pytestmark = pytest.mark.sqlite_only("start-up checks and opens a SQLite file in the user's folder")

PASSWORD = "password 1"


@pytest.fixture
def with_account(db_path: Path) -> Path:
    office = Office.open(db_path)
    office.accounts.add_user("lina", UserRole.OFFICER, PASSWORD)
    office.close()
    return db_path


def opening_dialog(qtbot: QtBot, target: Path) -> tuple[LoginDialog, OfficeOpening]:
    opening = OfficeOpening(ResolvedTarget(str(target), TargetSource.OPTION))
    dialog = LoginDialog(opening=opening)
    qtbot.addWidget(dialog)
    return dialog, opening


def close_opened(opening: OfficeOpening) -> None:
    opening.wait(30)
    if opening.office is not None:
        opening.office.close()


def test_a_login_typed_before_the_database_is_open_runs_when_it_is(qtbot: QtBot, with_account: Path) -> None:
    dialog, opening = opening_dialog(qtbot, with_account)
    dialog.show()
    dialog.username.setText("lina")
    dialog.password.setText(PASSWORD)
    dialog.try_login()  # nothing is open yet: the dialog waits and keeps what was typed
    assert dialog.office is None and dialog.result() != QDialog.DialogCode.Accepted
    assert "自动登录" in dialog.status.text() and dialog.password.text() == PASSWORD
    opening.start()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20_000)
    assert dialog.actor is not None and dialog.actor.username == "lina"
    assert opening.office is dialog.office
    close_opened(opening)


def test_a_wrong_password_after_opening_keeps_the_dialog(qtbot: QtBot, with_account: Path) -> None:
    dialog, opening = opening_dialog(qtbot, with_account)
    opening.start()
    qtbot.waitUntil(lambda: dialog.office is not None, timeout=20_000)
    dialog.username.setText("lina")
    dialog.password.setText("wrong")
    dialog.try_login()
    assert dialog.error.text() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.username.text() == "lina"
    close_opened(opening)


def test_an_empty_database_ends_the_login_with_first_run(qtbot: QtBot, db_path: Path) -> None:
    dialog, opening = opening_dialog(qtbot, db_path)
    opening.start()
    qtbot.waitUntil(lambda: dialog.result() == FIRST_RUN, timeout=20_000)
    close_opened(opening)


def test_a_damaged_file_offers_the_backup_and_quits_when_declined(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    damaged = tmp_path / "x.sqlite3"
    damaged.write_bytes(b"\x00broken" * 5000)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(str(args[2])))
    dialog, opening = opening_dialog(qtbot, damaged)
    opening.start()
    qtbot.waitUntil(lambda: dialog.result() == UNUSABLE, timeout=20_000)
    assert "没有找到可用的备份" in shown[0]
    assert opening.office is None


def test_a_database_that_cannot_open_says_why(qtbot: QtBot, with_account: Path) -> None:
    with sqlite3.connect(with_account) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    dialog, opening = opening_dialog(qtbot, with_account)
    opening.start()
    qtbot.waitUntil(lambda: dialog.result() == UNUSABLE, timeout=20_000)
    assert dialog.error_shown is not None and "更新版本" in dialog.error_shown.message


def test_start_up_runs_first_run_then_returns_the_office(
    qapp: Any, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill_first_run(self: FirstRunDialog) -> int:
        self.unit_name.setText("某市网信办")
        self.username.setText("chief")
        self.password.setText(PASSWORD)
        self.confirm.setText(PASSWORD)
        self.create_account()
        return int(self.result())

    monkeypatch.setattr(FirstRunDialog, "exec", fill_first_run)
    office = app._open_and_sign_in(ResolvedTarget(str(db_path), TargetSource.OPTION))
    assert isinstance(office, Office)
    try:
        assert office.actor.username == "chief"
    finally:
        office.close()


def test_start_up_cancelled_returns_zero_and_closes(
    qapp: Any, with_account: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def cancel_when_open(self: LoginDialog) -> int:
        assert self.opening is not None
        self.opening.start()
        self.opening.wait(30)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(LoginDialog, "exec", cancel_when_open)
    assert app._open_and_sign_in(ResolvedTarget(str(with_account), TargetSource.OPTION)) == 0


PROBE = """
import json, sys
from dutylog.app import make_application
from dutylog.domain.office.connection import TargetSource
from dutylog.services.office.targets import ResolvedTarget
from dutylog.ui.accounts.login_dialog import LoginDialog
from dutylog.ui.office.opening import OfficeOpening
from dutylog.ui.startup_probe import after_first_paint

app = make_application()
opening = OfficeOpening(ResolvedTarget(sys.argv[1], TargetSource.OPTION))
dialog = LoginDialog(opening=opening)
seen = {}

def painted():
    seen["at_paint"] = sorted(m for m in ("sqlalchemy", "alembic", "dutylog.office") if m in sys.modules)
    opening.start()

def opened(office):
    seen["unit"] = office.unit_name()
    seen["after_open"] = sorted(m for m in ("sqlalchemy", "dutylog.office") if m in sys.modules)
    office.close()
    app.quit()

opening.opened.connect(opened)
after_first_paint(dialog, painted)
dialog.show()
app.exec()
print(json.dumps(seen, ensure_ascii=False))
"""


def test_the_login_paints_before_the_storage_layer_is_imported(with_account: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DUTYLOG_STARTUP_TRACE": str(tmp_path / "trace")}
    run = subprocess.run(
        [sys.executable, "-c", PROBE, str(with_account)], env=env, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr
    seen = json.loads(run.stdout.strip().splitlines()[-1])
    assert seen["at_paint"] == []
    assert seen["after_open"] == ["dutylog.office", "sqlalchemy"]
    assert seen["unit"]
    assert (tmp_path / "trace").read_text().startswith("first_paint ")
