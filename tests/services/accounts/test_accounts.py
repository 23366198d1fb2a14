"""Accounts: first run, login, lock-out, passwords."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from dutylog.cli import main
from dutylog.domain.accounts.permissions import SYSTEM_ACTOR
from dutylog.domain.enums import UserRole
from dutylog.domain.errors import PermissionDenied, ValidationError
from dutylog.office import Office
from dutylog.services.accounts.accounts import LOCK_DURATION, MAX_FAILED_ATTEMPTS
from dutylog.services.accounts.audit import AuditFilter

from .conftest import PASSWORD, People


def _actions(office: Office, username: str) -> list[str]:
    office.act_as(SYSTEM_ACTOR)
    return [e.action for e in reversed(office.audit.find(AuditFilter(username=username)))]


def test_first_run_creates_unit_and_administrator(office: Office) -> None:
    assert office.accounts.needs_first_run()
    actor = office.accounts.first_run(unit_name="某市网信办值班室", username="chief", password=PASSWORD)
    assert actor.role is UserRole.ADMIN and office.actor == actor
    assert office.unit_name() == "某市网信办值班室"
    assert not office.accounts.needs_first_run()
    with pytest.raises(ValidationError, match="已经有账号"):
        office.accounts.first_run(unit_name="x", username="again", password=PASSWORD)
    assert office.audit.verify().intact


def test_login_sets_the_acting_user_and_is_audited(office: Office, people: People) -> None:
    actor = office.login("zhangwei", PASSWORD)
    assert office.actor == actor and actor.role is UserRole.OFFICER
    assert _actions(office, "zhangwei")[-1] == "login"


def test_password_is_stored_as_argon2id(office: Office, people: People, db_path: Path) -> None:
    import sqlite3

    with sqlite3.connect(db_path) as conn:
        digest = conn.execute("SELECT password_hash FROM app_user WHERE username='admin'").fetchone()[0]
    conn.close()
    assert digest.startswith("$argon2id$") and PASSWORD not in digest


@pytest.mark.parametrize(("name", "password"), [("zhangwei", "wrong password"), ("nobody", PASSWORD)])
def test_wrong_login_says_the_same_for_unknown_name_and_wrong_password(
    office: Office, people: People, name: str, password: str
) -> None:
    with pytest.raises(PermissionDenied, match="用户名或密码错误"):
        office.login(name, password)
    assert office.actor == SYSTEM_ACTOR
    assert _actions(office, name)[-1] == "login_failed"


def test_five_wrong_passwords_lock_for_five_minutes(office: Office, people: People, clock: Any) -> None:
    for _ in range(MAX_FAILED_ATTEMPTS - 1):
        with pytest.raises(PermissionDenied, match="用户名或密码错误"):
            office.login("zhangwei", "wrong password")
    with pytest.raises(PermissionDenied, match="锁定"):
        office.login("zhangwei", "wrong password")
    # Locked: even the right password is refused ...
    with pytest.raises(PermissionDenied, match="锁定"):
        office.login("zhangwei", PASSWORD)
    clock.set(clock.now + LOCK_DURATION - timedelta(seconds=1))
    with pytest.raises(PermissionDenied, match="锁定"):
        office.login("zhangwei", PASSWORD)
    # ... until five minutes have passed.
    clock.set(clock.now + timedelta(seconds=2))
    assert office.login("zhangwei", PASSWORD).username == "zhangwei"
    assert "locked" in _actions(office, "zhangwei")


def test_success_resets_the_failure_count(office: Office, people: People) -> None:
    for _ in range(MAX_FAILED_ATTEMPTS - 1):
        with pytest.raises(PermissionDenied):
            office.login("zhangwei", "wrong password")
    office.login("zhangwei", PASSWORD)
    for _ in range(MAX_FAILED_ATTEMPTS - 1):
        with pytest.raises(PermissionDenied, match="用户名或密码错误"):
            office.login("zhangwei", "wrong password")


def test_change_own_password(office: Office, people: People) -> None:
    office.login("lina", PASSWORD)
    with pytest.raises(PermissionDenied, match="原密码"):
        office.accounts.change_password("not it at all", "brand new pass")
    with pytest.raises(ValidationError, match="至少"):
        office.accounts.change_password(PASSWORD, "short")
    office.accounts.change_password(PASSWORD, "brand new pass")
    with pytest.raises(PermissionDenied):
        office.login("lina", PASSWORD)
    assert office.login("lina", "brand new pass").username == "lina"


def test_administrator_reset_lifts_a_lock(office: Office, people: People) -> None:
    for _ in range(MAX_FAILED_ATTEMPTS):
        with pytest.raises(PermissionDenied):
            office.login("lina", "wrong password")
    office.act_as(people.admin)
    office.accounts.reset_password("lina", "reset by admin 1")
    assert office.login("lina", "reset by admin 1").username == "lina"


def test_disabled_account_cannot_log_in(office: Office, people: People) -> None:
    office.act_as(people.admin)
    office.accounts.set_active("lina", False)
    with pytest.raises(PermissionDenied):
        office.login("lina", PASSWORD)


def test_duplicate_and_bad_usernames(office: Office, people: People) -> None:
    with pytest.raises(ValidationError, match="已存在"):
        office.accounts.add_user("lina", UserRole.OFFICER, PASSWORD)
    with pytest.raises(ValidationError, match="空格"):
        office.accounts.add_user("li na", UserRole.OFFICER, PASSWORD)


def test_cli_user_add_list_passwd(db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    db = str(db_path)
    assert main(["--db", db, "demo", "--days", "2"]) == 0
    monkeypatch.setenv("DUTYLOG_USER", "admin")  # the demo's administrator
    monkeypatch.setenv("DUTYLOG_PASSWORD", "demo1234")
    monkeypatch.setattr("sys.stdin", io.StringIO("first pass 123\n"))
    probe = Office.open(db_path)
    staff_name = probe.staff.all()[0].name
    probe.close()
    assert (
        main(
            [
                "--db",
                db,
                "user",
                "add",
                "clerk",
                "--role",
                "officer",
                "--staff",
                staff_name,
                "--password-stdin",
            ]
        )
        == 0
    )
    monkeypatch.setattr("sys.stdin", io.StringIO("second pass 456\n"))
    assert main(["--db", db, "user", "passwd", "clerk", "--password-stdin"]) == 0
    assert main(["--db", db, "user", "list"]) == 0
    out = capsys.readouterr().out
    assert "clerk\tofficer\t" + staff_name in out
    assert main(["--db", db, "user", "add", "x", "--role", "boss", "--password-stdin"]) == 2
    office = Office.open(db_path)
    try:
        assert office.login("clerk", "second pass 456").username == "clerk"
    finally:
        office.close()


def test_cli_acts_as_a_named_user(
    office: Office, people: People, db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    office.close()
    db = str(db_path)
    monkeypatch.setenv("DUTYLOG_PASSWORD", PASSWORD)
    # An officer may not manage accounts ...
    assert main(["--db", db, "--user", "lina", "user", "list"]) == 2
    assert "无权管理账号" in capsys.readouterr().err
    # ... but changes their own password.
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{PASSWORD}\nnew password 9\n"))
    assert main(["--db", db, "--user", "lina", "user", "passwd", "--password-stdin"]) == 0
    monkeypatch.setenv("DUTYLOG_PASSWORD", "wrong password")
    assert main(["--db", db, "--user", "admin", "user", "list"]) == 2
    assert "用户名或密码错误" in capsys.readouterr().err
    reopened = Office.open(db_path)
    try:
        assert reopened.login("lina", "new password 9").username == "lina"
        assert "login_failed" in _actions(reopened, "admin")
    finally:
        reopened.close()


@pytest.mark.parametrize("typed", ["\x00", "li\x00na", "\udcff"])
def test_a_login_with_unstorable_characters_is_refused_and_audited(office: Office, typed: str) -> None:
    # PostgreSQL cannot store NUL in text; a typed name is still refused as any wrong name is.
    before = office.audit.count()
    with pytest.raises(PermissionDenied):
        office.login(typed, "whatever 1")
    office.act_as(SYSTEM_ACTOR)
    assert office.audit.count() == before + 1
