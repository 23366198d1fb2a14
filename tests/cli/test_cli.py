"""The CLI as a user runs it: a separate process, exit codes, one-line errors."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from dutylog import __version__
from tests.cli.accounts import login_env

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    full_env.pop("DUTYLOG_DB", None) if env is None or "DUTYLOG_DB" not in env else None
    return subprocess.run(
        [sys.executable, "-m", "dutylog", *args], capture_output=True, text=True, env=full_env, timeout=120
    )


def test_version_and_help() -> None:
    assert run("--version").stdout.strip() == f"DutyLog {__version__}"
    help_text = run("--help").stdout
    for command in ("gui", "demo", "check"):
        assert command in help_text


def test_demo_then_check_is_healthy(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite3"
    demo = run("--db", str(db), "demo", "--days", "10", "--seed", "2")
    assert demo.returncode == 0, demo.stderr
    assert "matters" in demo.stdout
    check = run("--db", str(db), "check")
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.startswith("OK")


def test_demo_refuses_a_non_empty_database_with_one_line(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite3"
    assert run("--db", str(db), "demo", "--days", "3").returncode == 0
    assert "login_required" in run("--db", str(db), "demo", "--days", "3").stderr
    again = run("--db", str(db), "demo", "--days", "3", env=login_env("admin", "demo1234"))
    assert again.returncode == 2
    assert again.stderr.count("\n") == 1 and "Traceback" not in again.stderr
    assert "not_empty" in again.stderr


def test_db_option_may_follow_the_command(tmp_path: Path) -> None:
    db = tmp_path / "after.sqlite3"
    assert run("demo", "--db", str(db), "--days", "2").returncode == 0
    result = run("check", "--db", str(db))
    assert result.returncode == 0 and str(db) in result.stdout


def test_environment_variable_chooses_the_database(tmp_path: Path) -> None:
    db = tmp_path / "env.sqlite3"
    assert run("--db", str(db), "demo", "--days", "2").returncode == 0
    result = run("check", env={"DUTYLOG_DB": str(db)})
    assert result.returncode == 0, result.stderr
    assert str(db) in result.stdout


def test_sqlalchemy_url_is_accepted(tmp_path: Path) -> None:
    db = tmp_path / "url.sqlite3"
    assert run("--db", f"sqlite:///{db}", "demo", "--days", "2").returncode == 0
    assert db.exists()
    assert run("--db", f"sqlite:///{db}", "check").returncode == 0


def test_check_names_each_problem(tmp_path: Path) -> None:
    db = tmp_path / "bad.sqlite3"
    assert run("--db", str(db), "demo", "--days", "5").returncode == 0
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE matter SET grade = 'huge' WHERE id = 1")
        conn.execute("UPDATE log_entry SET kind = 'gossip' WHERE id = 2")
    result = run("--db", str(db), "check")
    assert result.returncode == 1
    assert "'huge'" in result.stdout and "'gossip'" in result.stdout
    assert "2 problem(s)" in result.stdout


def test_unopenable_database_is_one_clear_line(tmp_path: Path) -> None:
    result = run("--db", str(tmp_path), "check")  # a folder, not a file
    assert result.returncode == 1
    assert result.stderr.startswith("dutylog: not_a_database:") and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
