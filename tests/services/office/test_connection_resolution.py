"""Which database opens: --db > $DUTYLOG_DB > saved connection > default file; saving needs an admin."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dutylog.domain.accounts.audit import AuditFilter
from dutylog.domain.accounts.permissions import Actor, UserRole
from dutylog.domain.errors import DatabaseError, PermissionDenied, ValidationError
from dutylog.domain.office.connection import Backend, ConnectionProfile, TargetSource
from dutylog.office import Office, open_resolved
from dutylog.paths import default_database_path
from dutylog.services.office.connection_store import ConnectionStore
from dutylog.services.office.targets import resolve_target
from tests.helpers.keyrings import MemoryKeyring

SERVER = ConnectionProfile(
    Backend.POSTGRESQL, host="db.office", database="dutylog", user="duty", password="p@ss/w:rd"
)


def test_the_order_is_option_environment_saved_default(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    store = ConnectionStore(tmp_path)
    assert resolve_target(None, {}, store).target == str(default_database_path())
    assert resolve_target(None, {}, store).source is TargetSource.DEFAULT
    store.save(SERVER)
    saved = resolve_target(None, {}, store)
    assert saved.source is TargetSource.SAVED and saved.saved_file == store.file
    assert saved.target == "postgresql+psycopg://duty:p%40ss%2Fw%3Ard@db.office:5432/dutylog"
    from_env = resolve_target(None, {"DUTYLOG_DB": "/env.sqlite3"}, store)
    assert (from_env.target, from_env.source) == ("/env.sqlite3", TargetSource.ENVIRONMENT)
    option = resolve_target("/opt.sqlite3", {"DUTYLOG_DB": "/env.sqlite3"}, store)
    assert (option.target, option.source) == ("/opt.sqlite3", TargetSource.OPTION)


def test_a_missing_keyring_password_is_a_warning_not_a_failure(memory_keyring: MemoryKeyring) -> None:
    store = ConnectionStore()
    store.save(SERVER)
    memory_keyring.entries.clear()
    resolved = resolve_target(None, {}, store)
    assert resolved.source is TargetSource.SAVED and "p%40ss" not in resolved.target
    assert resolved.warning is not None and "密钥环" in resolved.warning


def test_the_plain_text_warning_is_not_repeated_at_every_start(fail_keyring: object) -> None:
    store = ConnectionStore()
    assert store.save(SERVER).warning
    assert resolve_target(None, {}, store).warning is None


def test_a_saved_connection_that_fails_to_open_says_how_to_get_past_it(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    store = ConnectionStore()
    store.save(ConnectionProfile(Backend.SQLITE_FILE, sqlite_path=str(blocker / "office.sqlite3")))
    with pytest.raises(DatabaseError) as caught:
        open_resolved(resolve_target(None, {}))
    assert str(store.file) in caught.value.message
    assert "--db" in caught.value.message and "dutylog connection forget" in caught.value.message


def test_open_resolved_remembers_where_the_database_came_from(db_path: Path) -> None:
    office = open_resolved(resolve_target(str(db_path), {}))
    try:
        assert office.connection.started_from is not None
        assert office.connection.started_from.source is TargetSource.OPTION
        assert office.connection.current() == str(db_path)
        assert office.connection.current_profile() == ConnectionProfile(
            Backend.SQLITE_FILE, sqlite_path=str(db_path)
        )
    finally:
        office.close()


@pytest.fixture
def local_office(db_path: Path) -> Office:
    office = Office.open(db_path)
    yield office  # type: ignore[misc]
    office.close()


def test_saving_is_audited_and_a_relative_file_becomes_absolute(
    local_office: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    saved = local_office.connection.save(ConnectionProfile(Backend.SQLITE_FILE, sqlite_path="shared.sqlite3"))
    assert saved.profile.sqlite_path == str(tmp_path / "shared.sqlite3")
    entries = local_office.audit.find(AuditFilter(entity="setting"))
    mine = [e for e in entries if e.entity_id.startswith("connection@")]
    assert len(mine) == 1 and json.loads(mine[0].after_json) == str(tmp_path / "shared.sqlite3")


def test_only_an_administrator_may_save(local_office: Office) -> None:
    local_office.act_as(Actor("zhangwei", UserRole.OFFICER, user_id=5))
    with pytest.raises(PermissionDenied):
        local_office.connection.save(SERVER)
    assert local_office.connection.saved() is None
    local_office.accounts.first_run(unit_name="值班室", username="admin", password="admin-pass-1")
    assert local_office.actor.role is UserRole.ADMIN
    local_office.connection.save(SERVER.without_password())
    saved = local_office.connection.saved()
    assert saved is not None and saved.profile.host == "db.office"


def test_invalid_input_is_refused_before_anything_else(local_office: Office) -> None:
    local_office.act_as(Actor("zhangwei", UserRole.OFFICER, user_id=5))
    with pytest.raises(ValidationError):
        local_office.connection.save(ConnectionProfile(Backend.POSTGRESQL, host="db", user="u"))
    with pytest.raises(ValidationError):
        local_office.connection.test(ConnectionProfile(Backend.POSTGRESQL, host="db", port=0))
