"""The command line opens the saved connection when neither --db nor $DUTYLOG_DB is given."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import make_url

from dutylog.domain.office.connection import Backend, ConnectionProfile
from dutylog.services.office.connection_store import ConnectionStore
from dutylog.storage.connection import profile_from_url
from tests.services.office.test_connection import free_port

ROOT = Path(__file__).resolve().parents[2]


def dutylog(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """A separate process with this test's config folder (inherited) and no $DUTYLOG_DB."""
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **env}
    if "DUTYLOG_DB" not in env:
        full_env.pop("DUTYLOG_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "dutylog", *args], capture_output=True, text=True, env=full_env, timeout=180
    )


@pytest.fixture
def saved_file_db(tmp_path: Path) -> Path:
    db = tmp_path / "saved.sqlite3"
    assert dutylog("--db", str(db), "demo", "--days", "2").returncode == 0
    ConnectionStore().save(ConnectionProfile(Backend.SQLITE_FILE, sqlite_path=str(db)))
    return db


def test_check_uses_the_saved_connection(saved_file_db: Path) -> None:
    result = dutylog("check")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OK") and str(saved_file_db) in result.stdout


def test_the_environment_and_the_option_still_win(saved_file_db: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    option = tmp_path / "option.sqlite3"
    for made in (other, option):
        assert dutylog("--db", str(made), "demo", "--days", "2").returncode == 0
    from_env = dutylog("check", DUTYLOG_DB=str(other))
    assert from_env.returncode == 0 and str(other) in from_env.stdout
    from_option = dutylog("--db", str(option), "check", DUTYLOG_DB=str(other))
    assert from_option.returncode == 0 and str(option) in from_option.stdout


def test_show_and_forget(saved_file_db: Path) -> None:
    shown = dutylog("connection", "show")
    assert shown.returncode == 0, shown.stderr
    assert f"saved: {saved_file_db}" in shown.stdout and "(from the saved connection)" in shown.stdout
    assert dutylog("connection", "forget").stdout.startswith("forgotten:")
    again = dutylog("connection", "show")
    assert "saved: none" in again.stdout and "(from the default file)" in again.stdout


def test_an_unreachable_saved_server_is_one_line_with_the_way_out(fail_keyring: object) -> None:
    port = free_port()
    profile = ConnectionProfile(
        Backend.POSTGRESQL, host="127.0.0.1", port=port, database="d", user="u", password="secret-pw"
    )
    ConnectionStore().save(profile)
    result = dutylog("check")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "dutylog connection forget" in result.stderr and "secret-pw" not in result.stderr


def test_a_damaged_saved_connection_is_reported_not_ignored(private_config_dir: Path) -> None:
    private_config_dir.mkdir(parents=True)
    (private_config_dir / "connection.json").write_text("{oops", encoding="utf-8")
    result = dutylog("check")
    assert result.returncode == 1 and "bad_connection_file" in result.stderr
    assert dutylog("connection", "forget").returncode == 0
    assert "saved: none" in dutylog("connection", "show").stdout


@pytest.mark.postgres
def test_a_saved_server_connection_end_to_end(pg_server: Any, fail_keyring: object) -> None:
    """Saved like the Settings page saves it (no keyring here: the password in the file)."""
    url = make_url(pg_server.empty_database("_saved_connection"))
    profile = profile_from_url(url)
    assert profile is not None and profile.is_server
    saved = ConnectionStore().save(profile)
    assert saved.plain_text_password == bool(profile.password)
    demo = dutylog("demo", "--days", "2")
    assert demo.returncode == 0, demo.stderr
    check = dutylog("check")
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.startswith("OK") and str(url.database) in check.stdout
