"""Reads need no login; every command that changes records logs in like the GUI."""

from __future__ import annotations

import argparse
import io
import sqlite3
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from dutylog.cli import build_parser, main
from dutylog.cli.common import Access, access_of, open_office
from dutylog.domain.enums import UserRole
from dutylog.office import Office
from tests.cli.accounts import PASSWORD, add_account

LOGIN_REQUIRED = (
    "dutylog: login_required: this command changes records: log in with --user NAME "
    "(password from $DUTYLOG_PASSWORD or the prompt)\n"
)

# Every subcommand and what it is declared as; a new command must be added here on purpose.
DECLARED = {
    "gui": Access.READ,
    "demo": Access.SETUP,
    "check": Access.READ,
    "roster generate": Access.WRITE,
    "roster show": Access.READ,
    "roster check": Access.READ,
    "roster export": Access.READ,
    "roster import-staff": Access.WRITE,
    "roster leave": Access.WRITE,
    "roster special": Access.WRITE,
    "roster holiday": Access.WRITE,
    "roster swap": Access.WRITE,
    "roster swaps": Access.READ,
    "roster accept": Access.WRITE,
    "roster approve": Access.WRITE,
    "roster refuse": Access.WRITE,
    "log add": Access.WRITE,
    "log show": Access.READ,
    "log close-shift": Access.WRITE,
    "log handover": Access.READ,  # --confirm, --fill, --open make it a write
    "patrols": Access.READ,
    "settings patrols": Access.WRITE,
    "settings shifts": Access.READ,  # naming a pattern makes it a write
    "matters search": Access.READ,
    "matters import": Access.WRITE,
    "matters capture": Access.WRITE,
    "matters export": Access.READ,
    "matters add": Access.WRITE,
    "matters show": Access.READ,
    "matters assign": Access.WRITE,
    "matters reply": Access.WRITE,
    "matters extend": Access.WRITE,
    "matters step": Access.WRITE,
    "matters start-plan": Access.WRITE,
    "plans add": Access.WRITE,
    "plans list": Access.READ,
    "plans import": Access.WRITE,
    "plans export": Access.READ,
    "keywords add": Access.WRITE,
    "keywords list": Access.READ,
    "keywords retire": Access.WRITE,
    "drills add": Access.WRITE,
    "drills list": Access.READ,
    "units add": Access.WRITE,
    "units list": Access.READ,
    "units import": Access.WRITE,
    "units rank": Access.READ,
    "supervise": Access.READ,  # --urge makes it a write
    "archive": Access.READ,
    "brief": Access.READ,  # --save, --submit, --sign, --return make it a write
    "report special": Access.READ,
    "report weekly": Access.READ,
    "report monthly": Access.READ,
    "stats": Access.READ,
    "user add": Access.SETUP,
    "user passwd": Access.WRITE,
    "user list": Access.READ,
    "backup": Access.WRITE,
    "restore": Access.WRITE,
    "migrate-to": Access.WRITE,
    "connection show": Access.READ,
    "connection forget": Access.READ,
}

TODAY = date(2026, 11, 17)
NOW = f"{TODAY.isoformat()}T10:00"
YESTERDAY = (TODAY - timedelta(days=1)).isoformat()


def leaf_parsers(
    parser: argparse.ArgumentParser, path: str = ""
) -> Iterator[tuple[str, argparse.ArgumentParser]]:
    groups = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not groups:
        yield path, parser
    for group in groups:
        for name, sub in group.choices.items():
            yield from leaf_parsers(sub, f"{path} {name}".strip())


def test_every_subcommand_declares_read_or_write() -> None:
    found = {}
    for path, parser in leaf_parsers(build_parser(all_commands=True)):
        assert parser.get_default("func") is not None, f"{path}: no command function"
        access = parser.get_default("access")
        assert isinstance(access, Access), f"{path}: declare it read or write (cli.common.declare)"
        found[path] = access
    assert found == DECLARED


def test_brief_is_a_write_with_any_of_its_write_options() -> None:
    parser = build_parser()
    assert access_of(parser.parse_args(["brief", "--date", YESTERDAY, "--pdf", "x.pdf"])) is Access.READ
    for option in (["--save"], ["--submit"], ["--sign"], ["--return", ""], ["--return", "补充"]):
        assert access_of(parser.parse_args(["brief", *option])) is Access.WRITE, option


def test_an_undeclared_command_is_a_programming_error() -> None:
    with pytest.raises(RuntimeError, match="read or write"):
        open_office(argparse.Namespace(command="new-thing", db="x.sqlite3"))


@pytest.fixture
def no_login(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DUTYLOG_USER", "DUTYLOG_PASSWORD", "DUTYLOG_DB"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DUTYLOG_NOW", NOW)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal: no prompt


@pytest.fixture
def demo_db(tmp_path: Path, no_login: None, capsys: pytest.CaptureFixture[str]) -> Path:
    db = tmp_path / "demo.sqlite3"
    assert main(["--db", str(db), "demo", "--days", "10"]) == 0
    capsys.readouterr()
    return db


def log_in(monkeypatch: pytest.MonkeyPatch, username: str, password: str = "demo1234") -> None:
    monkeypatch.setenv("DUTYLOG_USER", username)
    monkeypatch.setenv("DUTYLOG_PASSWORD", password)


def state(db: Path) -> tuple[list[str], str]:
    """(audit actions other than logins, yesterday's briefing status)."""
    with sqlite3.connect(db) as conn:
        actions = [row[0] for row in conn.execute("SELECT action FROM audit_log ORDER BY id")]
        (status,) = conn.execute(
            "SELECT status FROM briefing WHERE duty_date = ? AND shift IS NULL", (YESTERDAY,)
        ).fetchone()
    return [a for a in actions if a not in ("login", "login_failed")], status


def duty(db: Path, day: str) -> tuple[str, str]:
    """(leader, officer) on duty that day."""
    office = Office.open(db)
    try:
        roster_day = office.roster.days(date.fromisoformat(day), date.fromisoformat(day))[0]
        return roster_day.leaders[0].staff_name, roster_day.officers[0].staff_name
    finally:
        office.close()


def test_done_when_a_supervisor_signs_and_nobody_else_can(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_db)
    leader, officer = duty(demo_db, YESTERDAY)
    sign = ["--db", db, "brief", "--date", YESTERDAY, "--sign", "--instruction", "同意"]
    before = state(demo_db)
    assert before[1] == "submitted"

    assert main(sign) == 2
    assert capsys.readouterr().err == LOGIN_REQUIRED
    for refused in (officer, "admin"):
        log_in(monkeypatch, refused)
        assert main(sign) == 2
        err = capsys.readouterr().err
        assert err.startswith("dutylog: forbidden: ") and err.count("\n") == 1, err
    assert state(demo_db) == before

    log_in(monkeypatch, leader)
    assert main(sign) == 0
    out = capsys.readouterr().out
    assert f"审签人：{leader}" in out and "领导批示：同意" in out
    actions, status = state(demo_db)
    assert status == "signed" and actions == [*before[0], "sign"]


def test_a_viewer_account_reads_everything_and_writes_nothing(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_db)
    log_in(monkeypatch, "admin")
    add = ["--db", db, "user", "add", "审计员", "--role", "viewer", "--password-stdin"]
    monkeypatch.setattr("sys.stdin", io.StringIO("viewer pass 1\n"))
    assert main(add) == 0
    assert "(viewer)" in capsys.readouterr().out
    log_in(monkeypatch, "审计员", "viewer pass 1")
    code = main(["--db", db, "brief", "--date", YESTERDAY, "--text"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "撰写人" in captured.out  # the briefing is readable
    before = state(demo_db)
    assert main(["--db", db, "brief", "--date", YESTERDAY, "--sign", "--instruction", "同意"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("dutylog: forbidden: 审计员（查看人员）") and err.count("\n") == 1, err
    assert state(demo_db) == before


def test_return_and_save_as_the_logged_in_accounts(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_db)
    leader, _officer = duty(demo_db, YESTERDAY)
    log_in(monkeypatch, leader)
    assert main(["--db", db, "brief", "--date", YESTERDAY, "--return", "请补充处置情况"]) == 0
    assert f"撰写人：{_officer}" in capsys.readouterr().out
    assert state(demo_db)[1] == "returned"
    # Today's officer (on a 24-hour duty) saves a day-shift draft as its author.
    _leader, on_duty = duty(demo_db, TODAY.isoformat())
    log_in(monkeypatch, on_duty)
    assert main(["--db", db, "brief", "--shift", "day", "--save"]) == 0
    assert f"撰写人：{on_duty}" in capsys.readouterr().out
    # A leader may not save; an officer may not return.
    log_in(monkeypatch, leader)
    assert main(["--db", db, "brief", "--shift", "night", "--save"]) == 2
    assert "forbidden" in capsys.readouterr().err
    log_in(monkeypatch, on_duty)
    assert main(["--db", db, "brief", "--date", YESTERDAY, "--return", "不行"]) == 2
    assert "forbidden" in capsys.readouterr().err
    assert main(["--db", db, "brief", "--sign", "--save"]) == 2
    assert "bad_option" in capsys.readouterr().err


@pytest.mark.parametrize(
    "command",
    [
        ["roster", "holiday", "--date", "2026-12-31", "--name", "元旦"],
        ["roster", "leave", "--person", "张伟", "--from", "2026-12-01", "--to", "2026-12-02"],
        ["roster", "swap", "--date", "2026-12-01", "--with", "张伟", "--reason", "有事"],
        ["roster", "approve", "1"],
        ["settings", "shifts", "three", "--times", "08:00,16:00,00:00"],
        ["user", "passwd", "admin", "--password-stdin"],
        ["user", "add", "clerk", "--role", "officer", "--password-stdin"],
        ["backup"],
        ["demo", "--days", "2"],
        ["brief", "--save"],
    ],
)
def test_writes_without_a_login_change_nothing(
    demo_db: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    before = demo_db.read_bytes()
    assert main(["--db", str(demo_db), *command]) == 2
    assert capsys.readouterr().err == LOGIN_REQUIRED
    assert demo_db.read_bytes() == before


def test_a_write_without_a_login_does_not_even_create_the_database(tmp_path: Path, no_login: None) -> None:
    db = tmp_path / "new.sqlite3"
    assert main(["--db", str(db), "roster", "holiday", "--date", "2026-12-31", "--name", "元旦"]) == 2
    assert not db.exists()


def test_reads_need_no_login(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(demo_db)
    for read in (
        ["check"],
        ["user", "list"],
        ["roster", "show", "--date", YESTERDAY],
        ["roster", "swaps", "--json"],
        ["settings", "shifts"],
        ["brief", "--date", YESTERDAY],
    ):
        assert main(["--db", db, *read]) == 0, capsys.readouterr().err


def test_refused_logins_leave_only_the_counter_and_the_audit_record(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_db)
    leader, _officer = duty(demo_db, YESTERDAY)
    before = state(demo_db)
    sign = ["--db", db, "--user", leader, "brief", "--date", YESTERDAY, "--sign"]
    # No password and no terminal: refused before any attempt is counted.
    assert main(sign) == 2
    assert "password_required" in capsys.readouterr().err
    monkeypatch.setenv("DUTYLOG_PASSWORD", "wrong")
    for _attempt in range(5):
        assert main(sign) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0] == "dutylog: bad_login: 用户名或密码错误。" and err[-1].startswith("dutylog: locked: ")
    monkeypatch.setenv("DUTYLOG_PASSWORD", "demo1234")
    assert main(sign) == 2  # locked for 5 minutes, even with the right password
    assert "locked" in capsys.readouterr().err
    assert main(["--db", db, "--user", "nobody", "brief", "--date", YESTERDAY, "--sign"]) == 2
    assert "bad_login" in capsys.readouterr().err
    actions, status = state(demo_db)
    assert status == "submitted" and [a for a in actions if a != "locked"] == before[0]


def test_the_first_administrator_needs_no_login(
    tmp_path: Path, no_login: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "new.sqlite3")
    monkeypatch.setattr("sys.stdin", io.StringIO("officer pass 1\n"))
    assert main(["--db", db, "user", "add", "clerk", "--role", "officer", "--password-stdin"]) == 2
    assert "first_account_admin" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{PASSWORD}\n"))
    assert main(["--db", db, "user", "add", "boss", "--role", "admin", "--password-stdin"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("officer pass 1\n"))
    assert main(["--db", db, "user", "add", "clerk", "--role", "officer", "--password-stdin"]) == 2
    assert capsys.readouterr().err.endswith(LOGIN_REQUIRED)
    monkeypatch.setattr("sys.stdin", io.StringIO("officer pass 1\n"))
    assert (
        main(["--db", db, "--user", "boss", "user", "add", "clerk", "--role", "officer", "--password-stdin"])
        == 2
    )
    assert "password_required" in capsys.readouterr().err  # the new password is on stdin, not the login's
    monkeypatch.setenv("DUTYLOG_PASSWORD", PASSWORD)
    monkeypatch.setattr("sys.stdin", io.StringIO("officer pass 1\n"))
    assert (
        main(["--db", db, "--user", "boss", "user", "add", "clerk", "--role", "officer", "--password-stdin"])
        == 0
    )
    # Once an account exists the demo needs a login too (accounts alone still count as empty to it).
    assert main(["--db", db, "demo", "--days", "2"]) == 2
    assert capsys.readouterr().err.endswith(LOGIN_REQUIRED)
    monkeypatch.setenv("DUTYLOG_USER", "boss")
    assert main(["--db", db, "demo", "--days", "2"]) == 0


def test_a_named_account_logs_in_for_reads_too(
    tmp_path: Path, no_login: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "office.sqlite3"
    Office.open(db).close()
    add_account(db, "boss", UserRole.ADMIN)
    assert main(["--db", str(db), "--user", "boss", "user", "list"]) == 2
    assert "password_required" in capsys.readouterr().err
    monkeypatch.setenv("DUTYLOG_PASSWORD", PASSWORD)
    assert main(["--db", str(db), "--user", "boss", "user", "list"]) == 0
    assert "boss\tadmin" in capsys.readouterr().out
