"""The saved connection file: keyring when there is one, plain text with a warning when not."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from dutylog.domain.errors import DatabaseError, ValidationError
from dutylog.domain.office.connection import Backend, ConnectionProfile, PasswordStorage
from dutylog.services.office.connection_store import FILE_NAME, ConnectionStore
from dutylog.services.office.keyring_store import KEYRING_SERVICE
from tests.helpers.keyrings import BrokenKeyring, MemoryKeyring

ROOT = Path(__file__).resolve().parents[3]
SECRET = "p@ss:/w?#%&=+ 密码"

SERVER = ConnectionProfile(
    Backend.POSTGRESQL,
    host=" 192.168.1.10 ",
    port=5433,
    database="dutylog",
    user="duty@office",
    password=SECRET,
)


def test_nothing_saved_reads_as_none(private_config_dir: Path) -> None:
    assert ConnectionStore().load() is None
    assert ConnectionStore().file == private_config_dir / FILE_NAME


def test_with_a_keyring_the_password_never_reaches_the_file(
    private_config_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    store = ConnectionStore()
    saved = store.save(SERVER)
    assert saved.password_storage is PasswordStorage.KEYRING and saved.warning is None
    raw = store.file.read_text(encoding="utf-8")
    assert SECRET not in raw and "password" not in json.loads(raw)
    assert memory_keyring.entries == {(KEYRING_SERVICE, "duty@office@192.168.1.10:5433/dutylog"): SECRET}
    loaded = ConnectionStore().load()
    assert loaded is not None and loaded.warning is None
    assert loaded.profile == replace(SERVER, host="192.168.1.10")
    assert loaded.profile.password == SECRET


def test_without_a_keyring_the_password_is_in_the_file_with_a_warning(
    private_config_dir: Path, fail_keyring: object
) -> None:
    store = ConnectionStore()
    saved = store.save(SERVER)
    assert saved.plain_text_password
    assert saved.warning is not None and "明文" in saved.warning and str(store.file) in saved.warning
    assert json.loads(store.file.read_text(encoding="utf-8"))["password"] == SECRET
    loaded = store.load()
    assert loaded is not None and loaded.profile.password == SECRET and loaded.plain_text_password


def test_a_keyring_that_fails_on_use_falls_back_to_the_file() -> None:
    import keyring

    previous = keyring.get_keyring()
    keyring.set_keyring(BrokenKeyring())
    try:
        saved = ConnectionStore().save(SERVER)
        assert saved.plain_text_password and "collection is locked" in (saved.warning or "")
    finally:
        keyring.set_keyring(previous)


def test_a_keyring_that_fails_on_reading_costs_only_the_password(memory_keyring: MemoryKeyring) -> None:
    import keyring

    ConnectionStore().save(SERVER)
    keyring.set_keyring(BrokenKeyring())
    loaded = ConnectionStore().load()
    assert loaded is not None and loaded.profile.password == ""
    assert loaded.warning is not None and "密钥环" in loaded.warning


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_file_and_folder_are_private(private_config_dir: Path, fail_keyring: object) -> None:
    store = ConnectionStore()
    store.save(SERVER)
    assert stat.S_IMODE(store.file.stat().st_mode) == 0o600
    assert stat.S_IMODE(private_config_dir.stat().st_mode) == 0o700
    assert [p.name for p in private_config_dir.iterdir()] == [FILE_NAME]  # no temp file left


def test_an_invalid_profile_writes_nothing(private_config_dir: Path, memory_keyring: MemoryKeyring) -> None:
    store = ConnectionStore()
    store.save(SERVER)
    before = store.file.read_bytes()
    with pytest.raises(ValidationError) as caught:
        store.save(ConnectionProfile(Backend.POSTGRESQL, host="", database="x", user="y"))
    assert caught.value.field == "host"
    assert store.file.read_bytes() == before
    assert len(memory_keyring.entries) == 1


def test_an_empty_password_keeps_the_saved_one(memory_keyring: MemoryKeyring) -> None:
    store = ConnectionStore()
    store.save(SERVER)
    again = store.save(SERVER.without_password(), keep_password=True)
    assert again.profile.password == SECRET
    loaded = store.load()
    assert loaded is not None and loaded.profile.password == SECRET


def test_a_changed_account_or_a_file_leaves_no_stale_keyring_entry(memory_keyring: MemoryKeyring) -> None:
    store = ConnectionStore()
    store.save(SERVER)
    moved = ConnectionProfile(Backend.POSTGRESQL, host="db2", database="dutylog", user="duty", password="x")
    store.save(moved)
    assert list(memory_keyring.entries) == [(KEYRING_SERVICE, "duty@db2:5432/dutylog")]
    store.save(ConnectionProfile(Backend.SQLITE_FILE, sqlite_path="/srv/office.sqlite3"))
    assert memory_keyring.entries == {}
    loaded = store.load()
    assert loaded is not None and loaded.profile.sqlite_path == "/srv/office.sqlite3"


def test_forget_removes_file_and_keyring_entry(memory_keyring: MemoryKeyring) -> None:
    store = ConnectionStore()
    assert store.forget() is False
    store.save(SERVER)
    assert store.forget() is True
    assert not store.file.exists() and memory_keyring.entries == {}


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        "[1, 2]",
        '{"format": 99, "backend": "postgresql"}',
        '{"format": 1, "backend": "oracle"}',
        '{"format": 1, "backend": "postgresql", "host": "h", "port": "5432", "database": "d", "user": "u"}',
        '{"format": 1, "backend": "postgresql", "host": "", "port": 5432, "database": "d", "user": "u"}',
    ],
)
def test_a_damaged_file_is_reported_and_can_be_overwritten(private_config_dir: Path, content: str) -> None:
    store = ConnectionStore()
    private_config_dir.mkdir(parents=True)
    store.file.write_text(content, encoding="utf-8")
    with pytest.raises(DatabaseError) as caught:
        store.load()
    assert caught.value.code == "bad_connection_file" and str(store.file) in caught.value.message
    store.save(ConnectionProfile(Backend.SQLITE_DEFAULT))
    loaded = store.load()
    assert loaded is not None and loaded.profile.backend is Backend.SQLITE_DEFAULT


def test_keyring_is_imported_only_when_a_password_is_needed(tmp_path: Path) -> None:
    """A start on the default file (or a saved SQLite file) pays nothing for keyring."""
    probe = (
        "import sys\n"
        "from dutylog.services.office.targets import resolve_target\n"
        "from dutylog.services.office.connection_store import ConnectionStore\n"
        "from dutylog.domain.office.connection import Backend, ConnectionProfile\n"
        "resolve_target(None, {})\n"
        "ConnectionStore().save(ConnectionProfile(Backend.SQLITE_FILE, sqlite_path='/x.sqlite3'))\n"
        "resolve_target(None, {})\n"
        "print('keyring' in sys.modules)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DUTYLOG_CONFIG_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
