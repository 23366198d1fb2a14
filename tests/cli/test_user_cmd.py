"""`dutylog user add` refuses look-alikes of an existing account with one clear line."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from dutylog.cli import main
from dutylog.domain.enums import UserRole
from dutylog.office import Office
from tests.cli.accounts import PASSWORD, add_account, admin_login


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("ad\u200bmin", "bad_characters"),
        ("admin\u202e", "bad_characters"),
        ("ａｄｍｉｎ", "duplicate"),
        ("ADMIN", "duplicate"),
    ],
)
def test_user_add_refuses_look_alikes_of_admin(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], typed: str, code: str
) -> None:
    db = str(db_path)
    for key, value in admin_login(db, "admin").items():
        monkeypatch.setenv(key, value)
    monkeypatch.setattr("sys.stdin", io.StringIO("other pass 123\n"))
    assert main(["--db", db, "user", "add", typed, "--role", "admin", "--password-stdin"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"dutylog: {code}: ")
    office = Office.open(db_path)
    try:
        assert [user.username for user in office.accounts.users()] == ["admin"]
    finally:
        office.close()


def test_cli_login_finds_the_account_under_another_spelling(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(db_path)
    add_account(db, "admin", UserRole.ADMIN)
    monkeypatch.setenv("DUTYLOG_USER", "ＡＤＭＩＮ")
    monkeypatch.setenv("DUTYLOG_PASSWORD", PASSWORD)
    monkeypatch.setattr("sys.stdin", io.StringIO("clerk pass 123\n"))
    assert main(["--db", db, "user", "add", "clerk", "--role", "officer", "--password-stdin"]) == 0
    assert "created: clerk" in capsys.readouterr().out
