""" "Test connection": a real connect and query, a clear Chinese reason when it fails."""

from __future__ import annotations

import os
import socket
import time
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from dutylog.domain.errors import DatabaseError
from dutylog.domain.office.connection import Backend, ConnectionProfile
from dutylog.office import Office
from dutylog.storage.connection import check_connection, profile_from_url


def free_port() -> int:
    """A port nothing listens on (bound, then released): connecting is refused at once."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_an_existing_dutylog_file_is_recognised_and_left_untouched(db_path: Path) -> None:
    Office.open(db_path).close()
    before = db_path.stat().st_mtime_ns
    check = check_connection(ConnectionProfile(Backend.SQLITE_FILE, sqlite_path=str(db_path)))
    assert check.has_dutylog_data and check.server_version.startswith("SQLite ")
    assert db_path.stat().st_mtime_ns == before


def test_a_new_file_in_a_writable_folder_is_fine_and_not_created(tmp_path: Path) -> None:
    target = tmp_path / "later" / "office.sqlite3"
    check = check_connection(ConnectionProfile(Backend.SQLITE_FILE, sqlite_path=str(target)))
    assert not check.has_dutylog_data
    assert not target.exists() and not target.parent.exists()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_a_read_only_folder_is_refused(tmp_path: Path) -> None:
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(DatabaseError, match="没有写入权限"):
            check_connection(ConnectionProfile(Backend.SQLITE_FILE, sqlite_path=str(tmp_path / "x.sqlite3")))
    finally:
        tmp_path.chmod(0o700)


def test_a_file_that_is_no_database_or_a_folder_is_refused(tmp_path: Path) -> None:
    junk = tmp_path / "notes.sqlite3"
    junk.write_bytes(b"this is not a database at all, just some text" * 50)
    with pytest.raises(DatabaseError, match="无法打开数据库文件"):
        check_connection(ConnectionProfile(Backend.SQLITE_FILE, sqlite_path=str(junk)))
    with pytest.raises(DatabaseError, match="文件夹"):
        check_connection(ConnectionProfile(Backend.SQLITE_FILE, sqlite_path=str(tmp_path)))


def test_a_closed_port_fails_fast_with_a_chinese_reason() -> None:
    port = free_port()
    profile = ConnectionProfile(Backend.POSTGRESQL, host="127.0.0.1", port=port, database="d", user="u")
    started = time.monotonic()
    with pytest.raises(DatabaseError) as caught:
        check_connection(profile, timeout_s=2)
    assert time.monotonic() - started < 10
    assert caught.value.code == "connect_failed"
    assert "服务器拒绝连接" in caught.value.message and f":{port}" in caught.value.message


# -- against the PostgreSQL server of $DUTYLOG_TEST_PG_URL (read-only: it only connects) ------


@pytest.fixture
def pg_profile(pytestconfig: pytest.Config) -> ConnectionProfile:
    url = str(pytestconfig.getoption("--pg-url") or "")
    if not url:
        pytest.skip("PostgreSQL not configured: set DUTYLOG_TEST_PG_URL or --pg-url")
    profile = profile_from_url(make_url(url))
    assert profile is not None
    return profile


@pytest.mark.postgres
def test_the_test_server_answers(pg_profile: ConnectionProfile) -> None:
    check = check_connection(pg_profile)
    assert check.server_version.startswith("PostgreSQL ")
    assert ":***@" in check.description or not pg_profile.password  # the password stays hidden


@pytest.mark.postgres
def test_a_wrong_password_is_named(pg_profile: ConnectionProfile) -> None:
    from dataclasses import replace

    with pytest.raises(DatabaseError, match="用户名或密码错误"):
        check_connection(replace(pg_profile, password=pg_profile.password + "-wrong"))


@pytest.mark.postgres
def test_a_missing_database_is_named(pg_profile: ConnectionProfile) -> None:
    from dataclasses import replace

    with pytest.raises(DatabaseError, match="没有这个数据库"):
        check_connection(replace(pg_profile, database="dutylog_no_such_database"))
